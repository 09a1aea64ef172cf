// DOM code: what the break view shows of the run at a given moment: the
// phase on <body> (for the styles), the list of parts, the part under way and
// its side, the guide beside the countdown (which part, which step, the
// part's drawing), the progress bar and the run buttons. It only shows: the
// run itself changes in breakTimer.ts.

import type { BreakPlan, Segment } from '../core/breakPlan';
import type { BreakRun, RunProgress } from '../core/breakRun';
import { formatSpan } from '../core/format';
import { body, byId, setText } from './page';

function stepLabel(segment: Segment, rounds: number, reps: number): string {
  const side = segment.side === 'left' ? 'Left side' : segment.side === 'right' ? 'Right side' : '';
  switch (segment.kind) {
    case 'setup':
      return side ? `Get into position: ${side.toLowerCase()} first` : 'Get into position';
    case 'hold':
      return side ? `${side}, round ${segment.round} of ${rounds}` : `Hold, round ${segment.round} of ${rounds}`;
    case 'release':
      return 'Ease off';
    case 'switch':
      return `Switch to the ${segment.side ?? 'other'} side`;
    case 'on':
      return `Squeeze ${segment.rep} of ${reps}`;
    case 'off':
      return 'Relax';
    case 'walk':
      return 'Walk';
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

  if (p.phase === 'done') {
    setText(byId('guide-part'), `All ${plan.parts.length} parts done`);
    setText(byId('guide-step'), run.skipped.length ? `${run.skipped.length} skipped` : 'Well done');
    setText(byId('countdown'), 'Done');
  } else if (part && p.segment) {
    const values = part.values;
    setText(byId('guide-part'), `Part ${p.partIndex + 1} of ${plan.parts.length}: ${part.exercise.title}`);
    setText(byId('guide-step'), stepLabel(p.segment, Number(values.rounds) || 0, Number(values.reps) || 0));
    setText(byId('countdown'), p.phase === 'ready' ? formatSpan(plan.totalMs) : String(p.remainingSeconds));
  }
  const bar = byId<HTMLProgressElement>('break-bar');
  if (bar) {
    bar.value = plan.totalMs > 0 ? p.positionMs / plan.totalMs : 0;
    setText(bar, `${Math.round(bar.value * 100)}%`);
  }
  const toggle = byId<HTMLButtonElement>('run-toggle');
  setText(toggle, { ready: 'Start', running: 'Pause', paused: 'Resume', done: 'Start again' }[p.phase]);
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
  const busy = p.phase === 'running' || p.phase === 'paused';
  document.querySelectorAll<HTMLButtonElement>('button[data-variant]').forEach((chip) => {
    chip.disabled = busy; // a break under way keeps its stretch; Restart to change it
  });
}
