import * as assert from 'node:assert/strict';
import { csvField, historyCsv } from '../../src/core/days/csv';
import { pauseChoices, startOfNextDay } from '../../src/core/clock/pauseChoices';

describe('pause choices', function () {
  it('offers 30 min, 1 h, 2 h, until tomorrow and until I resume', function () {
    const now = new Date(2026, 10, 26, 17, 45).getTime();
    const choices = pauseChoices(now);
    assert.deepEqual(choices.map((choice) => choice.label), ['For 30 minutes', 'For 1 hour', 'For 2 hours', 'Until tomorrow', 'Until I resume']);
    assert.equal(choices[0].until, now + 30 * 60_000);
    assert.equal(choices[2].until, now + 120 * 60_000);
    assert.equal(choices[3].until, new Date(2026, 10, 27).getTime());
    assert.equal(choices[4].until, 'resume');
  });

  it('"until tomorrow" is the next local midnight, also at the end of a month and year', function () {
    assert.equal(startOfNextDay(new Date(2026, 11, 31, 23, 59).getTime()), new Date(2027, 0, 1).getTime());
    assert.equal(startOfNextDay(new Date(2026, 1, 28, 0, 0).getTime()), new Date(2026, 2, 1).getTime());
  });
});

describe('history CSV', function () {
  it('quotes fields as RFC 4180 says', function () {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
  });

  it('writes a header and one CRLF-ended row per day, oldest first, in minutes; time outside VS Code last, blank before it was recorded', function () {
    const days = {
      '2026-11-26': { codingMs: 90 * 60_000, taken: 2, skipped: 1, snoozed: 3, natural: 4, longestStretchMs: 35 * 60_000, offered: 2, offeredTaken: 1, outsideMs: 25 * 60_000 },
      '2026-11-25': { codingMs: 30 * 60_000, taken: 1, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 30 * 60_000, offered: 0, offeredTaken: 0, outsideMs: 0 },
    };
    const header = 'date,coding_minutes,breaks_taken,breaks_skipped,breaks_snoozed,natural_breaks,longest_stretch_minutes,'
      + 'breaks_offered_at_good_moments,offered_breaks_taken,outside_minutes\r\n';
    assert.equal(historyCsv(days, { outsideMs: '2026-11-26' }), header
      + '2026-11-25,30,1,0,0,0,30,0,0,\r\n'
      + '2026-11-26,90,2,1,3,4,35,2,1,25\r\n');
    assert.equal(historyCsv(days, { outsideMs: '2026-11-25' }), header
      + '2026-11-25,30,1,0,0,0,30,0,0,0\r\n'
      + '2026-11-26,90,2,1,3,4,35,2,1,25\r\n');
    assert.equal(historyCsv(days), header
      + '2026-11-25,30,1,0,0,0,30,0,0,\r\n'
      + '2026-11-26,90,2,1,3,4,35,2,1,\r\n', 'nothing recorded since it existed: blank');
  });
});
