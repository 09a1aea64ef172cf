// DOM code: the break view of the page: builds the plan (src/core/break/plan.ts)
// from the settings and the stretch picked here, renders the view
// (breakView.ts) and wires its buttons. A run under way keeps the
// plan it started with, also across a reload.

import { buildPlan, sameOptions, type PlanOptions } from '../core/break/plan';
import * as breakRun from '../core/break/run';
import type { StateMessage } from '../core/protocol/hostMessages';
import { renderBreakView } from './breakView';
import { currentText, onRestart, onSkipPart, onToggle, schedule, underWay, update } from './breakTimer';
import { app, byId, page, post, save, saved, say, setText, soundOn, sounds, wireCommon } from './page';

/** The options from the settings and the stretch picked here. */
export function wantedOptions(settings: StateMessage['settings']): Partial<PlanOptions> {
  return {
    length: settings.breakLength,
    variant: page.chosenVariant ?? settings.stretchVariant,
    holdSeconds: settings.holdSeconds,
    rounds: settings.rounds,
  };
}

/** Builds the plan and renders the break view. A run under way keeps the plan it started with. */
export function renderBreak(restoring: boolean): void {
  const { content, state } = page;
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
      page.plan = savedPlan;
      page.run = breakRun.settle(savedRun, savedPlan, now);
    }
  }
  if (!page.plan || !underWay(now)) {
    const next = buildPlan(exercises, wantedOptions(state.settings));
    if (!page.plan || !sameOptions(page.plan.options, next.options)) {
      page.run = breakRun.createRun();
    }
    page.plan = next;
  }
  const plan = page.plan;
  page.moments = breakRun.moments(plan, content.texts.cues);
  app.innerHTML = renderBreakView({
    content, plan, sound: soundOn(), snoozeMinutes: state.settings.snoozeMinutes,
    today: state.view.today, due: state.due, time: state.view, reason: state.reason,
  });
  app.setAttribute('aria-busy', 'false');
  wireBreak();
  const p = breakRun.progress(page.run, plan, now);
  page.lastPosition = p.phase === 'ready' ? -1 : p.positionMs;
  update(now);
  if (p.phase === 'running' || p.phase === 'paused') {
    say(p.phase === 'paused' ? content.words.text.pausedHint : currentText(p) ?? '');
  }
  save();
  schedule();
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
    if (page.state) {
      page.state = { ...page.state, settings: { ...page.state.settings, sound: on } }; // shown at once; the setting follows
    }
    showSound();
    post({ type: 'setSound', on });
  });
  byId('action-done')?.addEventListener('click', () => {
    const fraction = page.plan ? breakRun.progress(page.run, page.plan, Date.now()).fraction : 0;
    post({ type: 'done', fraction, breakId: page.run.id });
  });
  byId('action-snooze')?.addEventListener('click', () => post({ type: 'snooze' }));
  byId('action-skip')?.addEventListener('click', () => post({ type: 'skip' }));
  document.querySelectorAll<HTMLButtonElement>('button[data-variant]').forEach((chip) => {
    chip.addEventListener('click', () => {
      const variant = chip.dataset.variant ?? null;
      if (!variant || variant === page.plan?.options.variant || underWay(Date.now())) {
        return;
      }
      page.chosenVariant = variant;
      renderBreak(false);
      byId<HTMLButtonElement>(`run-toggle`)?.focus();
    });
  });
  wireCommon();
}

export function showSound(): void {
  const toggle = byId('sound-toggle');
  if (toggle) {
    toggle.setAttribute('aria-pressed', String(soundOn()));
    const words = page.content?.words.text;
    setText(toggle, (soundOn() ? words?.soundOn : words?.soundOff) ?? '');
  }
}
