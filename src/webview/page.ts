// DOM code: what the modules of the break panel's page share: the link to
// the extension (the typed messages of src/core/protocol/messages.ts out, the state
// kept with getState/setState so a reload goes on where it was), what the
// extension last sent, the break's plan and run, small DOM helpers and the
// buttons found in both views.

import type { BreakPlan, PlanOptions } from '../core/break/plan';
import * as breakRun from '../core/break/run';
import type { ContentMessage, StateMessage } from '../core/protocol/hostMessages';
import type { PanelMessage } from '../core/protocol/panelMessages';
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

/** The page's state, changed by its modules as messages, clicks and ticks arrive. */
interface PageState {
  /** The stretch picked in the panel; null: the one the setting names. */
  chosenVariant: string | null;
  /** The run last reported as finished. */
  reported: number;
  content: ContentMessage | null;
  state: StateMessage | null;
  plan: BreakPlan | null;
  moments: breakRun.Moment[];
  run: breakRun.BreakRun;
  /** Break time at the last update: the moments after it are the ones just passed. */
  lastPosition: number;
}

const vscode = acquireVsCodeApi<SavedState>();
export const body = document.body;
export const app = document.getElementById('app');
export const mode = body.dataset.mode === 'history' ? 'history' : 'break';
export const sounds = new Sounds();

/** The state saved before this page (re)loaded, if any. */
export const saved = vscode.getState();

export const page: PageState = {
  chosenVariant: typeof saved?.variant === 'string' ? saved.variant : null,
  reported: typeof saved?.reported === 'number' ? saved.reported : 0,
  content: null,
  state: null,
  plan: null,
  moments: [],
  run: breakRun.createRun(),
  lastPosition: -1,
};

export function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

export function setText(node: Element | null, text: string): void {
  if (node && node.textContent !== text) {
    node.textContent = text;
  }
}

export function post(message: PanelMessage): void {
  vscode.postMessage(message);
}

export function save(): void {
  vscode.setState({ v: 2, variant: page.chosenVariant, options: page.plan?.options ?? null, run: page.run, reported: page.reported });
}

export function say(text: string): void {
  setText(byId('cue'), text);
}

export function soundOn(): boolean {
  return page.state?.settings.sound ?? true;
}

/** The buttons of both views: the links, the switch to the other view, the walkthrough. */
export function wireCommon(): void {
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
  byId('show-walkthrough')?.addEventListener('click', () => post({ type: 'showWalkthrough' }));
}
