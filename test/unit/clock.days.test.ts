import * as assert from 'node:assert/strict';
import { countActivity } from '../../src/core/clock/codingTime';
import { skip, take } from '../../src/core/clock/decisions';
import { viewAt } from '../../src/core/clock/display';
import { newClockState } from '../../src/core/clock/state';
import { localDayKey, MAX_DAYS } from '../../src/core/days/dayLedger';
import { activeFor, DAY, dayAtOffset, HOUR, MINUTE, newClock, SECOND, settings } from './support/clockHelpers';

describe('coding clock: history per local day', function () {
  it('splits coding time at local midnight', function () {
    const clock = newClock();
    countActivity(clock, Date.UTC(2026, 0, 5, 23, 59, 30), 'other');
    countActivity(clock, Date.UTC(2026, 0, 6, 0, 0, 50), 'other'); // an 80 s gap across midnight
    assert.equal(clock.ledger.all['2026-01-05'].codingMs, 30 * SECOND);
    assert.equal(clock.ledger.all['2026-01-06'].codingMs, 50 * SECOND);
    assert.equal(viewAt(clock, Date.UTC(2026, 0, 6, 0, 1)).stretchMs, 80 * SECOND, 'the stretch goes on');
  });

  it('records breaks on the day they happen, and the longest stretch ending or running each day', function () {
    const clock = newClock();
    // Day 1: a 40-minute stretch, skipped; a 20-minute stretch still running at midnight.
    const skipAt = activeFor(clock, Date.UTC(2026, 0, 5, 22, 0), Date.UTC(2026, 0, 5, 22, 40), 10 * SECOND);
    skip(clock, skipAt);
    activeFor(clock, Date.UTC(2026, 0, 5, 23, 40), Date.UTC(2026, 0, 6, 0, 10), 10 * SECOND);
    take(clock, Date.UTC(2026, 0, 6, 0, 10));
    const day1 = clock.ledger.all['2026-01-05'];
    const day2 = clock.ledger.all['2026-01-06'];
    assert.deepEqual(
      [day1.skipped, day1.taken, day1.longestStretchMs, day1.codingMs],
      [1, 0, 40 * MINUTE, 60 * MINUTE],
    );
    assert.deepEqual([day2.skipped, day2.taken, day2.longestStretchMs, day2.codingMs], [0, 1, 30 * MINUTE, 10 * MINUTE]);
  });

  it('records a natural break on the day of the activity that ends it', function () {
    const clock = newClock();
    const last = activeFor(clock, Date.UTC(2026, 0, 5, 23, 0), Date.UTC(2026, 0, 5, 23, 50), 10 * SECOND);
    countActivity(clock, last + 9 * HOUR, 'other');
    assert.equal(clock.ledger.all['2026-01-05'].natural, 0);
    assert.equal(clock.ledger.all['2026-01-06'].natural, 1);
  });

  it('today in the view is the local day of the time asked', function () {
    const clock = newClock();
    activeFor(clock, Date.UTC(2026, 0, 5, 23, 50), Date.UTC(2026, 0, 5, 23, 55), 10 * SECOND);
    assert.equal(viewAt(clock, Date.UTC(2026, 0, 5, 23, 59)).today.codingMs, 5 * MINUTE);
    assert.deepEqual(viewAt(clock, Date.UTC(2026, 0, 6, 0, 1)).today,
      { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0, offered: 0, offeredTaken: 0, outsideMs: 0 });
  });

  it('follows a daylight-saving change: a 23-hour day ends at the new local midnight', function () {
    // A zone at UTC+1 that moves to UTC+2 at 01:00 UTC on 29 March 2026.
    const change = Date.UTC(2026, 2, 29, 1, 0);
    const localDay = (ms: number) => dayAtOffset(ms < change ? HOUR : 2 * HOUR)(ms);
    const clock = newClock({}, localDay);
    // Local midnight of 30 March is 22:00 UTC on 29 March (UTC+2).
    activeFor(clock, Date.UTC(2026, 2, 29, 21, 50), Date.UTC(2026, 2, 29, 22, 10), 10 * SECOND);
    assert.equal(clock.ledger.all['2026-03-29'].codingMs, 10 * MINUTE);
    assert.equal(clock.ledger.all['2026-03-30'].codingMs, 10 * MINUTE);
  });

  it('follows a time-zone change in the middle of a stretch (travel east)', function () {
    // UTC until 20:00 UTC on 5 January, then UTC+9 (where it is already 6 January, 05:00).
    const change = Date.UTC(2026, 0, 5, 20, 0);
    const localDay = (ms: number) => dayAtOffset(ms < change ? 0 : 9 * HOUR)(ms);
    const clock = newClock({}, localDay);
    activeFor(clock, change - 5 * MINUTE, change + 5 * MINUTE, 7 * SECOND);
    const before = clock.ledger.all['2026-01-05'].codingMs;
    const after = clock.ledger.all['2026-01-06'].codingMs;
    assert.equal(before, 5 * MINUTE, 'the gap across the change is split at the change');
    assert.equal(before + after, viewAt(clock, change + 5 * MINUTE).stretchMs);
  });

  it('keeps the time of a day it goes back to (travel west), nothing lost or counted twice', function () {
    // UTC+9 until 16:00 UTC on 5 January (01:00 on 6 January there), then UTC: back to 5 January.
    const change = Date.UTC(2026, 0, 5, 16, 0);
    const localDay = (ms: number) => dayAtOffset(ms < change ? 9 * HOUR : 0)(ms);
    const clock = newClock({}, localDay);
    const last = activeFor(clock, change - 10 * MINUTE, change + 10 * MINUTE, 10 * SECOND);
    const total = Object.values(clock.ledger.all).reduce((sum, day) => sum + day.codingMs, 0);
    assert.equal(total, 20 * MINUTE);
    assert.equal(viewAt(clock, last).stretchMs, 20 * MINUTE);
    assert.equal(clock.ledger.all['2026-01-05'].codingMs, 10 * MINUTE);
  });

  it(`keeps at most ${MAX_DAYS} days, dropping the oldest`, function () {
    const clock = newClock();
    const first = Date.UTC(2025, 0, 1, 12, 0);
    for (let day = 0; day < 400; day++) {
      activeFor(clock, first + day * DAY, first + day * DAY + MINUTE, 10 * SECOND);
    }
    const keys = Object.keys(clock.ledger.all).sort();
    assert.equal(keys.length, MAX_DAYS);
    assert.equal(keys[keys.length - 1], new Date(first + 399 * DAY).toISOString().slice(0, 10));
    assert.equal(keys[0], new Date(first + (400 - MAX_DAYS) * DAY).toISOString().slice(0, 10));
  });

  it('by default, uses the local date of this machine', function () {
    const clock = newClockState({ settings: settings(), writerId: 'w' });
    const noon = new Date(2026, 6, 14, 12, 0).getTime();
    countActivity(clock, noon, 'other');
    countActivity(clock, noon + 30 * SECOND, 'other');
    assert.deepEqual(Object.keys(clock.ledger.all), ['2026-07-14']);
    assert.equal(localDayKey(new Date(2026, 0, 2, 0, 0, 1).getTime()), '2026-01-02');
    assert.equal(localDayKey(new Date(2026, 11, 31, 23, 59, 59).getTime()), '2026-12-31');
  });
});
