// The words of the break panel. Plain data, no markup: html.ts escapes and
// places them.

import type { StretchVariant } from '../core/types';

export interface Routine {
  variant: StretchVariant;
  /** Label of the variant switch button. */
  label: string;
  title: string;
  /** 4 to 6 short steps, with the cues that make the stretch work. */
  steps: readonly string[];
  /** Common mistakes, one or two lines. */
  mistakes: string;
  /** What the illustration shows, for screen readers. */
  figureLabel: string;
  /** Caption per side: which leg goes back. */
  sideCaption: { left: string; right: string };
}

export const ROUTINES: Readonly<Record<StretchVariant, Routine>> = {
  standing: {
    variant: 'standing',
    label: 'Standing',
    title: 'Standing split-stance hip-flexor stretch',
    steps: [
      'Face your desk or a wall and rest a hand on it for balance (not on a chair with wheels).',
      'Step the leg you are stretching back into a short stride: feet hip-width apart, toes forward, back heel free to lift.',
      'Tuck your pelvis under: draw the lower belly in and squeeze the glute of the back leg. Often this alone brings the stretch to the front of that hip.',
      'Feel nothing yet? Bend the front knee a little and move your hips forward while staying tall, with no arching of the lower back.',
      'Stop at a mild pull, never pain. Breathe normally through the hold, then switch sides.',
    ],
    mistakes: 'Arching the lower back or flaring the ribs (the stretch moves into your spine), too long a stride, a twisted pelvis, bouncing, holding your breath.',
    figureLabel: 'A person standing in a short split stance, one hand on a desk, back leg straight and pelvis tucked. The front of the back hip, where the stretch is felt, is highlighted.',
    sideCaption: { left: 'Left side: left leg back', right: 'Right side: right leg back' },
  },
  kneeling: {
    variant: 'kneeling',
    label: 'Half-kneeling',
    title: 'Half-kneeling hip-flexor stretch',
    steps: [
      'Put a cushion under the knee of the side you are stretching and kneel on it, the other foot flat in front, both knees at about a right angle.',
      'Line the kneeling knee up under the hip and sit up tall: ribs down, belly lightly braced.',
      'Tuck your pelvis by tipping the tailbone under, then squeeze the glute of the kneeling leg and keep squeezing.',
      'No stretch at the front of that hip yet? Ease your hips forward while keeping the tuck, with no arching of the lower back.',
      'Stop at a mild pull, never pain. Breathe normally through the hold, then switch sides.',
    ],
    mistakes: 'Arching the lower back or flaring the ribs, lunging too deep, letting the pelvis twist, pushing into pain, kneeling on a hard floor.',
    figureLabel: 'A person kneeling on one knee on a cushion, the other foot flat in front and the trunk upright. The front of the kneeling-side hip, where the stretch is felt, is highlighted.',
    sideCaption: { left: 'Left side: left knee down', right: 'Right side: right knee down' },
  },
};

export const VARIANT_ORDER: readonly StretchVariant[] = ['standing', 'kneeling'];

export const SAFETY_NOTE = 'Stretch to a mild pull, never to pain, and keep breathing. Stop if you feel sharp or pinching pain, '
  + 'tingling, numbness or dizziness. After recent surgery or an injury to the hip, knee or back, or during pregnancy, '
  + 'check with your doctor or physiotherapist first. Pad the knee when kneeling, or choose the standing stretch.';

export const NOT_MEDICAL_ADVICE = 'Not medical advice: general wellness information only.';

export const WHY_TITLE = 'Why hip flexors? (glute inhibition)';

/** 80 to 150 words, honest about what is established and what is not. */
export const WHY_PARAGRAPHS: readonly string[] = [
  'Hours in a chair keep your hips bent. A popular story says the muscles at the front of the hip then stiffen and '
    + '"switch off" the glutes behind them. Some links in that chain are real. When a muscle contracts, the spinal cord '
    + 'relaxes its opposite for that movement (reciprocal inhibition). An irritated joint can also turn nearby muscles down: '
    + 'in one lab study, fluid injected into the hip joint lowered glute activity.',
  'That tight hip flexors keep your glutes off all day, though, is a hypothesis, not a finding, and in another study '
    + 'gaining hip flexibility did not change how people moved. The part with the best evidence is the simplest: get up '
    + 'often and move. This stretch is a cheap, low-risk reason to do exactly that.',
];
