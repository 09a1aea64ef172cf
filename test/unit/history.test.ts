import * as assert from 'node:assert/strict';
import { accepted, rejected } from './support/parsed';
import { addDays, isDayKey, parseDayKey } from '../../src/core/days/calendar';
import { MAX_DAYS } from '../../src/core/days/dayLedger';
import { HISTORY_DAYS, historySummary, lastDays, streak, totalsOf, type HistoryDay } from '../../src/core/days/history';
import { parseHostMessage, MAX_HISTORY_DAYS } from '../../src/core/protocol/hostMessages';
import { parsePanelMessage } from '../../src/core/protocol/panelMessages';
import { historyMessage } from '../../src/core/protocol/build';
import type { DayStats } from '../../src/core/days/dayStats';
import { formatDate } from '../../src/core/format/dates';
import { CHART, chartLabel, chartLayout, emptyText, hasData, streakText, totalsText } from '../../src/webview/historyView';
import { renderBreakView, renderHistoryView } from '../../src/webview/breakView';
import { renderShell } from '../../src/panel/shell';
import { dayAtOffset, HOUR, MINUTE, utcDay } from './support/clockHelpers';
import { viewInput, words } from './support/panelInput';

const DAY_MS = 24 * HOUR;

function stats(overrides: Partial<DayStats> = {}): DayStats {
  return { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0, offered: 0, offeredTaken: 0, outsideMs: 0, ...overrides };
}

const ZERO = stats();

/**
 * A zone like Central Europe in 2026: UTC+1, and UTC+2 from 29 March 01:00 UTC
 * to 25 October 01:00 UTC (a 23-hour day on 29 March, a 25-hour day on 25 October).
 */
const DST_START = Date.UTC(2026, 2, 29, 1, 0);
const DST_END = Date.UTC(2026, 9, 25, 1, 0);
function centralEurope(ms: number): string {
  return dayAtOffset(ms >= DST_START && ms < DST_END ? 2 * HOUR : HOUR)(ms);
}

/** The trap lastDays must avoid: walking back by 24 hours instead of by calendar day. */
function naiveDates(now: number, count: number, localDay: (ms: number) => string): string[] {
  const dates: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    dates.push(localDay(now - back * DAY_MS));
  }
  return dates;
}

/** Each date is the calendar day after the one before. */
function assertConsecutive(dates: string[]): void {
  for (let i = 1; i < dates.length; i++) {
    assert.equal(dates[i], addDays(dates[i - 1], 1), `${dates[i - 1]} then ${dates[i]}`);
  }
}

describe('calendar days', function () {
  it('steps across month ends, year ends and 29 February', function () {
    assert.equal(addDays('2026-01-31', 1), '2026-02-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2026-11-26', -13), '2026-11-13');
    assert.equal(addDays('2026-03-29', 0), '2026-03-29');
  });

  it('accepts real dates only', function () {
    for (const good of ['2026-01-05', '2024-02-29', '1999-12-31']) {
      assert.ok(isDayKey(good), good);
    }
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '2026-01-05T00:00', ' 2026-01-05', '', 20260105, null]) {
      assert.equal(parseDayKey(bad), null, String(bad));
    }
    assert.throws(() => addDays('2026-02-30', 1), RangeError);
  });

  it('knows the day of the week from the date alone', function () {
    assert.equal(formatDate('2026-03-29'), 'Sun 29 Mar');
  });
});

describe('history: the last days', function () {
  const now = Date.UTC(2026, 2, 5, 12, 0); // Thursday 5 March 2026

  it('gives 14 days, oldest first, ending today, across a month end', function () {
    const series = lastDays({}, now, undefined, utcDay);
    assert.equal(series.length, HISTORY_DAYS);
    assert.equal(series[0].date, '2026-02-20');
    assert.equal(series[8].date, '2026-02-28');
    assert.equal(series[9].date, '2026-03-01');
    assert.equal(series[13].date, '2026-03-05');
    assertConsecutive(series.map((d) => d.date));
  });

  it('includes 29 February in a leap year, and crosses a year end', function () {
    const leap = lastDays({}, Date.UTC(2024, 2, 2, 9), 4, utcDay).map((d) => d.date);
    assert.deepEqual(leap, ['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    const newYear = lastDays({}, Date.UTC(2026, 0, 2, 9), 3, utcDay).map((d) => d.date);
    assert.deepEqual(newYear, ['2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('fills days without a record with zeros, as fresh objects of exactly the DayStats fields', function () {
    const days: Record<string, DayStats> = {
      '2026-03-01': stats({ codingMs: 40 * MINUTE, taken: 1 }),
      '2026-03-04': { ...stats({ taken: 2, skipped: 1 }), extra: 'x' } as DayStats,
      '2026-01-01': stats({ taken: 9 }), // outside the window
    };
    const series = lastDays(days, now, 5, utcDay);
    assert.deepEqual(series, [
      { date: '2026-03-01', stats: stats({ codingMs: 40 * MINUTE, taken: 1 }) },
      { date: '2026-03-02', stats: ZERO },
      { date: '2026-03-03', stats: ZERO },
      { date: '2026-03-04', stats: stats({ taken: 2, skipped: 1 }) },
      { date: '2026-03-05', stats: ZERO },
    ]);
    assert.notEqual(series[0].stats, days['2026-03-01'], 'a copy, not the stored record');
    series[1].stats.taken = 5;
    assert.equal(series[2].stats.taken, 0, 'each zero day is its own object');
  });

  it('takes today from the local day, not from UTC', function () {
    // 23:30 UTC on 5 March is already 6 March at UTC+9.
    const late = Date.UTC(2026, 2, 5, 23, 30);
    assert.equal(lastDays({}, late, 1, utcDay)[0].date, '2026-03-05');
    assert.equal(lastDays({}, late, 1, dayAtOffset(9 * HOUR))[0].date, '2026-03-06');
  });

  it('keeps every day once across the spring daylight-saving change (a 23-hour day)', function () {
    const now = Date.UTC(2026, 2, 29, 22, 30); // 00:30 on 30 March, local summer time
    assert.equal(centralEurope(now), '2026-03-30');
    const naive = naiveDates(now, 3, centralEurope);
    assert.deepEqual(naive, ['2026-03-27', '2026-03-28', '2026-03-30'], 'stepping by 24 h would lose 29 March');
    const dates = lastDays({ '2026-03-29': stats({ taken: 2 }) }, now, HISTORY_DAYS, centralEurope);
    assert.deepEqual(dates.slice(-3).map((d) => d.date), ['2026-03-28', '2026-03-29', '2026-03-30']);
    assert.equal(dates[12].stats.taken, 2);
    assertConsecutive(dates.map((d) => d.date));
  });

  it('keeps every day once across the autumn daylight-saving change (a 25-hour day)', function () {
    const now = Date.UTC(2026, 9, 26, 22, 30); // 23:30 on 26 October, local winter time
    assert.equal(centralEurope(now), '2026-10-26');
    const naive = naiveDates(now, 3, centralEurope);
    assert.deepEqual(naive, ['2026-10-25', '2026-10-25', '2026-10-26'], 'stepping by 24 h would count 25 October twice');
    const dates = lastDays({}, now, HISTORY_DAYS, centralEurope).map((d) => d.date);
    assert.deepEqual(dates.slice(-3), ['2026-10-24', '2026-10-25', '2026-10-26']);
    assert.equal(new Set(dates).size, HISTORY_DAYS);
    assertConsecutive(dates);
  });

  it('keeps the count within 1 and the days kept', function () {
    assert.equal(lastDays({}, now, 0, utcDay).length, 1);
    assert.equal(lastDays({}, now, -3, utcDay).length, 1);
    assert.equal(lastDays({}, now, 10_000, utcDay).length, MAX_DAYS);
    assert.equal(lastDays({}, now, Number.NaN, utcDay).length, HISTORY_DAYS);
  });
});

describe('history: the streak', function () {
  const now = Date.UTC(2026, 2, 5, 12, 0); // 5 March
  const taken = (n = 1) => stats({ taken: n, codingMs: 30 * MINUTE });

  it('counts today when today has a break', function () {
    const days = { '2026-03-03': taken(), '2026-03-04': taken(2), '2026-03-05': taken() };
    assert.equal(streak(days, now, utcDay), 3);
  });

  it('if today has no break yet, the streak ending yesterday still counts', function () {
    const days = { '2026-03-03': taken(), '2026-03-04': taken(), '2026-03-05': stats({ codingMs: HOUR, skipped: 1 }) };
    assert.equal(streak(days, now, utcDay), 2);
    assert.equal(streak({ '2026-03-03': taken(), '2026-03-04': taken() }, now, utcDay), 2, 'no record today at all');
  });

  it('a day without a break taken ends it (skipped and natural breaks do not count)', function () {
    const days = {
      '2026-02-28': taken(), '2026-03-01': taken(),
      '2026-03-02': stats({ codingMs: 2 * HOUR, skipped: 2, natural: 3, snoozed: 1 }),
      '2026-03-03': taken(), '2026-03-04': taken(), '2026-03-05': taken(),
    };
    assert.equal(streak(days, now, utcDay), 3);
    const gap = { '2026-03-01': taken(), '2026-03-02': taken(), '2026-03-04': taken(), '2026-03-05': taken() };
    assert.equal(streak(gap, now, utcDay), 2, 'a day with no record ends it');
  });

  it('is 0 with no history, or when neither today nor yesterday has a break', function () {
    assert.equal(streak({}, now, utcDay), 0);
    assert.equal(streak({ '2026-03-03': taken(), '2026-03-05': stats({ codingMs: HOUR }) }, now, utcDay), 0);
  });

  it('reaches past the 14 days shown, and across a month end and a daylight-saving change', function () {
    const days: Record<string, DayStats> = {};
    for (let date = '2026-03-10'; date <= '2026-04-05'; date = addDays(date, 1)) {
      days[date] = taken();
    }
    const now = Date.UTC(2026, 3, 5, 8, 0); // 5 April, local summer time
    assert.equal(streak(days, now, centralEurope), 27);
    assert.equal(historySummary(days, now, centralEurope).series.length, HISTORY_DAYS);
  });

  it('stops at the days kept, even with a record for every day', function () {
    const days: Record<string, DayStats> = {};
    let date = '2026-03-05';
    for (let i = 0; i < MAX_DAYS + 20; i++) {
      days[date] = taken();
      date = addDays(date, -1);
    }
    assert.equal(streak(days, now, utcDay), MAX_DAYS + 1);
  });
});

describe('history: the summary', function () {
  const now = Date.UTC(2026, 10, 26, 15, 0); // Thursday 26 November
  const days: Record<string, DayStats> = {
    '2026-11-10': stats({ taken: 9, codingMs: 9 * HOUR }), // older than the 14 days
    '2026-11-20': stats({ codingMs: 2 * HOUR, taken: 3, skipped: 1, snoozed: 2, natural: 1, longestStretchMs: 50 * MINUTE }),
    '2026-11-25': stats({ codingMs: HOUR, taken: 1, longestStretchMs: 70 * MINUTE }),
    '2026-11-26': stats({ codingMs: 30 * MINUTE, taken: 2, natural: 2, longestStretchMs: 20 * MINUTE }),
  };

  it('has the series, today, the streak, the totals of the 14 days and the days on record', function () {
    const summary = historySummary(days, now, utcDay);
    assert.equal(summary.series.length, 14);
    assert.equal(summary.series[0].date, '2026-11-13');
    assert.deepEqual(summary.today, { date: '2026-11-26', stats: days['2026-11-26'] });
    assert.equal(summary.streak, 2);
    assert.deepEqual(summary.totals, stats({
      codingMs: 3.5 * HOUR, taken: 6, skipped: 1, snoozed: 2, natural: 3, longestStretchMs: 70 * MINUTE,
    }));
    assert.equal(summary.recordedDays, 4);
    assert.deepEqual(totalsOf([]), ZERO);
  });
});

describe('history messages to the panel', function () {
  const now = Date.UTC(2026, 10, 26, 15, 0);
  const days: Record<string, DayStats> = {
    '2026-11-24': stats({ codingMs: HOUR, taken: 2 }),
    '2026-11-26': stats({ codingMs: 30 * MINUTE, taken: 1, snoozed: 1, longestStretchMs: 20 * MINUTE }),
  };
  const message = historyMessage(historySummary(days, now, utcDay));
  const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
  const series = (): HistoryDay[] => good().series as HistoryDay[];

  it('carries the series, today, the streak and the totals, and parses back as a fresh object', function () {
    assert.equal(message.type, 'history');
    assert.equal(message.series.length, 14);
    assert.equal(message.streak, 1);
    const parsed = accepted(parseHostMessage(good()));
    assert.deepEqual(parsed, message);
    assert.notEqual(parsed, message);
  });

  it('accepts a shorter series (at least one day)', function () {
    const one = historyMessage(historySummary(days, now, utcDay));
    one.series = one.series.slice(-1);
    assert.deepEqual(accepted(parseHostMessage(JSON.parse(JSON.stringify(one)))), one);
  });

  it('the page rejects history it did not expect', function () {
    const base = good();
    const lastDay = series()[13];
    const holey = series();
    delete (holey as unknown[])[3];
    const withProp = Object.assign(series(), { extra: 1 });
    const long: HistoryDay[] = [];
    for (let i = MAX_HISTORY_DAYS; i >= 0; i--) {
      long.push({ date: addDays('2026-11-26', -i), stats: ZERO });
    }
    const bad: Array<[string, unknown]> = [
      ['no series', { ...base, series: undefined }],
      ['series missing', (() => { const b = good(); delete b.series; return b; })()],
      ['an extra field', { ...base, extra: 1 }],
      ['type in another case', { ...base, type: 'History' }],
      ['series not an array', { ...base, series: { 0: lastDay, length: 1 } }],
      ['series empty', { ...base, series: [], today: lastDay }],
      ['series too long', { ...base, series: long, today: long[long.length - 1] }],
      ['series with a hole', { ...base, series: holey }],
      ['series with an extra property', { ...base, series: withProp }],
      ['days out of order', { ...base, series: [...series()].reverse() }],
      ['a day missing', { ...base, series: [...series().slice(0, 5), ...series().slice(6)] }],
      ['a day twice', { ...base, series: [...series().slice(0, 13), lastDay, lastDay], today: lastDay }],
      ['an invalid date', { ...base, series: [{ date: '2026-02-30', stats: ZERO }], today: { date: '2026-02-30', stats: ZERO } }],
      ['a date with time', { ...base, series: [{ date: '2026-11-26T00:00', stats: ZERO }], today: { date: '2026-11-26T00:00', stats: ZERO } }],
      ['a day with an extra field', { ...base, series: [...series().slice(0, 13), { ...lastDay, note: '<b>' }] }],
      ['a day without stats', { ...base, series: [...series().slice(0, 13), { date: lastDay.date }] }],
      ['a count as a string', { ...base, series: [...series().slice(0, 13), { date: lastDay.date, stats: { ...lastDay.stats, taken: '1' } }] }],
      ['a negative count', { ...base, series: [{ date: '2026-11-25', stats: { ...ZERO, taken: -1 } }, lastDay] }],
      ['a stats field missing', { ...base, totals: { ...ZERO, longestStretchMs: undefined } }],
      ['stats with an extra field', { ...base, totals: { ...ZERO, extra: 0 } }],
      ['today not the last day', { ...base, today: series()[12] }],
      ['today with other numbers', { ...base, today: { date: lastDay.date, stats: { ...lastDay.stats, taken: 7 } } }],
      ['a negative streak', { ...base, streak: -1 }],
      ['a fractional streak', { ...base, streak: 1.5 }],
      ['a streak as a string', { ...base, streak: '1' }],
      ['recordedDays NaN', { ...base, recordedDays: Number.NaN }],
      ['a __proto__ key', JSON.parse(JSON.stringify(base).replace('{"type":"history",', '{"type":"history","__proto__":{"x":1},'))],
    ];
    for (const [name, raw] of bad) {
      rejected(parseHostMessage(raw), name);
    }
  });

  it('the page may ask for the other view, and nothing else', function () {
    assert.deepEqual(accepted(parsePanelMessage({ type: 'switchMode', mode: 'history' })), { type: 'switchMode', mode: 'history' });
    assert.deepEqual(accepted(parsePanelMessage({ type: 'switchMode', mode: 'break' })), { type: 'switchMode', mode: 'break' });
    for (const raw of [
      { type: 'switchMode' },
      { type: 'switchMode', mode: 'settings' },
      { type: 'switchMode', mode: 'History' },
      { type: 'switchMode', mode: 'history', extra: 1 },
      { type: 'switchMode', mode: ['history'] },
    ]) {
      rejected(parsePanelMessage(raw), JSON.stringify(raw));
    }
  });
});

describe('history view: chart layout and words', function () {
  const now = Date.UTC(2026, 10, 26, 15, 0);
  const days: Record<string, DayStats> = {
    '2026-11-13': stats({ codingMs: 90 * MINUTE, taken: 2 }),
    '2026-11-20': stats({ codingMs: 150 * MINUTE, taken: 6 }),
    '2026-11-26': stats({ codingMs: 45 * MINUTE, taken: 0, skipped: 1 }),
  };
  const summary = historySummary(days, now, utcDay);

  it('has one column per day with the stored numbers, bars in proportion and zero days flat', function () {
    const layout = chartLayout(summary.series, words);
    assert.equal(layout.columns.length, 14);
    assert.deepEqual(layout.columns.map((c) => c.date), summary.series.map((d) => d.date));
    assert.deepEqual(layout.columns.map((c) => c.taken), summary.series.map((d) => d.stats.taken));
    assert.deepEqual(layout.columns.map((c) => c.codingMs), summary.series.map((d) => d.stats.codingMs));
    const [first, , , , , , , peak] = layout.columns;
    const range = CHART.takenBaseline - CHART.takenTop;
    assert.equal(layout.takenScale, 6);
    assert.equal(peak.takenHeight, range);
    assert.equal(first.takenHeight, Math.round((range * 2 / 6) * 100) / 100);
    assert.equal(first.takenY + first.takenHeight, CHART.takenBaseline);
    assert.equal(layout.columns[1].takenHeight, 0);
    assert.equal(layout.columns[1].codingHeight, 0);
    assert.equal(layout.codingScaleMs, 3 * HOUR);
    assert.equal(layout.codingScaleLabel, '3 h');
    assert.equal(peak.codingHeight, Math.round(((CHART.codingBaseline - CHART.codingTop) * 150 / 180) * 100) / 100);
    assert.ok(layout.columns.every((c, i) => i === 0 || c.x > layout.columns[i - 1].x), 'left to right, oldest first');
    assert.ok(layout.columns[13].today && layout.columns.slice(0, 13).every((c) => !c.today));
    assert.equal(layout.columns[0].month, 'Nov');
    assert.equal(layout.columns[1].month, null);
    assert.equal(peak.title, 'Fri 20 Nov: 6 breaks taken, 2 h 30 min of coding');
  });

  it('one break is not drawn as a full bar, and an hour scale is at least one hour', function () {
    const layout = chartLayout([{ date: '2026-11-26', stats: stats({ taken: 1, codingMs: 5 * MINUTE }) }], words);
    assert.equal(layout.takenScale, CHART.minTakenScale);
    assert.equal(layout.codingScaleMs, HOUR);
  });

  it('draws at the width asked, within bounds, with shorter labels in narrow columns', function () {
    const wide = chartLayout(summary.series, words, 600);
    assert.equal(wide.width, 600);
    assert.equal(wide.columns[13].weekday, 'Today');
    assert.equal(wide.columns[0].weekday, 'Fri');
    const narrow = chartLayout(summary.series, words, 100);
    assert.equal(narrow.width, CHART.minWidth);
    assert.equal(narrow.columns[0].weekday, 'Fr');
    assert.equal(chartLayout(summary.series, words, 5000).width, CHART.maxWidth);
  });

  it('names the chart with its main figures', function () {
    assert.equal(chartLabel(summary, words), 'Chart of the last 14 days, Fri 13 Nov to Thu 26 Nov. '
      + 'Breaks taken: 8 in all, most on Fri 20 Nov (6). Coding time: 4 h 45 min in all. '
      + 'The table that follows has the numbers of each day.');
    assert.equal(totalsText(summary, words), 'Last 14 days: 4 h 45 min of coding, 8 breaks taken, 1 skipped, 0 snoozed, 0 natural breaks; longest stretch 0 min.');
  });

  it('says how the streak stands', function () {
    const base = historySummary({}, now, utcDay);
    assert.match(streakText(base, words), /^No streak yet/);
    const withToday = { ...base, streak: 3, today: { date: '2026-11-26', stats: stats({ taken: 1 }) } };
    assert.equal(streakText(withToday, words), 'Current streak: 3 days in a row with at least one break taken, today included.');
    const notYet = { ...base, streak: 1 };
    assert.equal(streakText(notYet, words), 'Current streak: 1 day with at least one break taken, up to yesterday. A break today keeps it going.');
  });

  it('says there is nothing yet instead of showing numbers when there are none', function () {
    const none = historySummary({}, now, utcDay);
    assert.equal(hasData(none.series), false);
    assert.match(emptyText(none, words), /^No history yet\./);
    const old = historySummary({ '2026-01-01': stats({ taken: 3 }) }, now, utcDay);
    assert.equal(hasData(old.series), false);
    assert.equal(emptyText(old, words), 'Nothing recorded in the last 14 days.');
    assert.equal(hasData(summary.series), true);
    assert.equal(hasData(historySummary({ '2026-11-26': stats({ snoozed: 1 }) }, now, utcDay).series), true);
  });
});

describe('history view HTML', function () {
  const today: DayStats = stats({ codingMs: 83 * MINUTE, taken: 2, skipped: 1, snoozed: 3, natural: 4, longestStretchMs: 38 * MINUTE, offered: 6, offeredTaken: 5, outsideMs: 0 });
  const html = renderHistoryView(today, words);
  const text = html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

  it('has the heading, today\'s eight numbers (with the breaks offered at a good moment), the streak line, the chart container and the table', function () {
    assert.match(html, /<h1>Break history<\/h1>/);
    assert.match(renderShell({ cspSource: 'x', nonce: 'n', scriptUri: 's', styleUri: 'c', mode: 'history' }), /<title>Break history<\/title>/);
    for (const [key, value] of [['codingMs', '1 h 23 min'], ['taken', '2'], ['skipped', '1'], ['snoozed', '3'], ['natural', '4'], ['longestStretchMs', '38 min'],
      ['offered', '6'], ['offeredTaken', '5']]) {
      assert.match(html, new RegExp(`data-stat="${key}">${value}<`), key);
    }
    assert.match(html, /<p class="streak" id="history-streak" aria-live="polite"><\/p>/);
    assert.match(html, /<section class="history-days" id="history-days" aria-labelledby="days-title" aria-busy="true">/);
    assert.match(html, /<h2 id="days-title">Last 14 days<\/h2>/);
    assert.match(html, /<div class="chart" id="history-chart"><\/div>/);
    assert.match(html, /<table class="visually-hidden" id="history-table" hidden>\s*<caption>[^<]+<\/caption>/);
    assert.match(html, /<thead><tr><th scope="col">Date<\/th><th scope="col">Coding time<\/th><th scope="col">Breaks taken<\/th>/);
    assert.match(html, /<tbody id="history-rows"><\/tbody>/);
  });

  it('shows no number that did not come from the history, and no placeholder text', function () {
    assert.doesNotMatch(text, /placeholder|coming soon|not yet available|lorem|TODO|TBD/i);
    assert.doesNotMatch(html, /<svg|<rect|<tr data-date/, 'the chart and rows are drawn by the page from the data');
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const numbers = body.replace(/<[^>]*>/g, ' ').match(/\d+/g) ?? [];
    assert.deepEqual(numbers, ['1', '23', '2', '1', '3', '4', '38', '6', '5', '0', '14'], 'today\'s numbers and the "14" of the heading only');
  });

  it('links each view to the other, by a button naming the mode (no navigation)', function () {
    assert.match(html, /<button type="button" class="link" id="show-break" data-mode-target="break">Back to the break<\/button>/);
    assert.doesNotMatch(html, /id="show-history"/);
    const breakPage = renderBreakView(viewInput());
    assert.match(breakPage, /<button type="button" class="link" id="show-history" data-mode-target="history">Break history: the last 14 days<\/button>/);
    assert.doesNotMatch(breakPage, /id="show-break"|id="history-chart"/);
    for (const mode of ['break', 'history'] as const) {
      accepted(parsePanelMessage({ type: 'switchMode', mode }), 'switchMode');
    }
  });

  it('keeps the strict policy: no inline styles, scripts or handlers, and escapes what it shows', function () {
    assert.doesNotMatch(html, /\sstyle\s*=|<style|\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /<script\b/);
    const evil = renderHistoryView({ ...today, taken: '<img src=x>' as never, codingMs: Number.NaN }, words);
    assert.doesNotMatch(evil, /<img/);
    assert.doesNotMatch(evil, /NaN/);
  });
});
