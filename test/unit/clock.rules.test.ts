import * as assert from 'node:assert/strict';
import { ClockRules, DEBUG_HOLD_MS, DEBUG_RENEW_MS } from '../../src/core/clock/rules';
import { TYPING_PAUSE_MS, TYPING_WAIT_CAP_MS } from '../../src/core/clock/promptPolicy';
import { activeFor, HOUR, MINUTE, newClock, SECOND, settings, T0, utcDay } from './support/clockHelpers';

describe('coding clock: gaps, idle and natural breaks', function () {
  it('counts a gap of at most idleSeconds fully, including a gap of exactly idleSeconds', function () {
    const clock = newClock({ idleSeconds: 120 });
    clock.activity(T0, 'other');
    clock.activity(T0 + 30 * SECOND, 'other');
    assert.equal(clock.view(T0 + 30 * SECOND).stretchMs, 30 * SECOND);
    clock.activity(T0 + 150 * SECOND, 'other'); // a gap of exactly 120 s
    assert.equal(clock.view(T0 + 150 * SECOND).stretchMs, 150 * SECOND);
  });

  it('counts nothing of a gap longer than idleSeconds, and keeps the count', function () {
    const clock = newClock({ idleSeconds: 120, naturalBreakMinutes: 5 });
    clock.activity(T0, 'other');
    clock.activity(T0 + MINUTE, 'other');
    clock.activity(T0 + MINUTE + 120 * SECOND + 1, 'other'); // 1 ms over idleSeconds
    assert.equal(clock.view(T0 + 4 * MINUTE).stretchMs, MINUTE);
    clock.activity(T0 + MINUTE + 5 * MINUTE - 1, 'other'); // 1 ms short of a natural break
    assert.equal(clock.view(T0 + 6 * MINUTE).stretchMs, MINUTE);
    assert.equal(clock.view(T0 + 6 * MINUTE).today.natural, 0);
  });

  it('is idle only after more than idleSeconds without activity', function () {
    const clock = newClock({ idleSeconds: 120 });
    assert.equal(clock.view(T0).idle, true, 'idle before any activity');
    clock.activity(T0, 'other');
    assert.equal(clock.view(T0 + 120 * SECOND).idle, false);
    assert.equal(clock.view(T0 + 120 * SECOND + 1).idle, true);
  });

  it('takes a gap of exactly naturalBreakMinutes as a natural break: count to zero, recorded once', function () {
    const clock = newClock({ naturalBreakMinutes: 5 });
    const last = activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
    clock.activity(last + 5 * MINUTE, 'other');
    const view = clock.view(last + 5 * MINUTE);
    assert.equal(view.stretchMs, 0);
    assert.equal(view.today.natural, 1);
    assert.equal(view.today.codingMs, 10 * MINUTE, 'the gap itself is not coding time');
  });

  it('records no natural break when the stretch had no coding time', function () {
    const clock = newClock();
    clock.activity(T0, 'other');
    clock.activity(T0 + HOUR, 'other'); // a single activity is no coding time
    clock.activity(T0 + 3 * HOUR, 'other');
    assert.equal(clock.view(T0 + 3 * HOUR).today.natural, 0);
  });

  it('does not advance the shown count without input, and never shows it going back between activities', function () {
    const clock = newClock({ idleSeconds: 120 });
    clock.activity(T0, 'other');
    clock.activity(T0 + 60 * SECOND, 'other');
    const shown = [0, 30, 119, 121, 200].map((s) => clock.view(T0 + 60 * SECOND + s * SECOND).stretchMs);
    assert.deepEqual(shown, [60 * SECOND, 60 * SECOND, 60 * SECOND, 60 * SECOND, 60 * SECOND]);
    clock.activity(T0 + 60 * SECOND + 200 * SECOND, 'other'); // the gap was too long: nothing added, nothing removed
    assert.equal(clock.view(T0 + 300 * SECOND).stretchMs, 60 * SECOND);
  });

  it('treats a 10-hour sleep as a natural break and counts none of it', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 20 * MINUTE, 5 * SECOND);
    const wake = last + 10 * HOUR;
    assert.equal(clock.activity(wake, 'other'), true);
    const view = clock.view(wake);
    assert.equal(view.stretchMs, 0);
    assert.equal(view.due, false);
    assert.equal(view.today.natural, 1);
    assert.equal(clock.days['2026-01-05'].codingMs, 20 * MINUTE);
  });

  it('counts a clock jump backwards as no time, never negative, and counts on from the new time', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
    const back = last - HOUR;
    clock.activity(back, 'other');
    assert.equal(clock.view(back).stretchMs, 10 * MINUTE);
    clock.activity(back + 30 * SECOND, 'other');
    assert.equal(clock.view(back + 30 * SECOND).stretchMs, 10 * MINUTE + 30 * SECOND);
    assert.equal(clock.days['2026-01-05'].codingMs, 10 * MINUTE + 30 * SECOND);
  });

  it('counts nothing while disabled', function () {
    const clock = newClock({ enabled: false });
    assert.equal(clock.activity(T0, 'other'), false);
    clock.activity(T0 + 10 * SECOND, 'other');
    assert.equal(clock.view(T0 + 10 * SECOND).stretchMs, 0);
    assert.equal(clock.nextChangeAt(T0 + 10 * SECOND), null);
  });
});

describe('coding clock: due, snooze, skip, take, reset', function () {
  it('is due when continuous coding reaches intervalMinutes, not a millisecond before', function () {
    const clock = newClock({ intervalMinutes: 30 });
    activeFor(clock, T0, T0 + 30 * MINUTE - 10 * SECOND, 10 * SECOND);
    clock.activity(T0 + 30 * MINUTE - 1, 'other');
    assert.equal(clock.view(T0 + 30 * MINUTE - 1).stretchMs, 30 * MINUTE - 1);
    assert.equal(clock.view(T0 + 30 * MINUTE).due, false);
    assert.equal(clock.activity(T0 + 30 * MINUTE, 'other'), true);
    const view = clock.view(T0 + 30 * MINUTE);
    assert.equal(view.due, true);
    assert.equal(view.prompt, true);
    assert.equal(view.dueAtCodingMs, 30 * MINUTE);
  });

  it('snooze: due again after snoozeMinutes more coding, counted as snoozed', function () {
    const clock = newClock({ intervalMinutes: 30, snoozeMinutes: 5 });
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(clock.snooze(due), true);
    let view = clock.view(due);
    assert.equal(view.due, false);
    assert.equal(view.dueAtCodingMs, 35 * MINUTE);
    assert.equal(view.today.snoozed, 1);
    activeFor(clock, due + 10 * SECOND, due + 5 * MINUTE - 10 * SECOND, 10 * SECOND);
    assert.equal(clock.view(due + 5 * MINUTE).due, false);
    clock.activity(due + 5 * MINUTE, 'other');
    view = clock.view(due + 5 * MINUTE);
    assert.equal(view.due, true);
    assert.equal(view.stretchMs, 35 * MINUTE);
  });

  it('snooze counts the further minutes from the current count, even after a prompt that waited', function () {
    const clock = newClock({ intervalMinutes: 30, snoozeMinutes: 5 });
    clock.setDebugging(T0, true);
    const last = activeFor(clock, T0, T0 + 40 * MINUTE, 10 * SECOND); // held 10 minutes by debugging
    clock.snooze(last);
    assert.equal(clock.view(last).dueAtCodingMs, 45 * MINUTE);
    assert.equal(clock.view(last).due, false);
  });

  it('snooze does nothing when no break is due', function () {
    const clock = newClock();
    activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
    assert.equal(clock.snooze(T0 + 10 * MINUTE), false);
    assert.equal(clock.view(T0 + 10 * MINUTE).today.snoozed, 0);
    assert.equal(clock.view(T0 + 10 * MINUTE).dueAtCodingMs, 30 * MINUTE);
  });

  it('snooze then a natural break: the count and the snooze start again', function () {
    const clock = newClock({ intervalMinutes: 30, snoozeMinutes: 5, naturalBreakMinutes: 5 });
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    clock.snooze(due);
    const last = activeFor(clock, due + 10 * SECOND, due + 2 * MINUTE, 10 * SECOND);
    clock.activity(last + 5 * MINUTE, 'other');
    const view = clock.view(last + 5 * MINUTE);
    assert.equal(view.stretchMs, 0);
    assert.equal(view.dueAtCodingMs, 30 * MINUTE, 'the snooze ended with the stretch');
    assert.deepEqual([view.today.snoozed, view.today.natural], [1, 1]);
  });

  it('skip and snooze act only on a due break: with none due, nothing is recorded and the count goes on', function () {
    const clock = newClock();
    const early = activeFor(clock, T0, T0 + 20 * MINUTE, 10 * SECOND);
    assert.equal(clock.skip(early), false);
    assert.equal(clock.snooze(early), false);
    const view = clock.view(early);
    assert.deepEqual([view.stretchMs, view.today.skipped, view.today.snoozed], [20 * MINUTE, 0, 0]);
  });

  it('skip: recorded as skipped, the count starts again', function () {
    const clock = newClock();
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(clock.skip(due), true);
    const view = clock.view(due);
    assert.deepEqual([view.stretchMs, view.due, view.today.skipped, view.today.taken], [0, false, 1, 0]);
    clock.activity(due + 20 * SECOND, 'other');
    assert.equal(clock.view(due + 20 * SECOND).stretchMs, 20 * SECOND, 'counting goes on from the skip');
  });

  it('take: recorded as taken, also before the break is due; with no coding time nothing is recorded', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 12 * MINUTE, 10 * SECOND);
    assert.equal(clock.take(last), true);
    assert.deepEqual([clock.view(last).stretchMs, clock.view(last).today.taken], [0, 1]);
    assert.equal(clock.take(last + SECOND), false);
    assert.equal(clock.view(last + SECOND).today.taken, 1);
  });

  it('reset: the count starts again and nothing is recorded', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    clock.reset(last);
    const view = clock.view(last);
    assert.equal(view.stretchMs, 0);
    assert.deepEqual([view.today.taken, view.today.skipped, view.today.natural, view.today.snoozed], [0, 0, 0, 0]);
    assert.equal(view.today.codingMs, 31 * MINUTE, 'the day keeps its coding time');
  });

  it('a command after a long absence first applies the natural break', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    assert.equal(clock.take(last + HOUR), false, 'the break already happened on its own');
    const view = clock.view(last + HOUR);
    assert.deepEqual([view.today.natural, view.today.taken], [1, 0]);
  });

  it('a break begun in the panel and longer than naturalBreakMinutes is taken, not natural; an absence before it began is still natural', function () {
    const clock = newClock({ naturalBreakMinutes: 3 });
    const last = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    const begun = last + 20 * SECOND; // Start pressed
    assert.equal(clock.take(begun + 5 * MINUTE, begun), true, 'five minutes in the break itself');
    assert.deepEqual([clock.view(begun + 5 * MINUTE).today.taken, clock.view(begun + 5 * MINUTE).today.natural], [1, 0]);

    const later = activeFor(clock, begun + 6 * MINUTE, begun + 40 * MINUTE, 10 * SECOND);
    assert.equal(clock.take(later + 10 * MINUTE, later + 4 * MINUTE), false, 'four minutes away before Start');
    assert.deepEqual([clock.view(later + 10 * MINUTE).today.taken, clock.view(later + 10 * MINUTE).today.natural], [1, 1]);

    const third = activeFor(clock, later + 11 * MINUTE, later + 40 * MINUTE, 10 * SECOND);
    assert.equal(clock.take(third + 4 * MINUTE, third + HOUR), false, 'a start "after now" (another clock) is judged at now');
    assert.deepEqual([clock.view(third + 4 * MINUTE).today.taken, clock.view(third + 4 * MINUTE).today.natural], [1, 2]);
  });

  it('reminderStyle off: due is still counted, but no prompt', function () {
    const clock = newClock({ reminderStyle: 'off' });
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    const view = clock.view(due);
    assert.deepEqual([view.due, view.prompt, view.heldBy], [true, false, null]);
  });

  it('applies new settings at once', function () {
    const clock = newClock({ intervalMinutes: 30 });
    const last = activeFor(clock, T0, T0 + 20 * MINUTE, 10 * SECOND);
    clock.setSettings(last, settings({ intervalMinutes: 15 }));
    assert.equal(clock.view(last).due, true);
    assert.equal(clock.view(last).dueAtCodingMs, 15 * MINUTE);
  });
});

describe('coding clock: pause', function () {
  it('no prompt while paused, time still counted; the prompt shows when the pause ends', function () {
    const clock = newClock();
    clock.activity(T0, 'other');
    clock.pause(T0, T0 + HOUR);
    const due = activeFor(clock, T0 + 10 * SECOND, T0 + 40 * MINUTE, 10 * SECOND);
    let view = clock.view(due);
    assert.deepEqual([view.due, view.prompt, view.pausedUntil, view.stretchMs], [true, false, T0 + HOUR, 40 * MINUTE]);
    assert.equal(clock.nextChangeAt(due), T0 + HOUR);
    view = clock.view(T0 + HOUR);
    assert.deepEqual([view.prompt, view.pausedUntil], [true, null]);
  });

  it('pause until resumed: no end to wait for, and resume clears it', function () {
    const clock = newClock();
    clock.pause(T0, 'resume');
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.deepEqual([clock.view(due + 5 * HOUR).pausedUntil, clock.view(due).prompt], ['resume', false]);
    assert.equal(clock.nextChangeAt(due), null);
    clock.resume(due + SECOND);
    assert.deepEqual([clock.view(due + SECOND).pausedUntil, clock.view(due + SECOND).prompt], [null, true]);
  });

  it('pause across midnight: counting goes on into the new day, the prompt waits until the end', function () {
    const start = Date.UTC(2026, 0, 5, 23, 40);
    const end = Date.UTC(2026, 0, 6, 0, 30);
    const clock = newClock();
    clock.pause(start, end);
    const last = activeFor(clock, start, Date.UTC(2026, 0, 6, 0, 20), 10 * SECOND);
    assert.equal(clock.days['2026-01-05'].codingMs, 20 * MINUTE);
    assert.equal(clock.days['2026-01-06'].codingMs, 20 * MINUTE);
    assert.deepEqual([clock.view(last).due, clock.view(last).prompt], [true, false]);
    assert.equal(clock.nextChangeAt(last), end);
    assert.equal(clock.view(end - 1).prompt, false);
    assert.equal(clock.view(end).prompt, true);
  });
});

describe('coding clock: the typing-pause wait and debugging', function () {
  it('holds the prompt while edits arrive less than 5 s apart, and shows it after a 5 s pause', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 30 * MINUTE + 20 * SECOND, SECOND, 'edit');
    let view = clock.view(last);
    assert.deepEqual([view.due, view.prompt, view.heldBy], [true, false, 'typing']);
    assert.equal(clock.nextChangeAt(last), last + TYPING_PAUSE_MS);
    assert.equal(clock.view(last + TYPING_PAUSE_MS - 1).prompt, false);
    view = clock.view(last + TYPING_PAUSE_MS);
    assert.deepEqual([view.prompt, view.heldBy], [true, null]);
    assert.equal(clock.nextChangeAt(last + TYPING_PAUSE_MS), null);
  });

  it('does not hold the prompt for other activity', function () {
    const clock = newClock();
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, SECOND, 'other');
    assert.equal(clock.view(due).prompt, true);
  });

  it('typing that never pauses: the prompt shows 2 minutes after it became due, and stays', function () {
    const clock = newClock();
    activeFor(clock, T0, T0 + 30 * MINUTE, SECOND, 'edit'); // due at exactly 30 min
    const dueAt = T0 + 30 * MINUTE;
    const heldUntil = activeFor(clock, dueAt + SECOND, dueAt + TYPING_WAIT_CAP_MS - SECOND, SECOND, 'edit');
    assert.equal(clock.view(heldUntil).heldBy, 'typing');
    assert.equal(clock.nextChangeAt(heldUntil), dueAt + TYPING_WAIT_CAP_MS);
    assert.equal(clock.view(dueAt + TYPING_WAIT_CAP_MS - 1).prompt, false);
    const later = activeFor(clock, dueAt + TYPING_WAIT_CAP_MS, dueAt + 5 * MINUTE, SECOND, 'edit');
    assert.equal(clock.view(later).prompt, true, 'once shown, further typing does not hide it');
  });

  it('once shown after a pause in typing, the prompt stays while typing starts again', function () {
    const clock = newClock();
    const last = activeFor(clock, T0, T0 + 30 * MINUTE + 10 * SECOND, SECOND, 'edit');
    const resumed = activeFor(clock, last + 6 * SECOND, last + 30 * SECOND, SECOND, 'edit');
    assert.equal(clock.view(resumed).prompt, true);
  });

  it('due while debugging: held until the debug session ends', function () {
    const clock = newClock();
    clock.setDebugging(T0, true);
    const due = activeFor(clock, T0, T0 + 31 * MINUTE, 10 * SECOND);
    assert.deepEqual([clock.view(due).due, clock.view(due).prompt, clock.view(due).heldBy], [true, false, 'debugging']);
    // The end of debugging is an input, not a time; while it runs, the next
    // change is the renewal of the shared hold (see "debugging in another window").
    const next = clock.nextChangeAt(due);
    assert.ok(next !== null && next > due && next <= due + DEBUG_RENEW_MS, `next change ${next === null ? null : next - due} ms away`);
    assert.equal(clock.setDebugging(due + SECOND, false), true);
    assert.deepEqual([clock.view(due + SECOND).prompt, clock.view(due + SECOND).heldBy], [true, null]);
  });

  it('after debugging, the prompt still waits for a pause in typing (at most 2 minutes)', function () {
    const clock = newClock();
    clock.setDebugging(T0, true);
    const last = activeFor(clock, T0, T0 + 40 * MINUTE, SECOND, 'edit');
    clock.setDebugging(last, false);
    assert.equal(clock.view(last + SECOND).heldBy, 'typing');
    assert.equal(clock.view(last + TYPING_PAUSE_MS).prompt, true);
  });

  it('with quietWhileDebugging off, the prompt shows during debugging', function () {
    const clock = newClock({ quietWhileDebugging: false });
    clock.setDebugging(T0, true);
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(clock.view(due).prompt, true);
  });
});

describe('coding clock: debugging in another window', function () {
  const twoWindows = () => ({ a: newClock({}, utcDay, 'window-a'), b: newClock({}, utcDay, 'window-b') });
  const copy = (clock: ClockRules) => JSON.parse(JSON.stringify(clock)) as unknown;

  it('no window prompts while any window debugs; the prompt comes once it ends', function () {
    const { a, b } = twoWindows();
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    a.mergeFrom(copy(b), due);
    a.setDebugging(due + SECOND, true);
    b.mergeFrom(copy(a), due + 2 * SECOND);
    assert.deepEqual([b.view(due + 2 * SECOND).prompt, b.view(due + 2 * SECOND).heldBy], [false, 'debugging']);
    a.setDebugging(due + MINUTE, false);
    b.mergeFrom(copy(a), due + MINUTE + SECOND);
    assert.equal(b.view(due + MINUTE + SECOND).prompt, true);
  });

  it('a debugging window renews its hold, so a long session keeps holding the others', function () {
    const { a, b } = twoWindows();
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    a.setDebugging(due, true);
    // Ten minutes of debugging in A (activity every 10 s), B merging A's writes.
    const end = activeFor(a, due + 10 * SECOND, due + 10 * MINUTE, 10 * SECOND);
    b.mergeFrom(copy(a), end);
    assert.equal(b.view(end).heldBy, 'debugging');
    assert.equal(b.view(end + DEBUG_HOLD_MS - DEBUG_RENEW_MS).heldBy, 'debugging');
  });

  it('a window that crashed while debugging holds the others no longer than DEBUG_HOLD_MS', function () {
    const { a, b } = twoWindows();
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    a.setDebugging(due, true);
    b.mergeFrom(copy(a), due + SECOND); // then A is gone: no renewal, no release
    assert.equal(b.view(due + SECOND).heldBy, 'debugging');
    assert.equal(b.nextChangeAt(due + SECOND), due + DEBUG_HOLD_MS, 'B wakes when the hold runs out');
    assert.equal(b.view(due + DEBUG_HOLD_MS).prompt, true);
  });

  it('an older copy of a hold (relayed by a third window) does not undo its release', function () {
    const { a, b } = twoWindows();
    const c = newClock({}, utcDay, 'window-c');
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    a.setDebugging(due, true);
    c.mergeFrom(copy(a), due + SECOND); // C holds a copy of A's hold
    a.setDebugging(due + 30 * SECOND, false);
    b.mergeFrom(copy(a), due + 31 * SECOND);
    b.mergeFrom(copy(c), due + 32 * SECOND); // the stale copy arrives later
    assert.equal(b.view(due + 32 * SECOND).prompt, true);
  });

  it('quietWhileDebugging off in this window: another window\'s debugging does not hold it', function () {
    const a = newClock({}, utcDay, 'window-a');
    const b = newClock({ quietWhileDebugging: false }, utcDay, 'window-b');
    const due = activeFor(b, T0, T0 + 31 * MINUTE, 10 * SECOND);
    a.setDebugging(due, true);
    b.mergeFrom(copy(a), due + SECOND);
    assert.equal(b.view(due + SECOND).prompt, true);
  });
});

describe('coding clock: next change', function () {
  it('is null while idle, and while the prompt simply shows', function () {
    const clock = newClock();
    assert.equal(clock.nextChangeAt(T0), null);
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(clock.view(due).prompt, true);
    assert.equal(clock.nextChangeAt(due), null);
    assert.equal(clock.nextChangeAt(due + HOUR), null);
  });
});

