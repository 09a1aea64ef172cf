// DOM code: what the break view shows of the run at a given moment: the
// phase on <body> (for the styles), the list of parts, the part under way and
// its side, the guide beside the countdown (which part, which step, the
// part's drawing), the progress bar and the run buttons. It only shows: the
// run itself changes in breakTimer.ts.

import type { BreakPlan, Segment } from '../core/break/plan';
import type { BreakRun, RunProgress } from '../core/break/run';
import { formatNumber, formatPercent, plural } from '../core/format/intl';
import { formatSpan } from '../core/format/durations';
import { fillPlaceholders } from '../core/l10n';
import type { PanelWords } from '../core/protocol/hostMessages';
import { body, byId, page, setText } from './page';

function stepLabel(w: PanelWords['text'], segment: Segment, rounds: number, reps: number): string {
  const side = segment.side;
  const of = (n: number, total: number) => [formatNumber(n), formatNumber(total)];
  switch (segment.kind) {
    case 'setup':
      return side === 'left' ? w.setupLeft : side === 'right' ? w.setupRight : w.setup;
    case 'hold':
      return fillPlaceholders(side === 'left' ? w.holdLeft : side === 'right' ? w.holdRight : w.hold, of(segment.round, rounds));
    case 'release':
      return w.easeOff;
    case 'switch':
      return side === 'left' ? w.switchLeft : side === 'right' ? w.switchRight : w.switchOther;
    case 'on':
      return fillPlaceholders(w.squeezeOf, of(segment.rep, reps));
    case 'off':
      return w.relax;
    case 'walk':
      return w.walk;
  }
}

/** The drawing of the part under way, beside the countdown (a copy of the part's own, for a glance from afar). */
function showGuideFigure(index: number, side: string | null): void {
  const target = byId('guide-figure');
  const source = document.querySelector<HTMLElement>(`article.exercise[data-part="${index}"] .art`);
  if (!target || !source) {
    return;
  }
  if (target.dataset.part !== String(index)) {
    target.innerHTML = source.innerHTML; // our own SVG, as rendered in the part below
    target.dataset.part = String(index);
  }
  if (source.dataset.side) {
    target.dataset.side = side ?? 'left';
  } else {
    delete target.dataset.side;
  }
}

/** Shows `p`, the progress of `run` through `plan`. */
export function showRun(plan: BreakPlan, run: BreakRun, p: RunProgress): void {
  body.dataset.phase = p.phase;
  body.dataset.running = String(p.phase === 'running');
  body.dataset.segment = p.segment?.kind ?? 'done';
  const part = plan.parts[p.partIndex];

  document.querySelectorAll<HTMLElement>('#parts li[data-part]').forEach((item) => {
    const index = Number(item.dataset.part);
    const state = index < p.partIndex || p.phase === 'done'
      ? (run.skipped.includes(index) ? 'skipped' : 'done')
      : index === p.partIndex ? 'current' : 'next';
    item.dataset.state = state;
    if (state === 'current') {
      item.setAttribute('aria-current', 'step');
    } else {
      item.removeAttribute('aria-current');
    }
  });
  showGuideFigure(p.phase === 'done' ? plan.parts.length - 1 : p.partIndex, p.segment?.side ?? null);
  document.querySelectorAll<HTMLElement>('article.exercise').forEach((article) => {
    const index = Number(article.dataset.part);
    article.dataset.current = String(index === p.partIndex && p.phase !== 'done');
    const art = article.querySelector<HTMLElement>('.art[data-side]');
    if (art) {
      // The figure and its caption show the side being worked (or coming next).
      art.dataset.side = index === p.partIndex && p.segment?.side ? p.segment.side : 'left';
      article.dataset.side = art.dataset.side;
    }
  });

  const words = page.content?.words;
  if (!words) {
    return;
  }
  const w = words.text;
  if (p.phase === 'done') {
    setText(byId('guide-part'), plural(plan.parts.length, words.plural.allDone));
    setText(byId('guide-step'), run.skipped.length ? fillPlaceholders(w.skippedCount, [formatNumber(run.skipped.length)]) : w.wellDone);
    setText(byId('countdown'), w.countdownDone);
  } else if (part && p.segment) {
    const values = part.values;
    setText(byId('guide-part'), fillPlaceholders(w.partOf, [formatNumber(p.partIndex + 1), formatNumber(plan.parts.length), part.exercise.title]));
    setText(byId('guide-step'), stepLabel(w, p.segment, Number(values.rounds) || 0, Number(values.reps) || 0));
    setText(byId('countdown'), p.phase === 'ready' ? formatSpan(plan.totalMs) : formatNumber(p.remainingSeconds));
  }
  const bar = byId<HTMLProgressElement>('break-bar');
  if (bar) {
    bar.value = plan.totalMs > 0 ? p.positionMs / plan.totalMs : 0;
    setText(bar, formatPercent(bar.value));
  }
  const toggle = byId<HTMLButtonElement>('run-toggle');
  setText(toggle, { ready: w.start, running: w.pause, paused: w.resume, done: w.startAgain }[p.phase]);
  const restart = byId<HTMLButtonElement>('run-restart');
  if (restart) {
    const hide = p.phase === 'ready' || p.phase === 'done';
    if (hide && document.activeElement === restart) {
      toggle?.focus();
    }
    restart.hidden = hide;
  }
  const skip = byId<HTMLButtonElement>('run-skip');
  if (skip) {
    if (p.phase === 'done' && document.activeElement === skip) {
      toggle?.focus();
    }
    skip.disabled = p.phase === 'done';
  }
  document.querySelectorAll<HTMLElement>('.before-start').forEach((line) => {
    line.hidden = p.phase !== 'ready'; // what to have ready before Start
  });
  const busy = p.phase === 'running' || p.phase === 'paused';
  document.querySelectorAll<HTMLButtonElement>('button[data-variant]').forEach((chip) => {
    chip.disabled = busy; // a break under way keeps its stretch; Restart to change it
  });
}
