// The content message: everything the page renders the break from, sent once
// after each `ready`. Extension side only: the catalogue's words stay out of
// the page's script and reach it as data.

import { CUES, NOT_MEDICAL_ADVICE, SAFETY_NOTE, WHY, WHY_TITLE } from '../core/breakText';
import { EXERCISES } from '../core/exercises';
import type { ContentMessage, PanelMode, PanelTexts } from '../core/protocol';
import { REFERENCES } from '../core/references';

/** The words of the page the adapter supplies, in the display language. */
export type AdapterTexts = Pick<PanelTexts, 'walkthrough'>;

export function contentMessage(mode: PanelMode, figures: Readonly<Record<string, string>>, adapterTexts: AdapterTexts): ContentMessage {
  return {
    type: 'content',
    mode,
    exercises: EXERCISES,
    references: REFERENCES,
    figures,
    texts: { whyTitle: WHY_TITLE, why: WHY, safety: SAFETY_NOTE, notMedicalAdvice: NOT_MEDICAL_ADVICE, cues: CUES, walkthrough: adapterTexts.walkthrough },
  };
}
