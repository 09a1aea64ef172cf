// The benchmark's simulated day (test/bench/day*.ts): the trace is the day the
// benchmark says it is, the sitting is measured from the trace's truth, and
// the day played through the real core shows what the figures claim (editor
// only, the meeting reads as a natural break; with the system's input time it
// counts, and the prompt waits for the return to VS Code).
import * as assert from 'node:assert/strict';
import { breakMs, playDay, type DayRun } from '../bench/dayPlayer';
import { dayFigures, sittings } from '../bench/daySitting';
import { buildDay, dayTime, subtract, WORKING_DAY, type DayEvent, type DayPart, type DayTrace, type Interval } from '../bench/dayTrace';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

const eventsIn = (trace: DayTrace, from: number, to: number): DayEvent[] => trace.events.filter((event) => event.at >= from && event.at <= to);
const gaps = (moments: number[]) => moments.slice(1).map((at, i) => at - moments[i]);
const within = (at: number, from: number, to: number) => at >= from && at <= to;

describe('the benchmark\'s working day: the trace', function () {
  const trace = buildDay(1);

  it('is in time order, from 09:00 to 17:00, the same for a seed and another for another seed', function () {
    assert.deepEqual(gaps(trace.events.map((event) => event.at)).filter((gap) => gap < 0), []);
    assert.deepEqual([trace.start, trace.end], [dayTime('09:00'), dayTime('17:00')]);
    assert.deepEqual(buildDay(1), trace);
    assert.notDeepEqual(buildDay(2).events, trace.events);
    assert.deepEqual(trace.parts.map((part) => part.name), WORKING_DAY.map((part) => part.kind));
  });

  it('the meeting: 50 minutes with VS Code unfocused, input never a minute apart', function () {
    const [from, to] = [dayTime('10:20'), dayTime('11:10')];
    const meeting = eventsIn(trace, from, to);
    assert.deepEqual([meeting[0].action.type, meeting[meeting.length - 1].action.type], ['blur', 'focus']);
    assert.deepEqual([meeting[0].at, meeting[meeting.length - 1].at], [from, to]);
    assert.deepEqual([...new Set(meeting.slice(1, -1).map((event) => event.action.type))], ['input']);
    assert.ok(Math.max(...gaps(meeting.map((event) => event.at))) <= MINUTE);
  });

  it('lunch: 30 minutes away, nothing at all; then 40 minutes in the browser with a scroll every one to two minutes', function () {
    assert.deepEqual(trace.away, [{ from: dayTime('12:30'), to: dayTime('13:00') }]);
    assert.deepEqual(trace.events.filter((event) => event.at > dayTime('12:30') && event.at < dayTime('13:00')), []);
    const reading = eventsIn(trace, dayTime('13:00'), dayTime('13:40'));
    assert.deepEqual([reading[0].action.type, reading[reading.length - 1].action.type], ['blur', 'focus']);
    const scrolls = gaps(reading.map((event) => event.at));
    assert.ok(scrolls.every((gap) => gap <= 2 * MINUTE), 'a scroll at least every two minutes');
    assert.ok(scrolls.slice(0, -1).every((gap) => gap >= MINUTE), 'and no more often than every minute');
  });

  it('coding: bursts of keystrokes under a second apart, and every look elsewhere back in VS Code within four minutes', function () {
    for (const burst of trace.typing) {
      const keys = eventsIn(trace, burst.from, burst.to).filter((event) => event.action.type !== 'goodMoment');
      assert.ok(gaps(keys.map((event) => event.at)).every((gap) => gap < SECOND), `the burst at ${new Date(burst.from).toISOString()}`);
    }
    assert.ok(trace.typing.length > 200, `${trace.typing.length} bursts`);
    const switches = trace.events.filter((event) => event.action.type === 'blur' || event.action.type === 'focus');
    for (let i = 0; i < switches.length; i += 2) {
      const [blur, focus] = [switches[i], switches[i + 1]];
      const scheduled = [dayTime('10:20'), dayTime('13:00')].includes(blur.at);
      assert.deepEqual([blur.action.type, focus.action.type], ['blur', 'focus']);
      assert.ok(scheduled || focus.at - blur.at <= 4 * MINUTE, `a look elsewhere from ${new Date(blur.at).toISOString()}`);
    }
  });

  it('one build task that ends at 12:04 and one commit after 14:30, each a good moment', function () {
    const moments = trace.events.filter((event) => event.action.type === 'goodMoment');
    assert.deepEqual(moments.map((event) => event.action), [{ type: 'goodMoment', source: 'task' }, { type: 'goodMoment', source: 'commit' }]);
    assert.equal(moments[0].at, dayTime('12:04'));
    assert.ok(within(moments[1].at, dayTime('14:30') + 10 * SECOND, dayTime('14:30') + 21 * SECOND));
  });
});

describe('the benchmark\'s working day: sitting, measured from the truth', function () {
  const M = (minutes: number) => minutes * MINUTE;
  const run = (fields: Partial<DayRun>): DayRun => ({
    mode: 'withSource', dueAt: [], seen: [], breaks: [], naturalAt: [], samples: 0, unfocusedMs: 0, today: undefined as never, ...fields,
  });
  const trace: DayTrace = { start: 0, end: M(100), events: [], away: [{ from: M(50), to: M(60) }], typing: [], parts: [] };

  it('the day minus the away parts and the breaks', function () {
    const cut = (within: Interval, gapsOf: Interval[]) => subtract(within, gapsOf).map(({ from, to }) => [from, to]);
    assert.deepEqual(cut({ from: 0, to: 10 }, [{ from: 8, to: 12 }, { from: 2, to: 3 }, { from: -5, to: 1 }]), [[1, 2], [3, 8]]);
    assert.deepEqual(cut({ from: 0, to: 10 }, [{ from: 0, to: 10 }]), []);
    assert.deepEqual(cut({ from: 0, to: 10 }, [{ from: 3, to: 5 }, { from: 4, to: 6 }]), [[0, 3], [6, 10]]);
  });

  it('until due and until seen run from sitting down; a stretch with no due or no prompt counts whole', function () {
    const played = run({ dueAt: [M(30), M(85)], seen: [{ at: M(40), midTyping: true, offered: null }], breaks: [{ from: M(40), to: M(45) }] });
    assert.deepEqual(sittings(trace, played), [
      { from: 0, to: M(40), dueAt: M(30), seenAt: M(40) },
      { from: M(45), to: M(50), dueAt: null, seenAt: null },
      { from: M(60), to: M(100), dueAt: M(85), seenAt: null },
    ]);
    assert.deepEqual(dayFigures(trace, played, M(4.5)), {
      longestSittingMinutes: 30, seenDelayMinutes: 40, prompts: 1, promptsMidTyping: 1, breakMinutesOffered: 4.5,
    });
    assert.equal(dayFigures(trace, run({}), M(4.5)).longestSittingMinutes, 50, 'never due: the longest stretch whole');
  });
});

describe('the benchmark\'s working day through the core', function () {
  this.timeout(20_000);
  const at = (hhmm: string, seconds = 0) => dayTime(hhmm) + seconds * SECOND;

  it('a meeting: editor only, a natural break at the return; with the source it counts, and the prompt shows as VS Code is focused again', async function () {
    const schedule: DayPart[] = [{ kind: 'code', until: '09:25' }, { kind: 'meeting', minutes: 50 }, { kind: 'code', until: '10:30' }];
    for (const seed of [1, 2, 3]) {
      const trace = buildDay(seed, schedule);
      const editorOnly = await playDay(trace, 'editorOnly');
      assert.ok(editorOnly.naturalAt.some((moment) => moment === at('10:15')), `editor only: natural breaks at ${editorOnly.naturalAt.map((m) => new Date(m).toISOString())}`);
      assert.equal(editorOnly.dueAt.filter((moment) => within(moment, at('09:25'), at('10:15'))).length, 0);
      assert.deepEqual([editorOnly.samples, editorOnly.today.outsideMs], [0, 0]);

      const withSource = await playDay(trace, 'withSource');
      assert.deepEqual(withSource.naturalAt, []);
      assert.equal(withSource.dueAt.filter((moment) => within(moment, at('09:25'), at('10:15'))).length, 1, 'due during the meeting');
      assert.deepEqual(withSource.seen.map((prompt) => prompt.at).filter((moment) => moment > at('09:25')).slice(0, 1), [at('10:15')], 'seen at the return');
      assert.ok(withSource.today.outsideMs >= 49 * MINUTE, `${withSource.today.outsideMs / MINUTE} min elsewhere`);
      const perHour = withSource.samples / (withSource.unfocusedMs / (60 * MINUTE));
      assert.ok(perHour >= 55 && perHour <= 70, `${perHour} samples per unfocused hour`);

      const [editorFigures, sourceFigures] = [dayFigures(trace, editorOnly, breakMs()), dayFigures(trace, withSource, breakMs())];
      assert.ok(editorFigures.longestSittingMinutes > 60, `editor only: ${editorFigures.longestSittingMinutes} min until due`);
      assert.ok(sourceFigures.longestSittingMinutes < 45, `with the source: ${sourceFigures.longestSittingMinutes} min until due`);
      assert.ok(sourceFigures.seenDelayMinutes >= 50, 'the prompt is seen only after the meeting');
    }
  });

  it('lunch away is a natural break either way; the person sits down again when they come back', async function () {
    const trace = buildDay(4, [{ kind: 'code', until: '09:20' }, { kind: 'lunch', minutes: 30 }, { kind: 'code', until: '10:00' }]);
    for (const mode of ['editorOnly', 'withSource'] as const) {
      const played = await playDay(trace, mode);
      assert.equal(played.naturalAt.filter((moment) => within(moment, at('09:50'), at('09:50', 5))).length, 1, mode);
      assert.deepEqual(sittings(trace, played).map((sitting) => sitting.from), [at('09:00'), at('09:50')], mode);
    }
  });

  /** Typing from 09:00, a keystroke every second until `until`: the break comes due at 09:30, during the burst. */
  function typingUntil(until: number): DayTrace {
    const events: DayEvent[] = [];
    for (let t = at('09:00'); t <= until; t += SECOND) {
      events.push({ at: t, action: { type: 'edit' } });
    }
    return { start: at('09:00'), end: at('09:40'), events, away: [], typing: [{ from: at('09:00'), to: until }], parts: [] };
  }

  it('mid-typing: the typing wait holds the prompt to the end of a burst (not mid-typing); past its two minutes it comes inside the burst, and counts', async function () {
    const held = await playDay(typingUntil(at('09:30', 30)), 'editorOnly');
    assert.deepEqual(held.seen, [{ at: at('09:30', 35), midTyping: false, offered: null }]);
    const capped = await playDay(typingUntil(at('09:33')), 'editorOnly');
    assert.deepEqual(capped.seen, [{ at: at('09:32'), midTyping: true, offered: null }]);
    assert.deepEqual(capped.breaks, [{ from: at('09:32'), to: at('09:32') + breakMs() }], 'the rest of the burst is dropped: the person is on the break');
  });

  it('the whole day: every prompt seen is a break the clock records as taken; the source brings more prompts and shorter sitting', async function () {
    const trace = buildDay(1);
    const [editorOnly, withSource] = [await playDay(trace, 'editorOnly'), await playDay(trace, 'withSource')];
    for (const played of [editorOnly, withSource]) {
      assert.equal(played.today.taken, played.seen.length, `${played.mode}: taken as the panel records it`);
      assert.deepEqual(played.breaks.map((b) => b.from), played.seen.map((prompt) => prompt.at));
    }
    const [editorFigures, sourceFigures] = [dayFigures(trace, editorOnly, breakMs()), dayFigures(trace, withSource, breakMs())];
    assert.ok(sourceFigures.prompts > editorFigures.prompts);
    assert.ok(sourceFigures.longestSittingMinutes < editorFigures.longestSittingMinutes);
    assert.ok(withSource.dueAt.some((moment) => within(moment, at('10:20'), at('11:10'))), 'due during the meeting');
    assert.ok(editorOnly.naturalAt.includes(at('11:10')), 'editor only: the meeting was a natural break');
    assert.ok(!withSource.naturalAt.some((moment) => within(moment, at('10:20'), at('11:15'))), 'with the source it was not');
  });
});
