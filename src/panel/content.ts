// The content message: everything the page renders the break from, sent once
// after each `ready`. Extension side only: the catalogue's words, and every
// word of the page's own (panelWords.ts), stay out of the page's script and
// reach it as data, in the display language, with the display language for
// the formats of dates, times, numbers and plurals.

import { cues, notMedicalAdvice, safetyNote, why, whyTitle } from '../core/break/texts';
import { EXERCISES } from '../core/break/exercises';
import type { Exercise, Reference } from '../core/break/shapes';
import { displayLanguage } from '../core/l10n';
import type { ContentMessage, PanelTexts } from '../core/protocol/hostMessages';
import type { PanelMode } from '../core/protocol/fields';
import { REFERENCES } from '../core/break/references';
import { panelWords } from './panelWords';

/** The words of the page the adapter supplies, in the display language. */
export type AdapterTexts = Pick<PanelTexts, 'walkthrough'>;

/** Plain data, its texts read now (in the display language): the catalogue's texts are getters. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function contentMessage(mode: PanelMode, figures: Readonly<Record<string, string>>, adapterTexts: AdapterTexts): ContentMessage {
  return {
    type: 'content',
    mode,
    exercises: plain<readonly Exercise[]>(EXERCISES),
    references: plain<readonly Reference[]>(REFERENCES),
    figures,
    texts: { whyTitle: whyTitle(), why: why(), safety: safetyNote(), notMedicalAdvice: notMedicalAdvice(), cues: cues(), walkthrough: adapterTexts.walkthrough },
    locale: displayLanguage() ?? 'en',
    words: panelWords(),
  };
}
