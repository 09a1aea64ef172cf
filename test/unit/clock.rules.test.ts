import * as assert from 'node:assert/strict';
import { countActivity } from '../../src/core/clock/codingTime';
import { DEBUG_HOLD_MS, DEBUG_RENEW_MS, setDebugging } from '../../src/core/clock/debugHold';
import { decidePause, reset, skip, snooze, take } from '../../src/core/clock/decisions';
import { nextChangeAt, viewAt } from '../../src/core/clock/display';
import { mergeFrom } from '../../src/core/clock/merge';
import { setSettings } from '../../src/core/clock/state';
import { TYPING_PAUSE_MS, TYPING_WAIT_CAP_MS } from '../../src/core/clock/promptPolicy';
import { activeFor, HOUR, MINUTE, newClock, SECOND, settings, stored, T0, utcDay } from './support/clockHelpers';

describe('coding clock: gaps, idle and natural breaks', function () {
  it('counts a gap of at most idleSeconds fully, including a gap of exactly idleSeconds', function () {
    const clock = newClock({ idleSeconds: 120 });
    countActivity(clock, T0, 'other');
    countActivity(clock, T0 + 30 * SECOND, 'other');
    assert.equal(viewAt(clock, T0 + 30 * SECOND).stretchMs, 30 * SECOND);
    countActivity(clock, T0 + 150 * SECOND, 'other'); // a gap of exactly 120 s
    assert.equal(viewAt(clock, T0 + 150 * SECOND).stretchMs, 150 * SECOND);
  });

  it('counts nothing of a gap longer than idleSeconds, and keeps the count', function () {
    const clock = newClock({ idleSeconds: 120, naturalBreakMinutes: 5 });
    countActivity(clock, T0, 'other');
    countActivity(clock, T0 + MINUTE, 'other');
    countActivity(clock, T0 + MINUTE + 120 * SECOND + 1, 'other'); // 1 ms over idleSeconds
    assert.equal(viewAt(clock, T0 + 4 * MINUTE).stretchMs, MINUTE);
    countActivity(clock, T0 + MINUTE + 5 * MINUTE - 1, 'other'); // 1 ms short of a natural break
    assert.equal(viewAt(clock, T0 + 6 * MINUTE).stretchMs, MINUTE);
    assert.equal(viewAt(clock, T0 + 6 * MINUTE).today.natural, 0);
  });

  it('is idle only after more than idleSeconds without activity', function () {
    const clock = newClock({ idleSeconds: 120 });
    assert.equal(viewAt(clock, T0).idle, true, 'idle before any activity');
    countActivity(clock, T0, 'other');
    assert.equal(viewAt(clock, T0 + 120 * SECOND).idle, false);
    assert.equal(viewAt(clock, T0 + 120 * SECOND + 1).idle, true);
  });

  it('takes a gap of exactly naturalBreakMinutes as a natural break: count to zero, recorded once', function () {
    const clock = newClock({ naturalBreakMinutes: 5 });
    const last = activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
    countActivity(clock, last + 5 * MINUTE, 'other');
    const view = viewAt(clock, last + 5 * MINUTE);
    assert.equal(view.stretchMs, 0);
    assert.equal(view.today.natural, 1);
    assert.equal(view.today.codingMs, 10 * MINUTE, 'the gap itself is not coding time');
  });

  it('records no natural break when the stretch had no coding time', function () {
    const clock = newClock();
    countActivity(clock, T0, 'other');
    countActivity(clock, T0 + HOUR, 'other'); // a single activity is no coding time
    countActivity(clock, T0 + 3 * HOUR, 'other');
    assert.equal(viewAt(clock, T0 + 3 * HOUR).today.natural, 0);
  });

  it('does not advance the shown count without input, and never shows it going back between activities', function () {
    const clock = newClock({ idleSeconds: 120 });
    countActivity(clock, T0, 'other');
    countActivity(clock, T0 + 60 * SECOND, 'other');
    const shown = [0, 30, 119, 121, 200].map((s) => viewAt(clock, T0 + 60 * SECOND + s * SECOND).stretchMs);
    assert.deepEqual(shown, [60 * SECOND, 60 * SECOND, 60 * SECOND, 60 * SECOND, 60 * SECOND]);
    countActivity(clock, T0 + 60 * SECOND + 200 * SECOND, 'other'); // the gap was too long: nothing added, nothing removed
    assert.equal(viewAt(clock, T0 + 300 * SECOND).stretchMs, 60 * SECOND);
  });

  it('treats a 10-hour sleep as a natural break and counts none of it', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 20 * MINUTE, 5 * SECOND);
    const wake = last + 10 * HOUR;
    assert.equal(countActivity(clock, wake, 'other'), true);
    const view = viewAt(clock, wake);
    assert.equal(view.stretchMs, 0);
    assert.equal(view.due, false);
    assert.equal(view.today.natural, 1);
    assert.equal(clock.ledger.all['2026-01-05'].codingMs, 20 * MINUTE);
  });

  it('counts a clock jump backwards as no time, never negative, and counts on from the new time', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
    const back = last - HOUR;
    countActivity(clock, back, 'other');
    assert.equal(viewAt(clock, back).stretchMs, 10 * MINUTE);
    countActivity(clock, back + 30 * SECOND, 'other');
    assert.equal(viewAt(clock, back + 30 * SECOND).stretchMs, 10 * MINUTE + 30 * SECOND);
    assert.equal(clock.ledger.all['2026-01-05'].codingMs, 10 * MINUTE + 30 * SECOND);
  });

  it('counts nothing while disabled', function () {
    const clock = newClock({ enabled: false });
    assert.equal(countActivity(clock, T0, 'other'), false);
    countActivity(clock, T0 + 10 * SECOND, 'other');
    assert.equal(viewAt(clock, T0 + 10 * SECOND).stretchMs, 0);
    assert.equal(nextChangeAt(clock, T0 + 10 * SECOND), null);
  });
});

describe('coding clock: due, snooze, skip, take, reset', function () {
  it('is due when continuous coding reaches intervalMinutes, not a millisecond before', function () {
    const clock = newClock({ intervalMinutes: 30 });
    activeFor(clock, T0, T0 + 30 * MINUTE - 10 * SECOND, 10 * SECOND);
    countActivity(clock, T0 + 30 * MINUTE - 1, 'other');
    assert.equal(viewAt(clock, T0 + 30 * MINUTE - 1).stretchMs, 30 * MINUTE - 1);
    assert.equal(viewAt(clock, T0 + 30 * MINUTE).due, false);
    assert.equal(countActivity(clock, T0 + 30 * MINUTE, 'other'), true);
    const view = viewAt(clock, T0 + 30 * MINUTE);
    assert.equal(view.due, true);
    assert.equal(view.prompt, true);
    assert.equal(view.dueAtCodingMs, 30 * MINUTE);
  });

  it('snooze: due again after snoozeMinutes more coding, counted as snoozed', function () {
    const clock = newClock({ intervalMinutes: 30, snoozeMinutes: 5 });
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(snooze(clock, due), true);
    let view = viewAt(clock, due);
    assert.equal(view.due, false);
    assert.equal(view.dueAtCodingMs, 35 * MINUTE);
    assert.equal(view.today.snoozed, 1);
    activeFor(clock, due + 10 * SECOND, due + 5 * MINUTE - 10 * SECOND, 10 * SECOND);
    assert.equal(viewAt(clock, due + 5 * MINUTE).due, false);
    countActivity(clock, due + 5 * MINUTE, 'other');
    view = viewAt(clock, due + 5 * MINUTE);
    assert.equal(view.due, true);
    assert.equal(view.stretchMs, 35 * MINUTE);
  });

  it('snooze counts the further minutes from the current count, even after a prompt that waited', function () {
    const clock = newClock({ intervalMinutes: 30, snoozeMinutes: 5 });
    setDebugging(clock, T0, true);
    const last = activeFor(clock, T0, T0 + 40 * MINUTE, 10 * SECOND); // held 10 minutes by debugging
    snooze(clock, last);
    assert.equal(viewAt(clock, last).dueAtCodingMs, 45 * MINUTE);
    assert.equal(viewAt(clock, last).due, false);
  });

  it('snooze does nothing when no break is due', function () {
    const clock = newClock();
    activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
    assert.equal(snooze(clock, T0 + 10 * MINUTE), false);
    assert.equal(viewAt(clock, T0 + 10 * MINUTE).today.snoozed, 0);
    assert.equal(viewAt(clock, T0 + 10 * MINUTE).dueAtCodingMs, 30 * MINUTE);
  });

  it('snooze then a natural break: the count and the snooze start again', function () {
    const clock = newClock({ intervalMinutes: 30, snoozeMinutes: 5, naturalBreakMinutes: 5 });
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    snooze(clock, due);
    const last = activeFor(clock, due + 10 * SECOND, due + 2 * MINUTE, 10 * SECOND);
    countActivity(clock, last + 5 * MINUTE, 'other');
    const view = viewAt(clock, last + 5 * MINUTE);
    assert.equal(view.stretchMs, 0);
    assert.equal(view.dueAtCodingMs, 30 * MINUTE, 'the snooze ended with the stretch');
    assert.deepEqual([view.today.snoozed, view.today.natural], [1, 1]);
  });

  it('skip and snooze act only on a due break: with none due, nothing is recorded and the count goes on', function () {
    const clock = newClock();
    const early = activeFor(clock, T0, T0 + 20 * MINUTE, 10 * SECOND);
    assert.equal(skip(clock, early), false);
    assert.equal(snooze(clock, early), false);
    const view = viewAt(clock, early);
    assert.deepEqual([view.stretchMs, view.today.skipped, view.today.snoozed], [20 * MINUTE, 0, 0]);
  });

  it('skip: recorded as skipped, the count starts again', function () {
    const clock = newClock();
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(skip(clock, due), true);
    const view = viewAt(clock, due);
    assert.deepEqual([view.stretchMs, view.due, view.today.skipped, view.today.taken], [0, false, 1, 0]);
    countActivity(clock, due + 20 * SECOND, 'other');
    assert.equal(viewAt(clock, due + 20 * SECOND).stretchMs, 20 * SECOND, 'counting goes on from the skip');
  });

  it('take: recorded as taken, also before the break is due; with no coding time nothing is recorded', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 12 * MINUTE, 10 * SECOND);
    assert.equal(take(clock, last), true);
    assert.deepEqual([viewAt(clock, last).stretchMs, viewAt(clock, last).today.taken], [0, 1]);
    assert.equal(take(clock, last + SECOND), false);
    assert.equal(viewAt(clock, last + SECOND).today.taken, 1);
  });

  it('reset: the count starts again and nothing is recorded', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    reset(clock, last);
    const view = viewAt(clock, last);
    assert.equal(view.stretchMs, 0);
    assert.deepEqual([view.today.taken, view.today.skipped, view.today.natural, view.today.snoozed], [0, 0, 0, 0]);
    assert.equal(view.today.codingMs, 31 * MINUTE, 'the day keeps its coding time');
  });

  it('a command after a long absence first applies the natural break', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    assert.equal(take(clock, last + HOUR), false, 'the break already happened on its own');
    const view = viewAt(clock, last + HOUR);
    assert.deepEqual([view.today.natural, view.today.taken], [1, 0]);
  });

  it('a break begun in the panel and longer than naturalBreakMinutes is taken, not natural; an absence before it began is still natural', function () {
    const clock = newClock({ naturalBreakMinutes: 3 });
    const last = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    const begun = last + 20 * SECOND; // Start pressed
    assert.equal(take(clock, begun + 5 * MINUTE, begun), true, 'five minutes in the break itself');
    assert.deepEqual([viewAt(clock, begun + 5 * MINUTE).today.taken, viewAt(clock, begun + 5 * MINUTE).today.natural], [1, 0]);

    const later = activeFor(clock, begun + 6 * MINUTE, begun + 40 * MINUTE, 10 * SECOND);
    assert.equal(take(clock, later + 10 * MINUTE, later + 4 * MINUTE), false, 'four minutes away before Start');
    assert.deepEqual([viewAt(clock, later + 10 * MINUTE).today.taken, viewAt(clock, later + 10 * MINUTE).today.natural], [1, 1]);

    const third = activeFor(clock, later + 11 * MINUTE, later + 40 * MINUTE, 10 * SECOND);
    assert.equal(take(clock, third + 4 * MINUTE, third + HOUR), false, 'a start "after now" (another clock) is judged at now');
    assert.deepEqual([viewAt(clock, third + 4 * MINUTE).today.taken, viewAt(clock, third + 4 * MINUTE).today.natural], [1, 2]);
  });

  it('reminderStyle off: due is still counted, but no prompt', function () {
    const clock = newClock({ reminderStyle: 'off' });
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    const view = viewAt(clock, due);
    assert.deepEqual([view.due, view.prompt, view.heldBy], [true, false, null]);
  });

  it('applies new settings at once', function () {
    const clock = newClock({ intervalMinutes: 30 });
    const last = activeFor(clock, T0, T0 + 20 * MINUTE, 10 * SECOND);
    setSettings(clock, last, settings({ intervalMinutes: 15 }));
    assert.equal(viewAt(clock, last).due, true);
    assert.equal(viewAt(clock, last).dueAtCodingMs, 15 * MINUTE);
  });
});

describe('coding clock: pause', function () {
  it('no prompt while paused, time still counted; the prompt shows when the pause ends', function () {
    const clock = newClock();
    countActivity(clock, T0, 'other');
    decidePause(clock, T0, T0 + HOUR);
    const due = activeFor(clock, T0 + 10 * SECOND, T0 + 40 * MINUTE, 10 * SECOND);
    let view = viewAt(clock, due);
    assert.deepEqual([view.due, view.prompt, view.pausedUntil, view.stretchMs], [true, false, T0 + HOUR, 40 * MINUTE]);
    assert.equal(nextChangeAt(clock, due), T0 + HOUR);
    view = viewAt(clock, T0 + HOUR);
    assert.deepEqual([view.prompt, view.pausedUntil], [true, null]);
  });

  it('pause until resumed: no end to wait for, and resume clears it', function () {
    const clock = newClock();
    decidePause(clock, T0, 'resume');
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.deepEqual([viewAt(clock, due + 5 * HOUR).pausedUntil, viewAt(clock, due).prompt], ['resume', false]);
    assert.equal(nextChangeAt(clock, due), null);
    decidePause(clock, due + SECOND, null);
    assert.deepEqual([viewAt(clock, due + SECOND).pausedUntil, viewAt(clock, due + SECOND).prompt], [null, true]);
  });

  it('pause across midnight: counting goes on into the new day, the prompt waits until the end', function () {
    const start = Date.UTC(2026, 0, 5, 23, 40);
    const end = Date.UTC(2026, 0, 6, 0, 30);
    const clock = newClock();
    decidePause(clock, start, end);
    const last = activeFor(clock, start, Date.UTC(2026, 0, 6, 0, 20), 10 * SECOND);
    assert.equal(clock.ledger.all['2026-01-05'].codingMs, 20 * MINUTE);
    assert.equal(clock.ledger.all['2026-01-06'].codingMs, 20 * MINUTE);
    assert.deepEqual([viewAt(clock, last).due, viewAt(clock, last).prompt], [true, false]);
    assert.equal(nextChangeAt(clock, last), end);
    assert.equal(viewAt(clock, end - 1).prompt, false);
    assert.equal(viewAt(clock, end).prompt, true);
  });
});

describe('coding clock: the typing-pause wait and debugging', function () {
  it('holds the prompt while edits arrive less than 5 s apart, and shows it after a 5 s pause', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 30 * MINUTE + 20 * SECOND, SECOND, 'edit');
    let view = viewAt(clock, last);
    assert.deepEqual([view.due, view.prompt, view.heldBy], [true, false, 'typing']);
    assert.equal(nextChangeAt(clock, last), last + TYPING_PAUSE_MS);
    assert.equal(viewAt(clock, last + TYPING_PAUSE_MS - 1).prompt, false);
    view = viewAt(clock, last + TYPING_PAUSE_MS);
    assert.deepEqual([view.prompt, view.heldBy], [true, null]);
    assert.equal(nextChangeAt(clock, last + TYPING_PAUSE_MS), null);
  });

  it('does not hold the prompt for other activity', function () {
    const clock = newClock();
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, SECOND, 'other');
    assert.equal(viewAt(clock, due).prompt, true);
  });

  it('typing that never pauses: the prompt shows 2 minutes after it became due, and stays', function () {
    const clock = newClock();
    activeFor(clock, T0, T0 + 30 * MINUTE, SECOND, 'edit'); // due at exactly 30 min
    const dueAt = T0 + 30 * MINUTE;
    const heldUntil = activeFor(clock, dueAt + SECOND, dueAt + TYPING_WAIT_CAP_MS - SECOND, SECOND, 'edit');
    assert.equal(viewAt(clock, heldUntil).heldBy, 'typing');
    assert.equal(nextChangeAt(clock, heldUntil), dueAt + TYPING_WAIT_CAP_MS);
    assert.equal(viewAt(clock, dueAt + TYPING_WAIT_CAP_MS - 1).prompt, false);
    const later = activeFor(clock, dueAt + TYPING_WAIT_CAP_MS, dueAt + 5 * MINUTE, SECOND, 'edit');
    assert.equal(viewAt(clock, later).prompt, true, 'once shown, further typing does not hide it');
  });

  it('once shown after a pause in typing, the prompt stays while typing starts again', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 30 * MINUTE + 10 * SECOND, SECOND, 'edit');
    const resumed = activeFor(clock, last + 6 * SECOND, last + 30 * SECOND, SECOND, 'edit');
    assert.equal(viewAt(clock, resumed).prompt, true);
  });

  it('due while debugging: held until the debug session ends', function () {
    const clock = newClock();
    setDebugging(clock, T0, true);
    const due = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    assert.deepEqual([viewAt(clock, due).due, viewAt(clock, due).prompt, viewAt(clock, due).heldBy], [true, false, 'debugging']);
    // The end of debugging is an input, not a time; while it runs, the next
    // change is the renewal of the shared hold (see "debugging in another window").
    const next = nextChangeAt(clock, due);
    assert.ok(next !== null && next > due && next <= due + DEBUG_RENEW_MS, `next change ${next === null ? null : next - due} ms away`);
    assert.equal(setDebugging(clock, due + SECOND, false), true);
    assert.deepEqual([viewAt(clock, due + SECOND).prompt, viewAt(clock, due + SECOND).heldBy], [true, null]);
  });

  it('after debugging, the prompt still waits for a pause in typing (at most 2 minutes)', function () {
    const clock = newClock();
    setDebugging(clock, T0, true);
    const last = activeFor(clock, T0, T0 + 40 * MINUTE, SECOND, 'edit');
    setDebugging(clock, last, false);
    assert.equal(viewAt(clock, last + SECOND).heldBy, 'typing');
    assert.equal(viewAt(clock, last + TYPING_PAUSE_MS).prompt, true);
  });

  it('with quietWhileDebugging off, the prompt shows during debugging', function () {
    const clock = newClock({ quietWhileDebugging: false });
    setDebugging(clock, T0, true);
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(viewAt(clock, due).prompt, true);
  });
});

describe('coding clock: debugging in another window', function () {
  const twoWindows = () => ({ a: newClock({}, utcDay, 'window-a'), b: newClock({}, utcDay, 'window-b') });

  it('no window prompts while any window debugs; the prompt comes once it ends', function () {
    const { a, b } = twoWindows();
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    mergeFrom(a, stored(b), due);
    setDebugging(a, due + SECOND, true);
    mergeFrom(b, stored(a), due + 2 * SECOND);
    assert.deepEqual([viewAt(b, due + 2 * SECOND).prompt, viewAt(b, due + 2 * SECOND).heldBy], [false, 'debugging']);
    setDebugging(a, due + MINUTE, false);
    mergeFrom(b, stored(a), due + MINUTE + SECOND);
    assert.equal(viewAt(b, due + MINUTE + SECOND).prompt, true);
  });

  it('a debugging window renews its hold, so a long session keeps holding the others', function () {
    const { a, b } = twoWindows();
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    setDebugging(a, due, true);
    // Ten minutes of debugging in A (activity every 10 s), B merging A's writes.
    const end = activeFor(a, due + 10 * SECOND, due + 10 * MINUTE, 10 * SECOND);
    mergeFrom(b, stored(a), end);
    assert.equal(viewAt(b, end).heldBy, 'debugging');
    assert.equal(viewAt(b, end + DEBUG_HOLD_MS - DEBUG_RENEW_MS).heldBy, 'debugging');
  });

  it('a window that crashed while debugging holds the others no longer than DEBUG_HOLD_MS', function () {
    const { a, b } = twoWindows();
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    setDebugging(a, due, true);
    mergeFrom(b, stored(a), due + SECOND); // then A is gone: no renewal, no release
    assert.equal(viewAt(b, due + SECOND).heldBy, 'debugging');
    assert.equal(nextChangeAt(b, due + SECOND), due + DEBUG_HOLD_MS, 'B wakes when the hold runs out');
    assert.equal(viewAt(b, due + DEBUG_HOLD_MS).prompt, true);
  });

  it('an older copy of a hold (relayed by a third window) does not undo its release', function () {
    const { a, b } = twoWindows();
    const c = newClock({}, utcDay, 'window-c');
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    setDebugging(a, due, true);
    mergeFrom(c, stored(a), due + SECOND); // C holds a copy of A's hold
    setDebugging(a, due + 30 * SECOND, false);
    mergeFrom(b, stored(a), due + 31 * SECOND);
    mergeFrom(b, stored(c), due + 32 * SECOND); // the stale copy arrives later
    assert.equal(viewAt(b, due + 32 * SECOND).prompt, true);
  });

  it('quietWhileDebugging off in this window: another window\'s debugging does not hold it', function () {
    const a = newClock({}, utcDay, 'window-a');
    const b = newClock({ quietWhileDebugging: false }, utcDay, 'window-b');
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    setDebugging(a, due, true);
    mergeFrom(b, stored(a), due + SECOND);
    assert.equal(viewAt(b, due + SECOND).prompt, true);
  });
});

describe('coding clock: next change', function () {
  it('is null while idle, and while the prompt simply shows', function () {
    const clock = newClock();
    assert.equal(nextChangeAt(clock, T0), null);
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(viewAt(clock, due).prompt, true);
    assert.equal(nextChangeAt(clock, due), null);
    assert.equal(nextChangeAt(clock, due + HOUR), null);
  });
});

