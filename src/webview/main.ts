// DOM code: the script of the break panel, running inside the webview.
//
// It drives the guided hold (src/core/hold.ts) from real <button>s, keeps its
// state with the webview's getState/setState (the page is thrown away while
// the panel is hidden, and the hold keeps true time from clock differences),
// ticks only while a hold runs, and talks to the extension with the typed
// messages of src/core/protocol.ts. In the history view it draws the chart
// (src/webview/history.ts) from the extension's `history` message.

import * as hold from '../core/hold';
import { parseHostMessage, type PanelMessage, type StateMessage } from '../core/protocol';
import type { StretchVariant } from '../core/types';
import { count, dueLine, formatCodingTime, formatSpan } from '../panel/format';
import { applyHistory } from './history';

interface SavedState {
  v: 1;
  /** The variant picked in the panel; null: the one the setting names. */
  variant: StretchVariant | null;
  hold: hold.HoldState;
}

/** A tick four times a second while a hold runs; nothing otherwise. */
const TICK_MS = 250;

const vscode = acquireVsCodeApi<SavedState>();
const body = document.body;

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function numberData(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function variantData(value: unknown): StretchVariant {
  return value === 'kneeling' ? 'kneeling' : 'standing';
}

const config: hold.HoldConfig = {
  holdSeconds: numberData(body.dataset.holdSeconds, hold.DEFAULT_HOLD_SECONDS),
  rounds: numberData(body.dataset.rounds, hold.DEFAULT_ROUNDS),
  switchSeconds: numberData(body.dataset.switchSeconds, hold.DEFAULT_SWITCH_SECONDS),
};

const saved = vscode.getState();
let state: hold.HoldState = hold.settle(hold.restore(saved?.hold, config), Date.now());
let chosenVariant: StretchVariant | null = saved && (saved.variant === 'standing' || saved.variant === 'kneeling') ? saved.variant : null;
let settingVariant: StretchVariant = variantData(body.dataset.variant);
let last: hold.HoldProgress | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

const el = {
  toggle: byId<HTMLButtonElement>('hold-toggle'),
  restart: byId<HTMLButtonElement>('hold-restart'),
  count: byId('hold-count'),
  side: byId('hold-side'),
  round: byId('hold-round'),
  bar: byId<HTMLProgressElement>('hold-bar'),
  cue: byId('hold-cue'),
  plan: byId('hold-plan'),
  dueLine: byId('due-line'),
  snooze: byId('snooze-minutes'),
};

function post(message: PanelMessage): void {
  vscode.postMessage(message);
}

function save(): void {
  vscode.setState({ v: 1, variant: chosenVariant, hold: state });
}

function setText(node: HTMLElement | null, text: string): void {
  if (node && node.textContent !== text) {
    node.textContent = text;
  }
}

function say(text: string): void {
  setText(el.cue, text);
}

// ---- variant ---------------------------------------------------------------

function currentVariant(): StretchVariant {
  return chosenVariant ?? settingVariant;
}

function showVariant(): void {
  const variant = currentVariant();
  body.dataset.variant = variant;
  document.querySelectorAll<HTMLElement>('[data-variant-block]').forEach((block) => {
    block.hidden = block.dataset.variantBlock !== variant;
  });
  document.querySelectorAll<HTMLButtonElement>('button[data-variant]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.variant === variant));
  });
}

// ---- the hold ----------------------------------------------------------------

function sideLabel(side: hold.Side): string {
  return side === 'left' ? 'Left side' : 'Right side';
}

function render(now: number): hold.HoldProgress {
  const p = hold.progress(state, now);
  body.dataset.phase = p.phase;
  body.dataset.side = p.side;
  body.dataset.running = String(p.running);

  if (p.phase === 'done') {
    setText(el.side, 'Both sides');
    setText(el.round, `${p.rounds} ${p.rounds === 1 ? 'round' : 'rounds'} done`);
    setText(el.count, '0');
  } else {
    setText(el.side, p.phase === 'switch' ? `Switch to the ${p.side} side` : sideLabel(p.side));
    setText(el.round, `round ${p.round} of ${p.rounds}`);
    setText(el.count, String(p.remainingSeconds));
  }
  if (el.bar) {
    el.bar.value = p.fraction;
    setText(el.bar, `${Math.round(p.fraction * 100)}%`);
  }
  if (el.toggle) {
    setText(el.toggle, p.phase === 'ready' ? 'Start' : p.phase === 'done' ? 'Start again' : p.running ? 'Pause' : 'Resume');
  }
  if (el.restart) {
    const hide = p.phase === 'ready' || p.phase === 'done';
    if (hide && document.activeElement === el.restart) {
      el.toggle?.focus();
    }
    el.restart.hidden = hide;
  }

  const message = hold.announce(last, p);
  if (message) {
    say(message);
  }
  if (last === null || last.phase !== p.phase || last.holdIndex !== p.holdIndex) {
    post({ type: 'holdProgress', phase: p.phase, fraction: p.fraction });
  }
  last = p;
  return p;
}

function schedule(): void {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  if (hold.isRunning(state)) {
    timer = setTimeout(tick, TICK_MS);
  }
}

function tick(): void {
  timer = undefined;
  const now = Date.now();
  const before = state;
  state = hold.settle(state, now);
  if (state !== before) {
    save();
  }
  render(now);
  schedule();
}

function onToggle(): void {
  const now = Date.now();
  const p = hold.progress(state, now);
  if (p.running) {
    state = hold.pause(state, now);
    say(`Paused. ${sideLabel(p.side)}, ${p.remainingSeconds} seconds left.`);
  } else if (p.paused) {
    state = hold.resume(state, now);
    say(`Resumed. ${sideLabel(p.side)}, ${p.remainingSeconds} seconds left.`);
  } else {
    state = hold.start(state, now);
  }
  save();
  render(now);
  schedule();
}

function onRestart(): void {
  const now = Date.now();
  state = hold.restart(state, now);
  last = hold.progress(hold.reset(state), now); // so the first hold is announced again
  save();
  render(now);
  schedule();
}

function updatePlan(): void {
  const rounds = `${state.rounds} ${state.rounds === 1 ? 'round' : 'rounds'}`;
  setText(el.plan, `${state.holdSeconds} s per side, ${rounds}, ${state.switchSeconds} s to switch sides: ${formatSpan(hold.totalMs(state))} in all.`);
}

// ---- messages from the extension ---------------------------------------------

function applyState(message: StateMessage): void {
  const { settings, view, due } = message;
  body.dataset.due = String(due);
  setText(el.dueLine, dueLine(due, view.codingMs));
  setText(el.snooze, String(count(settings.snoozeMinutes) || 5));

  const stats: Record<string, string> = {
    coding: formatCodingTime(view.today.codingMs),
    taken: String(count(view.today.taken)),
    skipped: String(count(view.today.skipped)),
    snoozed: String(count(view.today.snoozed)),
    natural: String(count(view.today.natural)),
    longest: formatCodingTime(view.today.longestStretchMs),
  };
  document.querySelectorAll<HTMLElement>('[data-stat]').forEach((node) => {
    const value = stats[node.dataset.stat ?? ''];
    if (value !== undefined) {
      setText(node, value);
    }
  });

  settingVariant = settings.stretchVariant;
  showVariant();

  const now = Date.now();
  const next = hold.reconfigure(state, { holdSeconds: settings.holdSeconds, rounds: settings.rounds }, now);
  if (next !== state) {
    state = next;
    last = null;
    save();
    updatePlan();
    render(now);
  }
}

// ---- wiring --------------------------------------------------------------------

el.toggle?.addEventListener('click', onToggle);
el.restart?.addEventListener('click', onRestart);

byId('action-done')?.addEventListener('click', () => {
  post({ type: 'done', fraction: hold.progress(state, Date.now()).fraction });
});
byId('action-snooze')?.addEventListener('click', () => post({ type: 'snooze' }));
byId('action-skip')?.addEventListener('click', () => post({ type: 'skip' }));

document.querySelectorAll<HTMLButtonElement>('button[data-ref]').forEach((button) => {
  button.addEventListener('click', () => {
    const id = button.dataset.ref;
    if (id) {
      post({ type: 'openLink', id });
    }
  });
});

document.querySelectorAll<HTMLButtonElement>('button[data-variant]').forEach((button) => {
  button.addEventListener('click', () => {
    const variant = variantData(button.dataset.variant);
    if (variant === currentVariant()) {
      return;
    }
    chosenVariant = variant;
    save();
    showVariant();
    post({ type: 'setVariant', variant });
  });
});

// The other view (break or history): the extension renders the page anew.
document.querySelectorAll<HTMLButtonElement>('button[data-mode-target]').forEach((button) => {
  button.addEventListener('click', () => {
    const mode = button.dataset.modeTarget;
    if (mode === 'break' || mode === 'history') {
      post({ type: 'switchMode', mode });
    }
  });
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  if (message?.type === 'state') {
    applyState(message);
  } else if (message?.type === 'history') {
    applyHistory(message);
  }
});

/** The cue to show when the page loads with a routine already under way. */
function resumedCue(p: hold.HoldProgress): string | null {
  switch (p.phase) {
    case 'ready':
      return null;
    case 'done':
      return 'Routine complete. Press Done to record the break.';
    case 'switch':
      return p.running ? `Switch sides. Next: ${p.side} side, round ${p.round} of ${p.rounds}.` : 'Paused. Press Resume to go on.';
    case 'hold':
      return p.running ? `${sideLabel(p.side)}, round ${p.round} of ${p.rounds}.` : 'Paused. Press Resume to go on.';
  }
}

showVariant();
if (el.toggle) {
  updatePlan();
  const cue = resumedCue(render(Date.now()));
  if (cue) {
    say(cue);
  }
  schedule();
}
save();
post({ type: 'ready' });
