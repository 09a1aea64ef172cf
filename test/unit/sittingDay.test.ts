// The sitting day in fake time: time at the computer outside VS Code counts
// through the same rules as editor activity (a sample is an activity at
// now - idle), by one sampler for all windows, only while none is focused.
import * as assert from 'node:assert/strict';
import * as FakeTimers from '@sinonjs/fake-timers';
import { FOCUS_SAMPLE_WAIT_MS } from '../../src/core/clock/inputSampler';
import { describeStatus } from '../../src/core/clock/statusText';
import type { ClockView } from '../../src/core/clock/view';
import { emptyDay } from '../../src/core/days/dayStats';
import { allowed } from '../../src/core/sitting/allowed';
import { historySummary } from '../../src/core/days/history';
import { renderHistoryView } from '../../src/webview/breakView';
import { totalsText } from '../../src/webview/historyView';
import { words } from './support/panelInput';
import type { Settings } from '../../src/core/settings';
import { countActivity, SAMPLE_WOBBLE_MS } from '../../src/core/clock/codingTime';
import { viewAt } from '../../src/core/clock/display';
import { mergeFrom } from '../../src/core/clock/merge';
import { applySample, holdsDuty, setFocused } from '../../src/core/clock/sampling';
import { restoreState, storedForm } from '../../src/core/clock/sharedWrites';
import { HOUR, MINUTE, newClock, SECOND, settings, T0, utcDay } from './support/clockHelpers';
import { Desk } from './support/desk';
import { ModelWindow, SharedFile } from './support/sharedFile';

interface Room {
  fake: FakeTimers.Clock;
  desk: Desk;
  file: SharedFile;
}

function room(): Room {
  const fake = FakeTimers.createClock(T0);
  return { fake, desk: new Desk(fake), file: new SharedFile(fake, 50) };
}

/** A window that counts time outside VS Code (the source is the desk), focused or not at start. */
function openWindow(r: Room, id: string, focused: boolean, overrides: Partial<Settings> = {}, outside = true): ModelWindow {
  const window = new ModelWindow(r.fake, r.file, id, overrides);
  if (outside) {
    window.driver.setOutside('on', r.desk.sample);
  }
  window.driver.startFocused(focused);
  return window;
}

/** The person comes back to `window`: its focus waits for one sample (the fake time runs meanwhile). */
async function comeBack(r: Room, window: ModelWindow): Promise<void> {
  const back = window.focusWithSample();
  await r.fake.tickAsync(FOCUS_SAMPLE_WAIT_MS + 1);
  await back;
}

/** Typing in `window` every `everyMs` for `durationMs`: input at the desk, and edits in VS Code. */
async function code(r: Room, window: ModelWindow, durationMs: number, everyMs = 10 * SECOND): Promise<void> {
  for (let elapsed = 0; elapsed < durationMs; elapsed += everyMs) {
    await r.fake.tickAsync(everyMs);
    r.desk.input();
    window.activity('edit');
  }
}

describe('the sitting day: time outside VS Code', function () {
  it('a meeting with input elsewhere counts as sitting: back in VS Code, the break is due, not 0m (editor only: a natural break)', async function () {
    for (const outside of [true, false]) {
      const r = room();
      const a = openWindow(r, 'a', true, {}, outside);
      await code(r, a, 20 * MINUTE);
      a.blur();
      await r.desk.inputFor(50 * MINUTE, 40 * SECOND);
      await comeBack(r, a);
      const view = a.driver.view();
      if (outside) {
        assert.ok(view.stretchMs >= 69 * MINUTE && view.stretchMs <= 70 * MINUTE + SECOND, `at the desk ${view.stretchMs / MINUTE} min`);
        assert.ok(view.outsideMs >= 49 * MINUTE && view.outsideMs <= 50 * MINUTE + SECOND, `elsewhere ${view.outsideMs / MINUTE} min`);
        assert.deepEqual([view.due, view.prompt, view.today.natural], [true, true, 0]);
        assert.equal(view.today.outsideMs, view.outsideMs);
        assert.equal(view.today.codingMs, view.stretchMs - view.outsideMs);
      } else {
        assert.deepEqual([view.stretchMs, view.due, view.today.natural], [0, false, 1], 'editor only: the meeting reads as a natural break');
      }
    }
  });

  it('a lunch away is a natural break, as today', async function () {
    const r = room();
    const a = openWindow(r, 'a', true);
    await code(r, a, 20 * MINUTE);
    a.blur();
    await r.fake.tickAsync(30 * MINUTE); // nobody at the computer
    await r.desk.inputFor(MINUTE, 10 * SECOND); // back: reads mail in the browser
    await comeBack(r, a);
    const view = a.driver.view();
    assert.equal(view.today.natural, 1);
    assert.ok(view.stretchMs <= MINUTE + SECOND, `${view.stretchMs / SECOND} s since lunch`);
    assert.equal(view.due, false);
  });

  it('a sample older than the last editor activity changes nothing: never backwards, never twice', function () {
    const clock = newClock();
    clock.outside = 'on';
    setFocused(clock, T0, false);
    countActivity(clock, T0, 'edit');
    countActivity(clock, T0 + 60 * SECOND, 'edit');
    const before = JSON.stringify(storedForm(clock));
    for (const at of [T0 + 60 * SECOND, T0 + 30 * SECOND, T0 - HOUR]) {
      assert.equal(applySample(clock, { idleMs: T0 + 90 * SECOND - at, at: T0 + 90 * SECOND }, null, null), false);
    }
    assert.equal(JSON.stringify(storedForm(clock)), before, 'the stored state did not change at all');
    assert.equal(viewAt(clock, T0 + 90 * SECOND).stretchMs, 60 * SECOND);
    // A later one counts once; the same sample again counts nothing more.
    const later = { idleMs: 0, at: T0 + 100 * SECOND };
    applySample(clock, later, null, null);
    applySample(clock, later, null, null);
    assert.equal(viewAt(clock, T0 + 100 * SECOND).stretchMs, 100 * SECOND);
    assert.equal(viewAt(clock, T0 + 100 * SECOND).outsideMs, 40 * SECOND, 'elsewhere from the blur on');
    // The same last input read again lands a few ms later (the answer's own
    // timing): still the same input, so nothing more counts.
    for (const wobble of [2, 7, 40, SAMPLE_WOBBLE_MS - 1]) {
      assert.equal(applySample(clock, { idleMs: 20 * SECOND - wobble, at: T0 + 120 * SECOND }, null, null), false, `${wobble} ms later`);
    }
    assert.equal(viewAt(clock, T0 + 120 * SECOND).stretchMs, 100 * SECOND);
  });

  it('the gap before the window lost focus was time in VS Code; after it, elsewhere', function () {
    const clock = newClock();
    clock.outside = 'on';
    countActivity(clock, T0, 'edit');
    setFocused(clock, T0 + 30 * SECOND, false); // read for 30 s, then switched to the browser
    applySample(clock, { idleMs: 0, at: T0 + 70 * SECOND }, null, null);
    const view = viewAt(clock, T0 + 70 * SECOND);
    assert.deepEqual([view.stretchMs - view.outsideMs, view.outsideMs], [30 * SECOND, 40 * SECOND]);
  });

  it('a sample at the return to VS Code comes before the focus, and the focus waits for it no more than 500 ms', async function () {
    for (const [delay, counted] of [[200, true], [FOCUS_SAMPLE_WAIT_MS + 300, false]] as const) {
      const r = room();
      const a = openWindow(r, 'a', true);
      await code(r, a, 5 * MINUTE);
      a.blur();
      await r.desk.inputFor(30 * SECOND, 5 * SECOND); // before the first tick of the sampler
      r.desk.answerDelayMs = delay;
      const returned = r.fake.now;
      await comeBack(r, a);
      assert.equal(r.desk.answered.length, counted ? 1 : 0, counted ? 'the sample answered in time' : 'the late sample was not waited for');
      const stored = JSON.parse(r.file.text as string) as { lastActivity: number; focus: { id: string } };
      assert.equal(stored.focus.id, 'a');
      assert.ok(stored.lastActivity >= returned + Math.min(delay, FOCUS_SAMPLE_WAIT_MS), 'the focus counted after the wait');
      const view = a.driver.view();
      assert.ok(view.outsideMs >= 30 * SECOND, `${view.outsideMs / SECOND} s elsewhere`);
    }
  });

  it('three windows, one sampler: the window that blurred last samples, once a period, and nobody while a window is focused', async function () {
    const r = room();
    const [a, b, c] = [openWindow(r, 'a', false), openWindow(r, 'b', false), openWindow(r, 'c', true)];
    await code(r, c, 2 * MINUTE);
    c.blur();
    await r.desk.inputFor(10 * MINUTE, 20 * SECOND);
    const samples = [a, b, c].map((w) => w.driver.stats.samples);
    assert.deepEqual(samples, [0, 0, 10], 'one sample a minute, by c alone');
    await comeBack(r, a);
    await code(r, a, 5 * MINUTE);
    assert.deepEqual([a, b, c].map((w) => w.driver.stats.samples), samples, 'no sample while a window is focused');
    const view = a.driver.view();
    // c's first edit came 10 s after the start: 1 min 50 s coding, 10 min elsewhere, 5 min coding in a.
    assert.ok(view.stretchMs >= 16 * MINUTE + 50 * SECOND - SECOND, `${view.stretchMs / MINUTE} min, nothing lost at the handovers`);
    assert.ok(view.outsideMs >= 10 * MINUTE - SECOND && view.outsideMs <= 10 * MINUTE + SECOND, `${view.outsideMs / MINUTE} min elsewhere`);
  });

  it('the sampler window crashes: another unfocused window takes the duty over once the lease ran out by one period (losing at most three periods); closed cleanly, at once', async function () {
    const r = room();
    const [a, b] = [openWindow(r, 'a', true), openWindow(r, 'b', false)];
    await code(r, a, MINUTE);
    a.blur();
    await r.desk.inputFor(3 * MINUTE, 10 * SECOND);
    assert.equal(a.driver.stats.samples, 3);
    a.driver.dispose(); // crashed: no blur, no write
    await r.desk.inputFor(10 * MINUTE, 10 * SECOND);
    assert.ok(b.driver.stats.samples >= 8 && b.driver.stats.samples <= 9, `b took over: ${b.driver.stats.samples} samples`);
    await r.fake.tickAsync(1); // the last answer arrives
    const view = b.driver.view();
    // Lost: the crashed window's sample under way, and the two periods before the takeover.
    assert.ok(view.outsideMs >= 13 * MINUTE - 3 * MINUTE - 20 * SECOND, `${view.outsideMs / MINUTE} min elsewhere`);

    const r2 = room();
    const [c, d] = [openWindow(r2, 'c', true), openWindow(r2, 'd', false)];
    await code(r2, c, MINUTE);
    c.blur();
    await r2.desk.inputFor(3 * MINUTE, 10 * SECOND);
    c.driver.stop(); // closed: gives the duty up
    c.driver.dispose();
    await r2.desk.inputFor(10 * MINUTE, 10 * SECOND);
    assert.ok(d.driver.stats.samples >= 10, `d took over at once: ${d.driver.stats.samples} samples`);
    await r2.fake.tickAsync(1);
    assert.ok(d.driver.view().outsideMs >= 13 * MINUTE - 20 * SECOND, `${d.driver.view().outsideMs / MINUTE} min elsewhere: nothing lost`);
  });

  it('a window that crashes while focused stops the sampling until the next focus or blur', async function () {
    const r = room();
    const [a, b] = [openWindow(r, 'a', true), openWindow(r, 'b', false)];
    await code(r, a, MINUTE);
    a.driver.dispose(); // crashed while focused: the shared focus still names it
    await r.desk.inputFor(10 * MINUTE, 10 * SECOND);
    assert.equal(b.driver.stats.samples, 0);
    await comeBack(r, b);
    b.blur();
    await r.desk.inputFor(3 * MINUTE, 10 * SECOND);
    assert.equal(b.driver.stats.samples, 3, 'b samples again once it was focused and blurred');
  });

  it('a tick long after its period (the machine slept) does not trust the idle: the sleep is a natural break', async function () {
    const r = room();
    const a = openWindow(r, 'a', true);
    await code(r, a, 10 * MINUTE);
    a.blur();
    await r.desk.inputFor(2 * MINUTE, 10 * SECOND);
    const sleptAt = r.fake.now;
    r.fake.setSystemTime(sleptAt + HOUR); // asleep: no timer ran
    r.desk.asleep = { from: sleptAt, to: sleptAt + HOUR }; // and the idle counter leaves the sleep out
    r.desk.input();
    await r.desk.inputFor(2 * MINUTE, 10 * SECOND);
    const view = a.driver.view();
    assert.equal(view.today.natural, 1, 'the sleep ended the stretch');
    assert.ok(view.stretchMs <= 2 * MINUTE + SECOND, `${view.stretchMs / MINUTE} min since waking`);
  });

  for (const idleSeconds of [15, 30, 120]) {
    it(`idleSeconds ${idleSeconds}: steady input elsewhere is counted in full (the period is at most half of it)`, async function () {
      const r = room();
      const a = openWindow(r, 'a', true, { idleSeconds, naturalBreakMinutes: 5 });
      await code(r, a, MINUTE, 5 * SECOND);
      a.blur();
      await r.desk.inputFor(30 * MINUTE, 5 * SECOND);
      const view = a.driver.view();
      const period = Math.min(60, idleSeconds / 2) * SECOND;
      assert.ok(view.outsideMs >= 30 * MINUTE - period - 5 * SECOND, `${view.outsideMs / SECOND} s of 1800 s elsewhere`);
      assert.equal(view.today.natural, 0);
    });
  }

  it('turned off while a sample is under way: the answer is dropped, and sampling stops', async function () {
    const r = room();
    const a = openWindow(r, 'a', true);
    await code(r, a, MINUTE);
    a.blur();
    r.desk.answerDelayMs = 2 * SECOND;
    await r.desk.inputFor(MINUTE, 10 * SECOND); // the first tick's sample is under way
    const before = a.driver.view();
    a.driver.setOutside('setting');
    await r.desk.inputFor(5 * MINUTE, 10 * SECOND);
    const after = a.driver.view();
    assert.equal(after.outsideMs, before.outsideMs);
    assert.equal(after.stretchMs, before.stretchMs);
    assert.equal(a.driver.stats.samples, 1);
  });

  it('input elsewhere never claims the notification: a due break is shown by the window that regains focus', async function () {
    const r = room();
    const notification = { reminderStyle: 'notification' as const, intervalMinutes: 10 };
    const [a, b] = [openWindow(r, 'a', true, notification), openWindow(r, 'b', false, notification)];
    await code(r, a, 5 * MINUTE);
    a.blur();
    await r.desk.inputFor(10 * MINUTE, 20 * SECOND);
    assert.equal(a.driver.view().due, true, 'due while elsewhere');
    assert.deepEqual([a.driver.claimNotification(), b.driver.claimNotification()], [false, false], 'no unfocused window claims it');
    await comeBack(r, b);
    assert.deepEqual([a.driver.claimNotification(), b.driver.claimNotification()], [false, true], 'the window that regained focus shows it');
  });
});

describe('the sitting day in the shared state', function () {
  it('a stored state from before it (no outsideMs, focus or lease) reads without a problem; garbage in them is named and replaced', function () {
    const old = newClock();
    countActivity(old, T0, 'edit');
    countActivity(old, T0 + MINUTE, 'edit');
    const stored = storedForm(old) as unknown as Record<string, unknown>;
    for (const field of ['outsideMs', 'focus', 'sampler', 'daysSince']) {
      delete stored[field];
    }
    const fresh = newClock();
    assert.equal(mergeFrom(fresh, stored, T0 + MINUTE), true);
    assert.equal(viewAt(fresh, T0 + MINUTE).stretchMs, MINUTE);
    const { problems } = restoreState({ ...stored, outsideMs: -1, focus: { id: 7, at: 0 }, sampler: 'me' }, T0 + MINUTE, { settings: settings(), writerId: 'r' });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems.join('\n'), /outsideMs was -1, not valid; using 0\./);
    assert.match(problems.join('\n'), /focus was object, not valid; using none\./);
  });

  it('merging: the later focus decision wins, the lease that lasts longer wins, times elsewhere take the larger', function () {
    const a = newClock({}, undefined, 'a');
    const b = newClock({}, undefined, 'b');
    for (const clock of [a, b]) {
      clock.outside = 'on';
    }
    countActivity(a, T0, 'focus');
    mergeFrom(b, storedForm(a), T0);
    setFocused(a, T0 + SECOND, false); // a blurs: none focused, a samples
    countActivity(b, T0 + 2 * SECOND, 'focus'); // b focuses, before it saw a's blur
    mergeFrom(a, storedForm(b), T0 + 3 * SECOND);
    mergeFrom(b, storedForm(a), T0 + 3 * SECOND);
    for (const clock of [a, b]) {
      const stored = storedForm(clock);
      assert.deepEqual([stored.focus.id, stored.sampler?.id], ['b', 'a'], 'b is focused: nobody samples although a holds the lease');
      assert.equal(holdsDuty(clock), false);
    }
  });
});

describe('where time outside VS Code is counted, and what the status bar says of it', function () {
  it('off: nowhere; the browser: never; auto: on the person\'s side only; on: also a server host', function () {
    const table = (['auto', 'on', 'off'] as const).map((setting) => [setting,
      allowed(setting, true, true), allowed(setting, true, false), allowed(setting, false, true)]);
    assert.deepEqual(table, [
      ['auto', 'ask', 'remote', 'browser'],
      ['on', 'ask', 'ask', 'browser'],
      ['off', 'setting', 'setting', 'setting'],
    ]);
  });

  const view = (overrides: Partial<ClockView>): ClockView => ({
    stretchMs: 42 * MINUTE, outsideMs: 25 * MINUTE, outside: 'on', dueAtCodingMs: 60 * MINUTE, due: false, prompt: false, offered: null,
    heldBy: null, pausedUntil: null, idle: false, today: { ...emptyDay(), codingMs: 17 * MINUTE, outsideMs: 25 * MINUTE }, ...overrides,
  });

  it('counted: the text stays the count; the tooltip and the screen-reader label speak of the desk and split it', function () {
    const status = describeStatus(view({}), 'statusBar', T0, () => '10:07');
    assert.equal(status.text, '$(watch) 42m');
    assert.match(status.tooltip, /^Posture Breaks: 42 minutes at your desk: 17 in VS Code, 25 elsewhere\. Break due in 18 minutes/);
    assert.match(status.tooltip, /\nToday: 17 minutes in VS Code and 25 minutes elsewhere at the computer, /);
    assert.match(status.ariaLabel, /^Posture Breaks: 42 minutes at your desk: 17 in VS Code, 25 elsewhere\./);
    const due = describeStatus(view({ stretchMs: 61 * MINUTE, due: true, prompt: true }), 'statusBar', T0, () => '10:07');
    assert.match(due.tooltip, /time for a stretch break, after 1 hour 1 minute at your desk: 36 in VS Code, 25 elsewhere\./);
  });

  it('not counted: as before, and the tooltip says why unless the person turned it off', function () {
    const off = describeStatus(view({ stretchMs: 23 * MINUTE, outsideMs: 0, outside: 'setting' }), 'statusBar', T0, () => '10:07');
    assert.match(off.tooltip, /^Posture Breaks: 23 minutes of continuous coding\./);
    assert.equal(off.tooltip.split('\n').length, 2, 'no line about time outside VS Code');
    for (const [outside, why] of [['browser', /in the browser/], ['remote', /runs on the remote machine.*countTimeOutsideEditor/], ['platform', /operating system/], ['failed', /the log says why/]] as const) {
      const status = describeStatus(view({ stretchMs: 23 * MINUTE, outsideMs: 0, outside }), 'statusBar', T0, () => '10:07');
      assert.match(status.tooltip, /^Posture Breaks: 23 minutes of continuous coding\./);
      const last = status.tooltip.split('\n')[2];
      assert.match(last, /^Time at the computer outside VS Code is not counted here: /);
      assert.match(last, why);
    }
  });
});

describe('the history of the sitting day', function () {
  it('the history\'s totals say the time outside VS Code once there is a minute of it; the table has its column', function () {
    const day = (outsideMs: number) => ({ ...emptyDay(), codingMs: 90 * MINUTE, taken: 2, outsideMs });
    const now = Date.UTC(2026, 10, 26, 12);
    const without = totalsText(historySummary({ '2026-11-26': day(0) }, now, utcDay), words);
    const withOutside = totalsText(historySummary({ '2026-11-26': day(80 * MINUTE) }, now, utcDay), words);
    assert.doesNotMatch(without, /outside VS Code/);
    assert.match(withOutside, /^Last 14 days: 1 h 30 min of coding, .*\. Time at the computer outside VS Code: 1 h 20 min\.$/);
    assert.match(renderHistoryView(emptyDay(), words), /<th scope="col">Elsewhere at the computer<\/th>/);
  });
});
