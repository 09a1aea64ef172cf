// The words of the break panel that are not about one exercise: the
// explanation, the safety note, and what the guidance says at each moment.
// Plain data, no markup; sent to the page with the catalogue.
//
// Placeholders in braces are filled by breakPlan.ts from the plan.
// Pure data: no vscode import, no other dependency.

export const WHY_TITLE = 'Why hip flexors? (glute inhibition)';

/**
 * 80 to 150 words with either closing: honest about which links are
 * established and which are a hypothesis. The closing names the walk only
 * when the break has one (the evidence is for walking breaks).
 */
export const WHY = {
  paragraphs: [
    'Hours in a chair keep your hips bent. A popular story says the muscles at the front of the hip then shorten and '
      + '"switch off" the glutes behind them. Two links in that story hold up. When a muscle contracts, the spinal cord '
      + 'relaxes its opposite during that movement (reciprocal inhibition); that says nothing about muscles at rest. And an '
      + 'irritated joint can damp the muscles around it: in 12 patients with hip problems, fluid injected into the hip for '
      + 'a scan lowered their glute activity afterwards.',
    'That sitting leaves the glutes switched off is a hypothesis: the whole chain is unproven, and in another study more '
      + 'hip flexibility did not change how people moved. The best evidence is for breaking up sitting with light '
      + 'movement, mostly walking,',
  ],
  closingWithWalk: 'which is why this break ends with a short walk.',
  closingWithoutWalk: 'so let the stretch be your reason to get up, and walk a little when you can.',
  references: ['freeman-2013', 'moreside-2013', 'dunstan-2012'],
} as const;

export const SAFETY_NOTE = 'Stretch to a mild pull, never to pain; no bouncing, and keep breathing. Stop if you feel sharp or '
  + 'pinching pain, tingling, numbness or dizziness. If pain persists or gets worse, see a doctor or physiotherapist. After '
  + 'recent surgery or an injury, or during pregnancy, check with your doctor or physiotherapist first. After a hip '
  + 'replacement, ask your surgeon before any stretch that takes the leg behind the body: some forbid it for weeks. When '
  + 'kneeling, pad the knee and use the desk or a sturdy chair to get down and back up; with knee pain, choose the '
  + 'standing stretch.';

export const NOT_MEDICAL_ADVICE = 'Not medical advice: general wellness information only.';

/**
 * What the guidance says (on screen and to screen readers) as each moment
 * begins. {title}: the exercise; {caption}: the side caption ("Left side:
 * left leg back"); {side}: "Left side" or "Right side".
 */
export const CUES = {
  setup: 'Next: {title}. Get into position.',
  setupSided: 'Next: {title}. Get into position. {caption}.',
  hold: '{side}, round {round} of {rounds}: hold for {seconds} seconds.',
  release: 'Ease off and breathe. Round {round} of {rounds} next.',
  switch: '{switchCue} {caption}.',
  on: 'Squeeze, {rep} of {reps}.',
  off: 'Relax.',
  walk: 'Walk at an easy pace for {duration}.',
  done: 'Break complete. Well done.',
  sides: { left: 'Left side', right: 'Right side' },
} as const;

export type CueTexts = typeof CUES;
