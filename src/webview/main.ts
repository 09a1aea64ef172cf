// DOM code: the script of the break panel, running inside the webview. The
// only renderer of the panel: it renders the view from the extension's
// `content` and `state` messages (src/panel/breakView.ts), then drives the
// break (src/core/breakPlan.ts, src/core/breakRun.ts) from real <button>s:
// the large countdown, the spoken line (a polite live region) and the sound
// cues, so the break can be followed without looking at the screen.
//
// It ticks only while the break runs, keeps its state with getState/setState
// (true time from clock differences, so a reload goes on where it was), and
// talks to the extension with the typed messages of src/core/protocol.ts.

import { buildPlan, sameOptions, type BreakPlan, type PlanOptions, type Segment } from '../core/breakPlan';
import * as breakRun from '../core/breakRun';
import { parseHostMessage } from '../core/parseHostMessage';
import type { ContentMessage, HistoryMessage, PanelMessage, StateMessage } from '../core/protocol';
import { dueLine, renderBreakView, renderHistoryView } from '../panel/breakView';
import { DAY_STATS } from '../core/dayStats';
import { count, formatDayStat, formatSpan } from '../panel/format';
import { applyHistory } from './history';
import { Sounds } from './sound';

interface SavedState {
  v: 2;
  /** The stretch picked in the panel; null: the one the setting names. */
  variant: string | null;
  /** The options of the plan the run belongs to. */
  options: PlanOptions | null;
  run: breakRun.BreakRun;
  /** The run last reported as finished. */
  reported: number;
}

/** A tick four times a second while the break runs; nothing otherwise. */
const TICK_MS = 250;

const vscode = acquireVsCodeApi<SavedState>();
const body = document.body;
const app = document.getElementById('app');
const mode = body.dataset.mode === 'history' ? 'history' : 'break';
const sounds = new Sounds();

const saved = vscode.getState();
let chosenVariant: string | null = typeof saved?.variant === 'string' ? saved.variant : null;
let reported = typeof saved?.reported === 'number' ? saved.reported : 0;
let content: ContentMessage | null = null;
let state: StateMessage | null = null;
let pendingHistory: HistoryMessage | null = null;
let plan: BreakPlan | null = null;
let moments: breakRun.Moment[] = [];
let run = breakRun.createRun();
/** Break time at the last update: the moments after it are the ones just passed. */
let lastPosition = -1;
let timer: ReturnType<typeof setTimeout> | undefined;

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function setText(node: Element | null, text: string): void {
  if (node && node.textContent !== text) {
    node.textContent = text;
  }
}

function post(message: PanelMessage): void {
  vscode.postMessage(message);
}

function save(): void {
  vscode.setState({ v: 2, variant: chosenVariant, options: plan?.options ?? null, run, reported });
}

function say(text: string): void {
  setText(byId('cue'), text);
}

function soundOn(): boolean {
  return state?.settings.sound ?? true;
}

// ---- the plan ------------------------------------------------------------------

function underWay(now: number): boolean {
  if (!plan) {
    return false;
  }
  const phase = breakRun.progress(run, plan, now).phase;
  return phase === 'running' || phase === 'paused';
}

/** The options from the settings and the stretch picked here. */
function wantedOptions(settings: StateMessage['settings']): Partial<PlanOptions> {
  return {
    length: settings.breakLength,
    variant: chosenVariant ?? settings.stretchVariant,
    holdSeconds: settings.holdSeconds,
    rounds: settings.rounds,
  };
}

/** Builds the plan and renders the break view. A run under way keeps the plan it started with. */
function renderBreak(restoring: boolean): void {
  if (!content || !state || !app) {
    return;
  }
  const now = Date.now();
  const exercises = content.exercises;
  if (restoring && saved?.options) {
    const savedPlan = buildPlan(exercises, saved.options);
    const savedRun = breakRun.restoreRun(saved.run, savedPlan);
    const phase = breakRun.progress(savedRun, savedPlan, now).phase;
    if (sameOptions(savedPlan.options, saved.options) && (phase === 'running' || phase === 'paused')) {
      plan = savedPlan;
      run = breakRun.settle(savedRun, savedPlan, now);
    }
  }
  if (!plan || !underWay(now)) {
    const next = buildPlan(exercises, wantedOptions(state.settings));
    if (!plan || !sameOptions(plan.options, next.options)) {
      run = breakRun.createRun();
    }
    plan = next;
  }
  moments = breakRun.moments(plan, content.texts.cues);
  app.innerHTML = renderBreakView({
    content, plan, sound: soundOn(), snoozeMinutes: state.settings.snoozeMinutes,
    today: state.view.today, due: state.due, codingMs: state.view.codingMs,
  });
  app.setAttribute('aria-busy', 'false');
  wireBreak();
  const p = breakRun.progress(run, plan, now);
  lastPosition = p.phase === 'ready' ? -1 : p.positionMs;
  update(now);
  if (p.phase === 'running' || p.phase === 'paused') {
    say(p.phase === 'paused' ? 'Paused. Press Resume to go on.' : currentText(p) ?? '');
  }
  save();
  schedule();
}

function currentText(p: breakRun.RunProgress): string | null {
  if (!plan || !content || !p.segment) {
    return null;
  }
  return breakRun.segmentText(plan.parts[p.partIndex], p.segment, content.texts.cues);
}

// ---- where you are -----------------------------------------------------------

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

function update(now: number): void {
  if (!plan || !content) {
    return;
  }
  const p = breakRun.progress(run, plan, now);
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

  // The moments just passed: say the latest, and play its sound.
  if (p.phase !== 'ready' && p.positionMs !== lastPosition) {
    const passed = breakRun.momentsBetween(moments, lastPosition, p.positionMs);
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
    lastPosition = p.positionMs;
  }
  if (p.phase === 'done' && run.id !== 0 && run.id !== reported) {
    reported = run.id;
    save();
    post({ type: 'finished', fraction: p.fraction, breakId: run.id });
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

function finishedText(p: breakRun.RunProgress): string {
  const done = content?.texts.cues.done ?? '';
  return breakRun.countsAsTaken(p.fraction)
    ? `${done} The break is recorded.`
    : `${done} Less than half of it was done: press Done or Skip.`;
}

function schedule(): void {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  if (breakRun.isRunning(run)) {
    timer = setTimeout(tick, TICK_MS);
  }
}

function tick(): void {
  timer = undefined;
  if (!plan) {
    return;
  }
  const now = Date.now();
  const before = run;
  run = breakRun.settle(run, plan, now);
  if (run !== before) {
    save();
  }
  update(now);
  schedule();
}

// ---- the buttons ---------------------------------------------------------------

function act(change: (now: number) => void): void {
  if (!plan) {
    return;
  }
  const now = Date.now();
  change(now);
  save();
  update(now);
  schedule();
}

function onToggle(): void {
  act((now) => {
    const p = breakRun.progress(run, plan as BreakPlan, now);
    if (p.phase === 'running') {
      run = breakRun.pause(run, plan as BreakPlan, now);
      say('Paused.');
      return;
    }
    sounds.unlock();
    if (p.phase === 'ready' || p.phase === 'done') {
      lastPosition = -1; // a fresh break: its first moment is said
    } else {
      say('Resumed.');
    }
    run = breakRun.start(run, plan as BreakPlan, now);
  });
}

function onSkipPart(): void {
  act((now) => {
    sounds.unlock();
    run = breakRun.skipPart(run, plan as BreakPlan, now);
    // Only the next part's first moment is said (and heard), at once: none of the skipped ones.
    lastPosition = breakRun.positionMs(run, plan as BreakPlan, now) - 1;
  });
}

function onRestart(): void {
  act((now) => {
    sounds.unlock();
    run = breakRun.restart(run, now);
    lastPosition = -1;
  });
}

function wireBreak(): void {
  byId('run-toggle')?.addEventListener('click', onToggle);
  byId('run-skip')?.addEventListener('click', onSkipPart);
  byId('run-restart')?.addEventListener('click', onRestart);
  byId('sound-toggle')?.addEventListener('click', () => {
    const on = !soundOn();
    if (on) {
      sounds.unlock();
    }
    if (state) {
      state = { ...state, settings: { ...state.settings, sound: on } }; // shown at once; the setting follows
    }
    showSound();
    post({ type: 'setSound', on });
  });
  byId('action-done')?.addEventListener('click', () => {
    const fraction = plan ? breakRun.progress(run, plan, Date.now()).fraction : 0;
    post({ type: 'done', fraction, breakId: run.id });
  });
  byId('action-snooze')?.addEventListener('click', () => post({ type: 'snooze' }));
  byId('action-skip')?.addEventListener('click', () => post({ type: 'skip' }));
  document.querySelectorAll<HTMLButtonElement>('button[data-variant]').forEach((chip) => {
    chip.addEventListener('click', () => {
      const variant = chip.dataset.variant ?? null;
      if (!variant || variant === plan?.options.variant || underWay(Date.now())) {
        return;
      }
      chosenVariant = variant;
      renderBreak(false);
      byId<HTMLButtonElement>(`run-toggle`)?.focus();
    });
  });
  wireCommon();
}

function wireCommon(): void {
  document.querySelectorAll<HTMLButtonElement>('button[data-ref]').forEach((button) => {
    button.addEventListener('click', () => {
      const id = button.dataset.ref;
      if (id) {
        post({ type: 'openLink', id });
      }
    });
  });
  // The other view (break or history): the extension sets the page anew.
  document.querySelectorAll<HTMLButtonElement>('button[data-mode-target]').forEach((button) => {
    button.addEventListener('click', () => {
      const target = button.dataset.modeTarget;
      if (target === 'break' || target === 'history') {
        post({ type: 'switchMode', mode: target });
      }
    });
  });
}

function showSound(): void {
  const toggle = byId('sound-toggle');
  if (toggle) {
    toggle.setAttribute('aria-pressed', String(soundOn()));
    setText(toggle, soundOn() ? 'Sound on' : 'Sound off');
  }
}

// ---- messages from the extension -------------------------------------------------

function applyStats(message: StateMessage): void {
  const today = message.view.today;
  for (const stat of DAY_STATS) {
    document.querySelectorAll<HTMLElement>(`[data-stat="${stat.field}"]`).forEach((node) => setText(node, formatDayStat(stat, today[stat.field])));
  }
}

function renderHistory(): void {
  if (!state || !app) {
    return;
  }
  app.innerHTML = renderHistoryView(state.view.today);
  app.setAttribute('aria-busy', 'false');
  wireCommon();
  if (pendingHistory) {
    applyHistory(pendingHistory);
  }
}

function applyState(message: StateMessage): void {
  const first = state === null;
  state = message;
  body.dataset.due = String(message.due);
  if (mode === 'history') {
    if (first) {
      renderHistory();
    }
    applyStats(message);
    return;
  }
  if (!content) {
    return;
  }
  if (first || !plan) {
    renderBreak(true);
    return;
  }
  // New settings reshape the plan when no break is under way.
  const next = buildPlan(content.exercises, wantedOptions(message.settings));
  if (!underWay(Date.now()) && !sameOptions(next.options, plan.options)) {
    renderBreak(false);
    return;
  }
  setText(byId('due-line'), dueLine(message.due, message.view.codingMs, plan));
  setText(byId('snooze-minutes'), String(count(message.settings.snoozeMinutes) || 5));
  showSound();
  applyStats(message);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  switch (message?.type) {
    case 'content':
      content = message;
      if (state) {
        const current = state;
        state = null;
        applyState(current);
      }
      break;
    case 'state':
      applyState(message);
      break;
    case 'history':
      pendingHistory = message;
      if (mode === 'history' && state) {
        applyHistory(message);
      }
      break;
  }
});

post({ type: 'ready' });
