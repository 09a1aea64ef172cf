// The system input sources' parsers against what the systems printed (the
// fixtures in test/fixtures/idle; its README says which were recorded and
// which written from documentation) and against garbage.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFreedesktopIdle, parseGnomeIdle, parseIoregIdle, parseWindowsIdle, parseXprintidle, windowsIdleMs } from '../../src/core/sitting/idleOutputs';

const fixtures = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'idle');
const fixture = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

type Parser = (stdout: string) => number | null;

/** Garbage every parser must refuse, whatever its format. */
const GARBAGE = ['', '\n', ' ', 'null', '-1', '-1\n', '1.5\n', '1e3\n', '0x10\n', '+5\n', '007\n', '١٢٣\n', '１２３\n', '12\n34\n', '\n12\n', '12 34 56\n'];

/** Garbage for the sources that print one number (two numbers are the Windows reader's answer). */
const TWO_NUMBERS = ['12 34\n', '12 34'];

function refusesGarbage(parse: Parser, more: readonly string[] = TWO_NUMBERS): void {
  for (const text of [...GARBAGE, ...more]) {
    assert.equal(parse(text), null, JSON.stringify(text));
  }
  for (const file of ['gnome-service-unknown.stderr', 'freedesktop-not-supported.stderr', 'no-session-bus.stderr', 'xprintidle-no-display.stderr']) {
    assert.equal(parse(fixture(file)), null, file);
  }
}

describe('idle outputs: GNOME Mutter GetIdletime over gdbus', function () {
  it('reads the recorded answers, in milliseconds', function () {
    assert.equal(parseGnomeIdle(fixture('gnome.stdout')), 1234567);
    assert.equal(parseGnomeIdle(fixture('gnome-zero.stdout')), 0);
    assert.equal(parseGnomeIdle('(uint64 12345,)'), 12345, 'without the line break');
    assert.equal(parseGnomeIdle(`(uint64 ${Number.MAX_SAFE_INTEGER},)\n`), Number.MAX_SAFE_INTEGER);
  });

  it('refuses a number beyond a safe integer (the recorded uint64 maximum), other types, other digits, cut-short answers and errors', function () {
    assert.equal(parseGnomeIdle(fixture('gnome-uint64-max.stdout')), null);
    assert.equal(parseGnomeIdle(`(uint64 ${Number.MAX_SAFE_INTEGER + 1},)\n`), null);
    for (const text of ['(uint32 12345,)\n', '(int64 12345,)\n', '(uint64 -5,)\n', '(uint64 1.5,)\n', '(uint64 ١٢٣,)\n', '(uint64 １２３,)\n',
      '(uint64 12345,', '(uint64 123', '(uint64 ,)\n', '(uint64 12345, uint64 6,)\n', '(uint64 12345,) extra\n', '(uint64  12345,)\n', '(uint64 12345,)\n(uint64 1,)\n']) {
      assert.equal(parseGnomeIdle(text), null, JSON.stringify(text));
    }
    refusesGarbage(parseGnomeIdle);
  });
});

describe('idle outputs: freedesktop ScreenSaver GetSessionIdleTime over gdbus', function () {
  it('reads the recorded answer in milliseconds, as KDE answers it (not seconds)', function () {
    // KDE's kscreenlocker answers KIdleTime's idleTime(), which is milliseconds; see the parser's comment.
    assert.equal(parseFreedesktopIdle(fixture('freedesktop.stdout')), 67890);
    assert.equal(parseFreedesktopIdle(fixture('freedesktop-uint32-max.stdout')), 4294967295);
  });

  it('refuses GNOME\'s "not supported" error, another type, a number beyond uint32, other digits and garbage', function () {
    assert.equal(parseFreedesktopIdle(fixture('freedesktop-not-supported.stderr')), null);
    for (const text of ['(uint64 67890,)\n', '(uint32 4294967296,)\n', '(uint32 -1,)\n', '(uint32 ６７,)\n', '(uint32 67890', '(uint32 67890,)\n\n']) {
      assert.equal(parseFreedesktopIdle(text), null, JSON.stringify(text));
    }
    refusesGarbage(parseFreedesktopIdle);
  });
});

describe('idle outputs: xprintidle', function () {
  it('reads the recorded answers, in milliseconds', function () {
    assert.equal(parseXprintidle(fixture('xprintidle.stdout')), 2428);
    assert.equal(parseXprintidle(fixture('xprintidle-after-input.stdout')), 32);
    assert.equal(parseXprintidle('0\n'), 0);
    assert.equal(parseXprintidle('15\r\n'), 15);
  });

  it('refuses huge numbers, signs, fractions, other digits, two numbers and the no-display error', function () {
    assert.equal(parseXprintidle(`${Number.MAX_SAFE_INTEGER + 1}\n`), null);
    assert.equal(parseXprintidle('18446744073709551616\n'), null);
    refusesGarbage(parseXprintidle);
  });
});

describe('idle outputs: macOS ioreg HIDIdleTime (fixtures written from documentation)', function () {
  it('reads the first HIDIdleTime line, nanoseconds to whole milliseconds', function () {
    assert.equal(parseIoregIdle(fixture('macos-ioreg.stdout')), 5123);
    assert.equal(parseIoregIdle(fixture('macos-ioreg-tree.stdout')), 87, 'the first entry decides, | guides allowed');
    assert.equal(parseIoregIdle('"HIDIdleTime" = 999999\n'), 0, 'under a millisecond');
    assert.equal(parseIoregIdle('"HIDIdleTime" = 18446744073709551615\n'), 18446744073709, 'the 64-bit maximum still fits');
  });

  it('refuses a missing key, a value beyond 64 bits, signs, fractions, other digits and a first line that is garbage', function () {
    for (const text of ['', '"IOClass" = "IOHIDSystem"\n', '"HIDIdleTime" = 18446744073709551616\n', '"HIDIdleTime" = -5\n', '"HIDIdleTime" = 5.5\n',
      '"HIDIdleTime" = ５\n', '"HIDIdleTime" = \n', '"HIDIdleTime" = 0x1f\n', '"HIDIdleTime" = 5 6\n', '"HIDIdleTime"=5\n', 'x "HIDIdleTime" = 5\n',
      '"HIDIdleTime" = <00ff>\n"HIDIdleTime" = 5000000\n']) {
      assert.equal(parseIoregIdle(text), null, JSON.stringify(text));
    }
    refusesGarbage(parseIoregIdle);
  });
});

describe('idle outputs: Windows tick arithmetic and answer line (fixtures written from documentation)', function () {
  it('subtracts in unsigned 32-bit arithmetic', function () {
    assert.equal(windowsIdleMs(5000, 1000), 4000);
    assert.equal(windowsIdleMs(1000, 1000), 0);
  });

  it('stays right across the unsigned wrap after 49.7 days', function () {
    // Last input 1 s before the tick count wrapped to 0, read 1 s after.
    assert.equal(windowsIdleMs(1000, 2 ** 32 - 1000), 2000);
    assert.equal(windowsIdleMs(0, 2 ** 32 - 1), 1);
  });

  it('stays right with a tick count read as signed (negative after 24.9 days)', function () {
    // 2^31 + 500 ms after boot, read as signed: -(2^31) + 500; last input at 2^31 - 1500 (still positive).
    assert.equal(windowsIdleMs(-(2 ** 31) + 500, 2 ** 31 - 1500), 2000);
    // Both signed and negative.
    assert.equal(windowsIdleMs(-5000, -9000), 4000);
    // Signed tick just after the unsigned wrap, last input stored unsigned.
    assert.equal(windowsIdleMs(1000, -1000), 2000);
  });

  it('reads the answer line', function () {
    assert.equal(parseWindowsIdle(fixture('windows-answer.stdout')), 4000);
    assert.equal(parseWindowsIdle(fixture('windows-answer-wrapped.stdout')), 2000);
    assert.equal(parseWindowsIdle('4294967295 4294967295'), 0);
  });

  it('refuses numbers beyond uint32, signs, one or three numbers, other digits and error lines', function () {
    for (const text of ['4294967296 1\n', '1 4294967296\n', '-1 5\n', '5 -1\n', '5\n', '5 1 2\n', '5  1\n', ' 5 1\n', '5 1 \n', '5.0 1\n', '٥ 1\n', '5 １\n',
      'error Cannot add type. Definition of new types is not supported in this language mode.\n', '5 1\n6 2\n']) {
      assert.equal(parseWindowsIdle(text), null, JSON.stringify(text));
    }
    refusesGarbage(parseWindowsIdle, []);
  });
});
