// The formats follow the display language: 12- or 24-hour clock times, the
// locale's date order, its numbers and its plural rules; Intl objects are
// made only when first needed, and once.
import * as assert from 'node:assert/strict';
import { clockTime, formatNumber, plural } from '../../src/core/format/intl';
import { describeStatus, statusLabel } from '../../src/core/clock/statusText';
import { formatDate } from '../../src/core/format/dates';
import { formatSpan, shortDuration } from '../../src/core/format/durations';
import { resetTranslator, setDisplayLanguage } from '../../src/core/l10n';
import type { ClockView } from '../../src/core/clock/view';
import { chartLayout } from '../../src/webview/historyView';
import { words } from './support/panelInput';

const MIN = 60_000;
/** Intl writes some spaces as no-break spaces ("9:05 PM"): compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const evening = new Date(2026, 2, 29, 21, 5).getTime();
const morning = new Date(2026, 2, 29, 9, 5).getTime();
const forms = { one: '{0} break', other: '{0} breaks' };

describe('formats in the display language', function () {
  afterEach(resetTranslator);

  it('en-US: a 12-hour clock, the month before the day, "1 break" but "0 breaks"', function () {
    setDisplayLanguage('en-US');
    assert.equal(plain(clockTime(evening)), '9:05 PM');
    assert.equal(plain(clockTime(morning)), '9:05 AM');
    assert.equal(formatDate('2026-03-29'), 'Sun, Mar 29');
    assert.equal(formatNumber(1234), '1,234');
    assert.deepEqual([0, 1, 2].map((n) => plural(n, forms)), ['0 breaks', '1 break', '2 breaks']);
  });

  it('en-GB: a 24-hour clock, the day before the month', function () {
    setDisplayLanguage('en-GB');
    assert.equal(clockTime(evening), '21:05');
    assert.equal(formatDate('2026-03-29'), 'Sun 29 Mar');
    assert.deepEqual([0, 1, 2].map((n) => plural(n, forms)), ['0 breaks', '1 break', '2 breaks']);
  });

  it('de: a 24-hour clock, the day before the month, German numbers and plurals', function () {
    setDisplayLanguage('de');
    assert.equal(clockTime(evening), '21:05');
    const date = formatDate('2026-03-29');
    assert.match(date, /^So\.?, 29\. März$/);
    assert.equal(formatNumber(1234), '1.234');
    assert.equal(formatSpan(75_000), '1 min 15 s', 'the unit words are the translator\'s (English here)');
    const de = { one: '{0} Pause', other: '{0} Pausen' };
    assert.deepEqual([0, 1, 2].map((n) => plural(n, de)), ['0 Pausen', '1 Pause', '2 Pausen']);
  });

  it('ja: a 24-hour clock, the month before the day, one form for every number', function () {
    setDisplayLanguage('ja');
    assert.equal(clockTime(evening), '21:05');
    assert.match(formatDate('2026-03-29'), /^3月29日\(日\)$/);
    const ja = { one: 'one: {0}', other: '{0}回' };
    assert.deepEqual([0, 1, 2].map((n) => plural(n, ja)), ['0回', '1回', '2回']);
    const column = chartLayout([{ date: '2026-03-29', stats: { codingMs: 0, taken: 1, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0, offered: 0, offeredTaken: 0, outsideMs: 0 } }], words, 100).columns[0];
    assert.equal(column.month, '3月');
  });

  it('fr says 0 in the singular, as its plural rules do', function () {
    setDisplayLanguage('fr');
    assert.deepEqual([0, 1, 2].map((n) => plural(n, forms)), ['0 break', '1 break', '2 breaks']);
  });

  it('without a display language (the tests): the English source\'s own formats', function () {
    assert.equal(clockTime(morning), '09:05');
    assert.equal(formatDate('2026-03-29'), 'Sun 29 Mar');
    assert.equal(formatNumber(1234), '1234');
  });

  it('makes no Intl object for the status-bar text, and each one once, the first time it is needed', function () {
    const made: string[] = [];
    const real = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat, PluralRules: Intl.PluralRules };
    const counting = <T extends object>(name: string, Real: T): T => new Proxy(Real, {
      construct(target, args) {
        made.push(name);
        return Reflect.construct(target as never, args) as object;
      },
    });
    Object.assign(Intl, { DateTimeFormat: counting('time', real.DateTimeFormat), NumberFormat: counting('number', real.NumberFormat), PluralRules: counting('plural', real.PluralRules) });
    try {
      setDisplayLanguage('en-AU'); // a language no other test formatted in: nothing is made yet
      const view: ClockView = { stretchMs: 23 * MIN, outsideMs: 0, outside: 'setting', dueAtCodingMs: 30 * MIN, due: false, offered: null, prompt: false, heldBy: null, pausedUntil: null, idle: false,
        today: { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0, offered: 0, offeredTaken: 0, outsideMs: 0 } };
      assert.equal(statusLabel(view, 'statusBar').text, '$(watch) 23m');
      assert.equal(shortDuration(65 * MIN), '1h 05m');
      assert.deepEqual(made, [], 'the status-bar text needs no Intl');
      describeStatus(view, 'statusBar', evening, clockTime);
      const first = made.length;
      assert.ok(first > 0, 'the tooltip formats the time and the plurals');
      describeStatus(view, 'statusBar', evening, clockTime);
      clockTime(morning);
      assert.equal(made.length, first, 'and keeps what it made');
    } finally {
      Object.assign(Intl, real);
    }
  });
});

describe('Portuguese says zero in the plural', function () {
  afterEach(resetTranslator);
  const pt = { one: '{0} minuto', other: '{0} minutos' };

  // CLDR puts 0 with 1 in Brazilian Portuguese ("0 minuto"), which reads wrong
  // to most Brazilian readers: "0 minutos", "1 minuto", "2 minutos".
  for (const language of ['pt-br', 'pt', 'pt-BR']) {
    it(`${language}: "0 minutos", "1 minuto", "2 minutos"`, function () {
      setDisplayLanguage(language);
      assert.deepEqual([0, 1, 2].map((n) => plural(n, pt)), ['0 minutos', '1 minuto', '2 minutos']);
    });
  }

  it('pt-pt already did, and other languages keep their own rule for zero', function () {
    setDisplayLanguage('pt-pt');
    assert.equal(plural(0, pt), '0 minutos');
    setDisplayLanguage('fr');
    assert.equal(plural(0, forms), '0 break');
    setDisplayLanguage('en');
    assert.equal(plural(0, forms), '0 breaks');
  });
});
