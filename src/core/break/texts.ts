// The words of the break panel that are not about one exercise: the
// explanation, the safety note, and what the guidance says at each moment.
// Plain data, no markup; sent to the page with the catalogue.
//
// Each is a function that calls the translator seam (l10n.ts) on its
// literals, so it is read in the display language once the extension has
// set its translator, and `npm run l10n` finds every text. The health
// content keeps its hedges in every language: which links are established,
// which are a hypothesis.
//
// Placeholders in braces are filled by plan.ts from the plan.
// Pure data: no vscode import; its words come through the translator seam.

import { l10n } from '../l10n';

export function whyTitle(): string {
  return l10n.t({ message: 'Why hip flexors? (glute inhibition)', comment: ['The heading of the explanation. Glute inhibition: the idea that the buttock muscles are "switched off".'] });
}

/**
 * 80 to 150 words with either ending: honest about which links are
 * established and which are a hypothesis. The last paragraph names the walk
 * only when the break has one (the evidence is for walking breaks).
 */
export function why(): { paragraphs: string[]; lastWithWalk: string; lastWithoutWalk: string; references: string[] } {
  return {
    paragraphs: [
      l10n.t({
        message: 'Hours in a chair keep your hips bent. A popular story says the hip flexors then shorten and "switch off" the glutes. Two links hold up. When a muscle contracts, the spinal cord relaxes its opposite (reciprocal inhibition), but only during that movement. And an irritated joint can damp nearby muscles: in 12 patients with hip problems, fluid injected into the hip for a scan lowered gluteus maximus activity on the injected side. That shows what a swollen joint can do, not what sitting does.',
        comment: ['Health content: keep its hedges. "Two links hold up" is established; "a popular story" is not. The hip study is of 12 patients, whose hips were injected for a scan; it shows what the swollen joint did to the gluteus maximus on that side, not what sitting does.'],
      }),
    ],
    lastWithWalk: l10n.t({
      message: 'That sitting switches the glutes off is a hypothesis: the whole chain is unproven, and in another study more hip flexibility did not change how people moved. Getting up has the best evidence: breaking up sitting with light movement, mostly walking, lowered blood sugar and insulin, which says nothing about hips or glutes. That is why this break ends with a short walk.',
      comment: ['Health content: keep "a hypothesis" and "unproven" as strong as they are here, and keep saying that the walking evidence is about blood sugar and insulin, not hips or glutes. The ending of the explanation when the break ends with a walk.'],
    }),
    lastWithoutWalk: l10n.t({
      message: 'That sitting switches the glutes off is a hypothesis: the whole chain is unproven, and in another study more hip flexibility did not change how people moved. Getting up has the best evidence: breaking up sitting with light movement, mostly walking, lowered blood sugar and insulin, which says nothing about hips or glutes. So let the stretch get you up, and walk when you can.',
      comment: ['Health content: keep "a hypothesis" and "unproven" as strong as they are here, and keep saying that the walking evidence is about blood sugar and insulin, not hips or glutes. The ending of the explanation when the break has no walk.'],
    }),
    references: ['freeman-2013', 'moreside-2013', 'dunstan-2012'],
  };
}

export function safetyNote(): string {
  return l10n.t({
    message: 'Stretch to a mild pull, never to pain; no bouncing, and keep breathing. Stop if you feel sharp or pinching pain, tingling, numbness or dizziness. If pain persists or gets worse, see a doctor or physiotherapist. After recent surgery or an injury, or during pregnancy, check with your doctor or physiotherapist first; when pregnant, stretch gently and hold on to something stable for balance. After a hip replacement, ask your surgeon before any stretch that takes the leg behind the body, and before kneeling down or getting back up, which bends the hip deeply: some surgeons forbid these for weeks. When kneeling, pad the knee and use the desk or a sturdy chair to get down and back up; with knee pain, choose the standing stretch.',
    comment: ['The safety note: keep every warning in it, as strong as it is here.'],
  });
}

export function notMedicalAdvice(): string {
  return l10n.t('Not medical advice: general wellness information only.');
}

/**
 * What the guidance says (on screen and to screen readers) as each moment
 * begins. {title}: the exercise; {caption}: the side caption ("Left side:
 * left leg back"); {side}: "Left side" or "Right side".
 */
export function cues() {
  return {
    setup: l10n.t({ message: 'Next: {title}. Get into position.', comment: ['Keep {title} as it is: the name of the exercise.'] }),
    setupSided: l10n.t({ message: 'Next: {title}. Get into position. {caption}.', comment: ['Keep {title} and {caption} as they are: the exercise, and the side to start with ("Left side: left leg back").'] }),
    hold: l10n.t({ message: '{side}, round {round} of {rounds}: hold for {seconds} seconds.', comment: ['Keep the names in braces as they are: {side} is "Left side" or "Right side", the others are numbers.'] }),
    release: l10n.t({ message: 'Ease off and breathe. Round {round} of {rounds} next.', comment: ['Keep {round} and {rounds} as they are: numbers.'] }),
    switch: l10n.t({ message: '{switchCue} {caption}.', comment: ['The side switch: {switchCue} says how to switch ("Switch sides: step the other leg back."), {caption} names the side next ("Right side: right leg back").'] }),
    on: l10n.t({ message: 'Squeeze, {rep} of {reps}.', comment: ['Keep {rep} and {reps} as they are: numbers. Said as each squeeze starts.'] }),
    off: l10n.t({ message: 'Relax.', comment: ['Said as each squeeze ends.'] }),
    walk: l10n.t({ message: 'Walk at an easy pace for {duration}.', comment: ['Keep {duration} as it is: a length of time ("1 min").'] }),
    done: l10n.t('Break complete. Well done.'),
    sides: {
      left: l10n.t({ message: 'Left side', comment: ['The side of the body being stretched.'] }),
      right: l10n.t({ message: 'Right side', comment: ['The side of the body being stretched.'] }),
    },
  };
}

export type CueTexts = ReturnType<typeof cues>;
