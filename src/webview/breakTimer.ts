// DOM code: the break as it runs (src/core/break/run.ts): a tick four times a
// second while it runs and nothing otherwise, the Start/Pause/Resume, Skip
// part and Restart buttons, and the moments just passed, said in the spoken
// line (a polite live region) and heard as sound cues, so the break can be
// followed without looking at the screen. A run that ends is reported to the
// extension once. True time comes from clock differences, never from counting
// ticks.

import type { BreakPlan } from '../core/break/plan';
import * as breakRun from '../core/break/run';
import { fillPlaceholders } from '../core/l10n';
import { body, page, post, save, say, soundOn, sounds } from './page';
import { showRun } from './runView';

/** A tick four times a second while the break runs; nothing otherwise. */
const TICK_MS = 250;

let timer: ReturnType<typeof setTimeout> | undefined;

export function underWay(now: number): boolean {
  if (!page.plan) {
    return false;
  }
  const phase = breakRun.progress(page.run, page.plan, now).phase;
  return phase === 'running' || phase === 'paused';
}

export function currentText(p: breakRun.RunProgress): string | null {
  if (!page.plan || !page.content || !p.segment) {
    return null;
  }
  return breakRun.segmentText(page.plan.parts[p.partIndex], p.segment, page.content.texts.cues);
}

function finishedText(p: breakRun.RunProgress): string {
  const content = page.content;
  if (!content) {
    return '';
  }
  const words = content.words.text;
  return fillPlaceholders(words.sentences, [content.texts.cues.done, breakRun.countsAsTaken(p.fraction) ? words.recorded : words.notRecorded]);
}

/** Shows the run at `now`; says and plays the moments passed since the last update. */
export function update(now: number): void {
  if (!page.plan || !page.content) {
    return;
  }
  const run = page.run;
  const p = breakRun.progress(run, page.plan, now);
  showRun(page.plan, run, p);

  // The moments just passed: say the latest, and play its sound.
  if (p.phase !== 'ready' && p.positionMs !== page.lastPosition) {
    const passed = breakRun.momentsBetween(page.moments, page.lastPosition, p.positionMs);
    const latest = passed[passed.length - 1];
    if (latest) {
      say(p.phase === 'done' ? finishedText(p) : latest.text);
      const cue = breakRun.cueToPlay(passed, p.positionMs, !soundOn());
      if (cue && sounds.unlocked) {
        sounds.play(cue);
        body.dataset.lastCue = cue;
        body.dataset.cueCount = String(Number(body.dataset.cueCount ?? 0) + 1);
      }
    }
    page.lastPosition = p.positionMs;
  }
  if (p.phase === 'done' && run.id !== 0 && run.id !== page.reported) {
    page.reported = run.id;
    save();
    post({ type: 'finished', fraction: p.fraction, breakId: run.id });
  }
}

export function schedule(): void {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  if (breakRun.isRunning(page.run)) {
    timer = setTimeout(tick, TICK_MS);
  }
}

function tick(): void {
  timer = undefined;
  if (!page.plan) {
    return;
  }
  const now = Date.now();
  const before = page.run;
  page.run = breakRun.settle(page.run, page.plan, now);
  if (page.run !== before) {
    save();
  }
  update(now);
  schedule();
}

// ---- the run buttons -----------------------------------------------------------

function act(change: (now: number) => void): void {
  if (!page.plan) {
    return;
  }
  const now = Date.now();
  change(now);
  save();
  update(now);
  schedule();
}

export function onToggle(): void {
  act((now) => {
    const p = breakRun.progress(page.run, page.plan as BreakPlan, now);
    if (p.phase === 'running') {
      page.run = breakRun.pause(page.run, page.plan as BreakPlan, now);
      say(page.content?.words.text.paused ?? '');
      return;
    }
    sounds.unlock();
    if (p.phase === 'ready' || p.phase === 'done') {
      page.lastPosition = -1; // a fresh break: its first moment is said
    } else {
      say(page.content?.words.text.resumed ?? '');
    }
    page.run = breakRun.start(page.run, page.plan as BreakPlan, now);
  });
}

export function onSkipPart(): void {
  act((now) => {
    sounds.unlock();
    page.run = breakRun.skipPart(page.run, page.plan as BreakPlan, now);
    // Only the next part's first moment is said (and heard), at once: none of the skipped ones.
    page.lastPosition = breakRun.positionMs(page.run, page.plan as BreakPlan, now) - 1;
  });
}

export function onRestart(): void {
  act((now) => {
    sounds.unlock();
    page.run = breakRun.restart(page.run, now);
    page.lastPosition = -1;
  });
}
