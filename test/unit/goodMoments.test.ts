// Good moments: a break close to due is offered when a piece of work ends
// (the contract's "Good moments"), through the one "is a break due" check.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as FakeTimers from '@sinonjs/fake-timers';
import { countActivity } from '../../src/core/clock/codingTime';
import { decidePause, reset, skip, snooze, take } from '../../src/core/clock/decisions';
import { nextChangeAt, viewAt } from '../../src/core/clock/display';
import { goodMoment } from '../../src/core/clock/goodMoments';
import { isCoveredBy, mergeFrom } from '../../src/core/clock/merge';
import { claimNotification, dueKey } from '../../src/core/clock/notificationClaim';
import { restoreState } from '../../src/core/clock/sharedWrites';
import { setSettings, type ClockState } from '../../src/core/clock/state';
import { Clock } from '../../src/core/clock/clock';
import { GOOD_MOMENT_REASONS, GOOD_MOMENT_SOURCES, isLongTerminalCommand, LONG_TERMINAL_COMMAND_MS } from '../../src/core/goodMomentSources';
import { describeStatus } from '../../src/core/clock/statusText';
import { RANGES } from '../../src/core/limits';
import { DEFAULTS, type Settings } from '../../src/core/settings';
import { stateMessage } from '../../src/core/protocol/build';
import type { ClockView } from '../../src/core/clock/view';
import { activeFor, HOUR, MINUTE, newClock, SECOND, settings, stored, T0, utcDay } from './support/clockHelpers';

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/** A clock that has coded `minutes` (activity every 10 s from T0); returns it and the time of its last activity. */
function codedFor(minutes: number, overrides: Partial<Settings> = {}, writerId = 'test'): { clock: ClockState; last: number } {
  const clock = newClock(overrides, utcDay, writerId);
  const last = activeFor(clock, T0, T0 + minutes * MINUTE, 10 * SECOND);
  return { clock, last };
}

describe('good moments: the window before due', function () {
  it('offers the break when a piece of work ends within earlyPromptMinutes of due: due and prompting now, at its usual due mark', function () {
    const { clock, last } = codedFor(26);
    const at = last + 5 * SECOND;
    assert.equal(viewAt(clock, at).due, false);
    assert.equal(goodMoment(clock, at, 'commit'), true);
    const view = viewAt(clock, at);
    assert.deepEqual([view.due, view.prompt, view.offered, view.heldBy], [true, true, 'commit', null]);
    assert.equal(view.dueAtCodingMs, 30 * MINUTE, 'the due mark is unchanged');
    assert.equal(view.stretchMs, 26 * MINUTE);
    assert.equal(view.today.offered, 1);
  });

  it('offers at the edge of the window (exactly earlyPromptMinutes before due), not a moment earlier', function () {
    const edge = codedFor(25);
    assert.equal(goodMoment(edge.clock, edge.last, 'task'), true);
    const { clock } = codedFor(20);
    countActivity(clock, T0 + 20 * MINUTE + 10 * SECOND - 1, 'other'); // 24 min 59.99 s: 1 ms too early
    assert.equal(goodMoment(clock, T0 + 20 * MINUTE + 10 * SECOND, 'task'), false);
    const early = codedFor(24);
    assert.equal(goodMoment(early.clock, early.last, 'task'), false);
    assert.deepEqual([viewAt(early.clock, early.last).due, viewAt(early.clock, early.last).today.offered], [false, 0]);
  });

  it('follows earlyPromptMinutes and the snoozed due mark', function () {
    const wide = codedFor(12, { earlyPromptMinutes: 20 });
    assert.equal(goodMoment(wide.clock, wide.last, 'debug'), true);
    const { clock, last } = codedFor(30);
    snooze(clock, last); // due at 35 min now
    activeFor(clock, last + 10 * SECOND, last + 2 * MINUTE, 10 * SECOND);
    const at = last + 2 * MINUTE;
    assert.equal(goodMoment(clock, at, 'debug'), true);
    assert.deepEqual([viewAt(clock, at).due, viewAt(clock, at).dueAtCodingMs], [true, 35 * MINUTE]);
  });

  it('offers nothing once the break is due anyway, nor before any coding, nor after a natural break', function () {
    const { clock, last } = codedFor(31);
    assert.equal(goodMoment(clock, last, 'commit'), false);
    assert.deepEqual([viewAt(clock, last).offered, viewAt(clock, last).today.offered], [null, 0]);
    const fresh = newClock({ intervalMinutes: 5, earlyPromptMinutes: 5 });
    assert.equal(goodMoment(fresh, T0, 'commit'), false, 'nothing coded yet');
    const away = codedFor(27);
    const back = away.last + 10 * MINUTE; // a natural break since: the stretch is over
    assert.equal(goodMoment(away.clock, back, 'task'), false);
    assert.deepEqual([viewAt(away.clock, back).stretchMs, viewAt(away.clock, back).due], [0, false]);
  });

  it('says why now, in the tooltip, the notification text and the panel', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'commit');
    const view = viewAt(clock, last);
    const status = describeStatus(view, 'statusBar', last, hhmm);
    assert.equal(status.text, '$(heart) Stretch break');
    assert.equal(status.prompt, true);
    assert.match(status.tooltip, /^Posture Breaks: You just committed: a good moment for a break\. So far, 27 minutes of continuous coding; the break would be due in 3 minutes\./);
    assert.match(status.ariaLabel, /You just committed: a good moment for a break/);
    const message = stateMessage(view, settings());
    assert.deepEqual([message.due, message.reason], [true, 'You just committed: a good moment for a break.']);
    for (const source of GOOD_MOMENT_SOURCES) {
      assert.match(GOOD_MOMENT_REASONS[source], /: a good moment for a break\.$/, source);
    }
    assert.equal(stateMessage(viewAt(codedFor(31).clock, T0 + 31 * MINUTE), settings()).reason, null, 'a break due by its time gives no reason');
  });

  it('counts a terminal command as a piece of work once it ran 10 s', function () {
    assert.equal(LONG_TERMINAL_COMMAND_MS, 10 * SECOND);
    assert.equal(isLongTerminalCommand(T0, T0 + 10 * SECOND - 1), false);
    assert.equal(isLongTerminalCommand(T0, T0 + 10 * SECOND), true);
    assert.equal(isLongTerminalCommand(T0, T0 - HOUR), false, 'a clock set back is no long command');
  });
});

describe('good moments: typing', function () {
  it('an offer made while typing waits for a pause in the typing, like any due break', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 27 * MINUTE, SECOND, 'edit');
    assert.equal(goodMoment(clock, last + 500, 'task'), true);
    let view = viewAt(clock, last + SECOND);
    assert.deepEqual([view.due, view.prompt, view.heldBy, view.offered], [true, false, 'typing', 'task']);
    assert.equal(nextChangeAt(clock, last + SECOND), last + 5 * SECOND, 'the prompt shows once the typing pauses');
    countActivity(clock, last + 2 * SECOND, 'edit');
    assert.equal(viewAt(clock, last + 3 * SECOND).prompt, false, 'still typing');
    view = viewAt(clock, last + 7 * SECOND);
    assert.deepEqual([view.prompt, view.heldBy], [true, null]);
  });
});

describe('good moments: snooze, skip and take', function () {
  it('snooze on an offered break falls back to the usual due time and records nothing', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'commit');
    assert.equal(snooze(clock, last + SECOND), true);
    let view = viewAt(clock, last + SECOND);
    assert.deepEqual([view.due, view.prompt, view.offered, view.dueAtCodingMs], [false, false, null, 30 * MINUTE]);
    assert.deepEqual([view.today.snoozed, view.today.skipped, view.today.taken, view.today.offered], [0, 0, 0, 1]);
    assert.equal(goodMoment(clock, last + 2 * SECOND, 'task'), false, 'a declined break is not offered again');
    const due = activeFor(clock, last + 10 * SECOND, T0 + 30 * MINUTE, 10 * SECOND);
    view = viewAt(clock, due);
    assert.deepEqual([view.due, view.prompt, view.offered], [true, true, null], 'due at its usual time');
    assert.equal(snooze(clock, due), true);
    assert.deepEqual([viewAt(clock, due).dueAtCodingMs, viewAt(clock, due).today.snoozed], [35 * MINUTE, 1], 'then snooze is a snooze');
  });

  it('a snooze once the offered break is due by its time too is a usual snooze', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'commit');
    const due = activeFor(clock, last + 10 * SECOND, T0 + 31 * MINUTE, 10 * SECOND);
    assert.equal(snooze(clock, due), true);
    const view = viewAt(clock, due);
    assert.deepEqual([view.due, view.dueAtCodingMs, view.today.snoozed], [false, 36 * MINUTE, 1]);
  });

  it('skip records a skipped break and starts the count again', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'debug');
    assert.equal(skip(clock, last + SECOND), true);
    const view = viewAt(clock, last + SECOND);
    assert.deepEqual([view.stretchMs, view.due, view.offered], [0, false, null]);
    assert.deepEqual([view.today.skipped, view.today.taken, view.today.offered, view.today.offeredTaken], [1, 0, 1, 0]);
  });

  it('take records a taken break, and one taken when offered', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'terminal');
    assert.equal(take(clock, last + SECOND), true);
    const view = viewAt(clock, last + SECOND);
    assert.deepEqual([view.stretchMs, view.due, view.offered], [0, false, null]);
    assert.deepEqual([view.today.taken, view.today.offered, view.today.offeredTaken], [1, 1, 1]);
    const plain = codedFor(27);
    take(plain.clock, plain.last);
    assert.deepEqual([viewAt(plain.clock, plain.last).today.taken, viewAt(plain.clock, plain.last).today.offeredTaken], [1, 0]);
  });

  it('a reset withdraws the offer, and the next stretch can be offered again', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'commit');
    reset(clock, last + SECOND);
    assert.deepEqual([viewAt(clock, last + SECOND).due, viewAt(clock, last + SECOND).offered], [false, null]);
    const later = activeFor(clock, last + 10 * SECOND, last + 27 * MINUTE, 10 * SECOND);
    assert.equal(goodMoment(clock, later, 'commit'), true);
    assert.equal(viewAt(clock, later).today.offered, 2);
  });
});

describe('good moments: several in a row, and none', function () {
  it('several good moments in a row offer the break once', function () {
    const { clock, last } = codedFor(27);
    const rev = clock.rev;
    assert.equal(goodMoment(clock, last, 'commit'), true);
    const afterFirst = clock.rev;
    for (const source of GOOD_MOMENT_SOURCES) {
      assert.equal(goodMoment(clock, last + SECOND, source), false, source);
    }
    activeFor(clock, last + 10 * SECOND, last + MINUTE, 10 * SECOND);
    assert.equal(goodMoment(clock, last + MINUTE, 'commit'), false);
    const view = viewAt(clock, last + MINUTE);
    assert.deepEqual([view.offered, view.today.offered], ['commit', 1], 'the first moment is the reason');
    assert.equal(afterFirst, rev + 1, 'one change for all windows');
    assert.equal(clock.rev, afterFirst, 'the others change nothing');
  });

  it('without a good moment nothing changes: the break is due at the usual time', function () {
    const a = newClock();
    const b = newClock();
    for (const clock of [a, b]) {
      activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    }
    goodMoment(b, T0 + 10 * MINUTE, 'commit'); // too early to count
    assert.deepEqual(viewAt(a, T0 + 31 * MINUTE), viewAt(b, T0 + 31 * MINUTE));
    assert.deepEqual(stored(a), stored(b));
    const view = viewAt(a, T0 + 29 * MINUTE);
    assert.equal(view.offered, null);
  });
});

describe('good moments: off means off', function () {
  const offs: [string, Partial<Settings>][] = [
    ['earlyPromptMinutes 0', { earlyPromptMinutes: 0 }],
    ['reminders off', { reminderStyle: 'off' }],
    ['the extension off', { enabled: false }],
  ];
  for (const [what, overrides] of offs) {
    it(`${what}: no good moment offers anything`, function () {
      const { clock, last } = codedFor(27, overrides);
      for (const source of GOOD_MOMENT_SOURCES) {
        assert.equal(goodMoment(clock, last, source), false, source);
      }
      assert.deepEqual([viewAt(clock, last).due, viewAt(clock, last).offered, viewAt(clock, last).today.offered], [false, null, 0]);
    });
  }

  it('a source turned off offers nothing; the others still do', function () {
    for (const source of GOOD_MOMENT_SOURCES) {
      const { clock, last } = codedFor(27, { [`goodMoments.${source}`]: false });
      assert.equal(goodMoment(clock, last, source), false, source);
      const other = GOOD_MOMENT_SOURCES.find((s) => s !== source) ?? 'commit';
      assert.equal(goodMoment(clock, last, other), true, other);
    }
  });

  it('paused reminders offer nothing', function () {
    const { clock, last } = codedFor(27);
    decidePause(clock, last, last + HOUR);
    assert.equal(goodMoment(clock, last + SECOND, 'commit'), false);
    decidePause(clock, last + 2 * SECOND, null);
    assert.equal(goodMoment(clock, last + 3 * SECOND, 'commit'), true);
  });

  it('turning earlyPromptMinutes to 0 withdraws a standing offer', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'commit');
    setSettings(clock, last + SECOND, settings({ earlyPromptMinutes: 0 }));
    assert.deepEqual([viewAt(clock, last + SECOND).due, viewAt(clock, last + SECOND).offered], [false, null]);
  });
});

describe('good moments: stored state and windows', function () {
  it('an old stored state (before offers) parses without problems, with no offer', function () {
    const { clock, last } = codedFor(20);
    const old = stored(clock) as unknown as Record<string, unknown>;
    delete old.offer;
    for (const day of Object.values(old.days as Record<string, Record<string, unknown>>)) {
      delete day.offered;
      delete day.offeredTaken;
    }
    const { state: restored, problems } = restoreState(old, last + SECOND, { settings: settings(), writerId: 'reader', localDay: utcDay });
    assert.deepEqual(problems, []);
    const view = viewAt(restored, last + SECOND);
    assert.deepEqual([view.stretchMs, view.offered, view.today.offered, view.today.offeredTaken], [20 * MINUTE, null, 0, 0]);
  });

  it('keeps a standing offer across a reload; a damaged one is replaced by none, and said', function () {
    const { clock, last } = codedFor(27);
    goodMoment(clock, last, 'task');
    const { state: restored, problems } = restoreState(stored(clock), last + SECOND, { settings: settings(), writerId: 'reader', localDay: utcDay });
    assert.deepEqual(problems, []);
    assert.deepEqual([viewAt(restored, last + SECOND).due, viewAt(restored, last + SECOND).offered], [true, 'task']);
    for (const bad of [{ dueMs: 'x' }, 7, { dueMs: 1, at: 1, source: 'lunch', claimed: false, declined: false },
      { dueMs: 1, at: 1, source: 'task', claimed: false, declined: false, extra: 1 }]) {
      const damaged = { ...(stored(clock) as unknown as Record<string, unknown>), offer: bad };
      const result = restoreState(damaged, last + SECOND, { settings: settings(), writerId: 'reader', localDay: utcDay });
      assert.equal(result.problems.length, 1, JSON.stringify(bad));
      assert.match(result.problems[0], /offer was .*; using none\./);
      assert.deepEqual([viewAt(result.state, last + SECOND).due, viewAt(result.state, last + SECOND).offered], [false, null]);
    }
  });

  it('the merge keeps the offer: every window shows it, and its decline and claim', function () {
    const a = codedFor(27, { reminderStyle: 'notification' }, 'window-a');
    const b = newClock({ reminderStyle: 'notification' }, utcDay, 'window-b');
    mergeFrom(b, stored(a.clock), a.last);
    const at = a.last + SECOND;
    goodMoment(a.clock, at, 'commit');
    assert.equal(mergeFrom(b, stored(a.clock), at), true, 'the view changed');
    assert.deepEqual([viewAt(b, at).due, viewAt(b, at).offered], [true, 'commit']);
    assert.equal(isCoveredBy(a.clock, stored(b)), true);
    // The window used last claims the notification; the other then cannot.
    assert.equal(claimNotification(a.clock, at), true);
    mergeFrom(b, stored(a.clock), at);
    assert.equal(claimNotification(b, at), false);
    // An older copy without the offer does not undo it.
    const older = stored(b) as unknown as Record<string, unknown>;
    older.offer = null;
    mergeFrom(b, older, at);
    assert.equal(viewAt(b, at).offered, 'commit');
    // Declined in B: A falls back to the due mark too.
    assert.equal(snooze(b, at + SECOND), true);
    mergeFrom(a.clock, stored(b), at + SECOND);
    assert.deepEqual([viewAt(a.clock, at + SECOND).due, viewAt(a.clock, at + SECOND).offered], [false, null]);
    assert.equal(isCoveredBy(a.clock, stored(b)), true);
    assert.equal(isCoveredBy(b, stored(a.clock)), true);
  });

  it('two windows offering at once agree on one offer (the first good moment) and count it once', function () {
    const a = codedFor(27, {}, 'window-a');
    const b = newClock({}, utcDay, 'window-b');
    mergeFrom(b, stored(a.clock), a.last);
    goodMoment(a.clock, a.last + 2 * SECOND, 'task');
    goodMoment(b, a.last + SECOND, 'commit');
    mergeFrom(a.clock, stored(b), a.last + 3 * SECOND);
    mergeFrom(b, stored(a.clock), a.last + 3 * SECOND);
    for (const clock of [a.clock, b]) {
      const view = viewAt(clock, a.last + 3 * SECOND);
      assert.deepEqual([view.offered, view.today.offered], ['commit', 1]);
    }
    assert.deepEqual((stored(a.clock) as { offer: unknown }).offer, (stored(b) as { offer: unknown }).offer);
  });

  it('a break taken in another window ends the offer everywhere', function () {
    const a = codedFor(27, {}, 'window-a');
    const b = newClock({}, utcDay, 'window-b');
    goodMoment(a.clock, a.last, 'debug');
    mergeFrom(b, stored(a.clock), a.last);
    take(b, a.last + SECOND);
    mergeFrom(a.clock, stored(b), a.last + SECOND);
    const view = viewAt(a.clock, a.last + SECOND);
    assert.deepEqual([view.due, view.offered, view.stretchMs, view.today.offeredTaken], [false, null, 0, 1]);
  });

  it('the offer has a notification of its own: once declined, the break at its due mark still gets one', function () {
    const { clock, last } = codedFor(27, { reminderStyle: 'notification' });
    goodMoment(clock, last, 'commit');
    const offeredKey = dueKey(clock);
    assert.equal(claimNotification(clock, last), true);
    assert.equal(claimNotification(clock, last), false, 'once');
    snooze(clock, last + SECOND);
    const due = activeFor(clock, last + 10 * SECOND, T0 + 30 * MINUTE + 10 * SECOND, 10 * SECOND);
    assert.notEqual(dueKey(clock), offeredKey);
    assert.equal(claimNotification(clock, due), true);
  });

  it('an offered break that is then due by its time shows one notification, not two', function () {
    const { clock, last } = codedFor(27, { reminderStyle: 'notification' });
    goodMoment(clock, last, 'commit');
    assert.equal(claimNotification(clock, last), true);
    const due = activeFor(clock, last + 10 * SECOND, T0 + 31 * MINUTE, 10 * SECOND);
    assert.equal(claimNotification(clock, due), false);
  });
});

describe('good moments: the driver', function () {
  class MemoryStore {
    state: unknown = undefined;
    readonly windows: Clock[] = [];
    read(): unknown {
      return this.state;
    }
    write(state: unknown): void {
      this.state = JSON.parse(JSON.stringify(state));
      for (const window of this.windows) {
        window.sync();
      }
    }
  }

  it('writes an offer at once, renders it in every window, and sets no timer for it', function () {
    const fake = FakeTimers.createClock(T0);
    const store = new MemoryStore();
    const renders: ClockView[][] = [[], []];
    const open = (i: number) => new Clock(settings(), {
      now: () => fake.now,
      setTimer: (fn, ms) => fake.setTimeout(fn, ms),
      clearTimer: (handle) => fake.clearTimeout(handle as FakeTimers.TimerId),
      store,
      render: (view) => renders[i].push(view),
      log: () => undefined,
      localDay: utcDay,
      writerId: `window-${i}`,
    });
    const a = open(0);
    const b = open(1);
    store.windows.push(a, b);
    for (let t = 0; t <= 27 * MINUTE; t += 10 * SECOND) {
      a.activity('other');
      fake.tick(10 * SECOND);
    }
    const timers = a.stats.timersScheduled;
    const renderedBefore = renders[0].length;
    assert.equal(a.goodMoment('commit'), true);
    assert.equal(a.goodMoment('task'), false);
    assert.equal(renders[0].length, renderedBefore + 1, 'one render for the offer, none for the repeat');
    assert.deepEqual([renders[1][renders[1].length - 1].due, renders[1][renders[1].length - 1].offered], [true, 'commit']);
    assert.equal(a.stats.timersScheduled, timers);
    assert.equal(fake.countTimers(), 0);
  });
});

describe('good moments: the manifest and the README', function () {
  const root = path.resolve(__dirname, '..', '..', '..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { type: string; default: unknown; minimum?: number; maximum?: number; markdownDescription: string }> } };
  };
  const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const properties = manifest.contributes.configuration.properties;
  const described = (key: string) => nls[/^%(.+)%$/.exec(properties[key].markdownDescription)?.[1] ?? ''] ?? properties[key].markdownDescription;
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

  it('declares earlyPromptMinutes as the core does: 0 to 30, default 5, described with its range, its off and its bound', function () {
    const early = properties['postureBreaks.earlyPromptMinutes'];
    assert.deepEqual([early.type, early.default, early.minimum, early.maximum], ['integer', DEFAULTS.earlyPromptMinutes, ...RANGES.earlyPromptMinutes]);
    assert.match(described('postureBreaks.earlyPromptMinutes'), /\(0 to 30; 0 turns it off; at most `#postureBreaks\.intervalMinutes#`\)/);
  });

  it('declares one on/off setting per source, on by default, each described, and the README names each', function () {
    for (const source of GOOD_MOMENT_SOURCES) {
      const key = `postureBreaks.goodMoments.${source}`;
      assert.ok(properties[key], key);
      assert.deepEqual([properties[key].type, properties[key].default], ['boolean', true], key);
      assert.ok(described(key).length > 20, `${key} is described`);
      assert.ok(readme.includes(`| \`${key}\` | \`true\` |`), `${key} is in the README's settings table`);
      assert.ok(readme.includes(`\`${key}\` |\n`), `${key} ends a row of the README's table of good moments`);
    }
    assert.ok(readme.includes('| `postureBreaks.earlyPromptMinutes` | `5` | 0 to 30'), 'earlyPromptMinutes is in the README');
  });
});
