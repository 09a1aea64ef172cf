// The exercise catalogue: every part a break can be made of, declared once,
// as data. The settings enum (stretchVariant), the manifest, the packaged
// media list, the panel and the tests all derive from this list or are
// checked against it (test/unit/catalogue.test.ts). To add an exercise, add
// an entry here, its drawing to media/figures/ and its translations (see the README,
// "Add an exercise").
//
// Texts may hold placeholders in braces, filled from the break's timing when
// the plan is built (plan.ts): {holdSeconds}, {rounds}, {onSeconds},
// {offSeconds}, {reps}, {duration}. No number of seconds is typed into a text.
//
// The texts are getters that call the translator seam (l10n.ts) on the
// literal where it is written: read after the extension set its translator,
// they are in the display language, and `npm run l10n` finds every one.
// A stretch's label and settingDescription are also the manifest's: `npm run
// manifest` writes the `stretchVariant` setting's lists and their texts, in
// every language, from this catalogue and the translations.
//
// Pure data: no vscode import; its words come through the translator seam.

import { l10n } from '../l10n';
import type { Exercise } from './shapes';

/** Every exercise, in the order a break does them (by kind). */
export const EXERCISES = [
  {
    id: 'standing',
    kind: 'stretch',
    get label() { return l10n.t({ message: 'Standing', comment: ['The short name of an exercise: on the switch between the two stretches and in the list of the break\'s parts.'] }); },
    get title() { return l10n.t('Standing hip-flexor stretch'); },
    get steps() {
      return [
        l10n.t('Face your desk or a wall and rest a hand on it for balance (not on a chair with wheels).'),
        l10n.t('Step the leg you are stretching back into a short stride: feet hip-width apart, toes forward; the back leg straight or softly bent, its heel free to lift.'),
        l10n.t('Tuck your pelvis under: draw your lower belly in and squeeze the buttock of the back leg. Often this alone brings the stretch to the front of that hip.'),
        l10n.t('Nothing yet? Bend the front knee a little and shift your hips forward, staying tall, without arching your lower back.'),
        l10n.t('Stop at a mild pull, never pain, and breathe normally while you hold.'),
      ];
    },
    get mistakes() { return l10n.t('Arching the lower back or flaring the ribs (the stretch moves into your spine), too long a stride, a twisted pelvis, bouncing, holding your breath, pushing into pain.'); },
    sided: true,
    setupSeconds: 5,
    timing: { type: 'hold', releaseSeconds: 5, switchSeconds: 5 },
    figure: {
      file: 'standing.svg',
      get label() { return l10n.t({ message: 'A person seen from the side in a short split stance, one hand on a desk, back leg straight and pelvis tucked. The front of the back leg\'s hip, where the stretch is felt, is highlighted.', comment: ['What the drawing shows, read out by screen readers.'] }); },
    },
    get sideCaption() { return { left: l10n.t('Left side: left leg back'), right: l10n.t('Right side: right leg back') }; },
    get switchCue() { return l10n.t('Switch sides: step the other leg back.'); },
    get settingDescription() { return l10n.t({ message: 'Standing split-stance stretch, holding the desk: office friendly, no kneeling.', comment: ["The settings editor's text for this stretch, under the setting that chooses the stretch."] }); },
    references: ['acsm-2021'],
  },
  {
    id: 'kneeling',
    kind: 'stretch',
    get label() { return l10n.t({ message: 'Half-kneeling', comment: ['The short name of an exercise: on the switch between the two stretches and in the list of the break\'s parts.'] }); },
    get title() { return l10n.t('Half-kneeling hip-flexor stretch'); },
    get steps() {
      return [
        l10n.t('Put a cushion on the floor and, holding the desk or a sturdy chair, kneel on it with the knee of the side you are stretching.'),
        l10n.t('Set that knee under your hip and the other foot flat in front, both knees at about a right angle; kneel tall.'),
        l10n.t('Tuck your tailbone under, ribs down, belly lightly braced, then squeeze the buttock of the kneeling leg and keep squeezing.'),
        l10n.t('No stretch at the front of that hip yet? Ease your hips forward a little while keeping the tuck.'),
        l10n.t('Stop at a mild pull, never pain, and breathe. Use the desk or the chair to get back up.'),
      ];
    },
    get mistakes() { return l10n.t('Arching the lower back or flaring the ribs, lunging too deep, letting the pelvis twist, bouncing, holding your breath, pushing into pain, kneeling on a hard floor.'); },
    sided: true,
    // Placing the cushion and getting down onto one knee, a hand on the desk, takes longer than a standing set-up.
    setupSeconds: 15,
    // Getting up from one knee, moving the cushion and kneeling on the other takes time.
    timing: { type: 'hold', releaseSeconds: 5, switchSeconds: 12 },
    figure: {
      file: 'kneeling.svg',
      get label() { return l10n.t({ message: 'A person seen from the side kneeling on a cushion, the kneeling knee under the hip, the other foot flat in front with the shin upright, trunk upright and pelvis tucked. The front of the kneeling leg\'s hip, where the stretch is felt, is highlighted.', comment: ['What the drawing shows, read out by screen readers.'] }); },
    },
    get sideCaption() { return { left: l10n.t('Left side: left knee down'), right: l10n.t('Right side: right knee down') }; },
    get switchCue() { return l10n.t('Switch sides: use the desk or a sturdy chair to get up, move the cushion, and kneel on the other knee.'); },
    get beforeStart() { return l10n.t({ message: 'Put the cushion down before you press Start.', comment: ['Shown before the break starts, when the kneeling stretch is chosen. "Start" is the button that starts the break.'] }); },
    get settingDescription() { return l10n.t({ message: 'Half-kneeling stretch with a cushion under the back knee.', comment: ["The settings editor's text for this stretch, under the setting that chooses the stretch."] }); },
    references: ['acsm-2021'],
  },
  {
    id: 'squeeze',
    kind: 'activation',
    get label() { return l10n.t({ message: 'Glute squeeze', comment: ['The short name of an exercise: on the switch between the two stretches and in the list of the break\'s parts.'] }); },
    get title() { return l10n.t('Standing glute squeeze'); },
    get steps() {
      return [
        l10n.t('Stand tall with your feet hip-width apart and your knees soft.'),
        l10n.t('Keep your ribs down and your weight over the middle of your feet.'),
        l10n.t({ message: 'At each "squeeze" cue, tighten both buttocks for {onSeconds} seconds; your pelvis tucks slightly, your trunk stays upright.', comment: ['Keep the names in braces as they are: the break fills them in ({onSeconds} and {offSeconds}: numbers of seconds, {reps}: a number of squeezes, {duration}: a length of time such as "1 min").'] }),
        l10n.t({ message: 'At each "relax" cue, let go for {offSeconds} seconds. {reps} squeezes in all.', comment: ['Keep the names in braces as they are: the break fills them in ({onSeconds} and {offSeconds}: numbers of seconds, {reps}: a number of squeezes, {duration}: a length of time such as "1 min").'] }),
      ];
    },
    get mistakes() { return l10n.t('Leaning back or arching the lower back, locking the knees, clenching the shoulders, holding your breath.'); },
    sided: false,
    setupSeconds: 5,
    timing: { type: 'reps', onSeconds: 5, offSeconds: 3, reps: 8 },
    figure: {
      file: 'squeeze.svg',
      get label() { return l10n.t({ message: 'A person seen from the side standing tall, knees soft, trunk upright. The buttocks, the muscles being squeezed, are highlighted.', comment: ['What the drawing shows, read out by screen readers.'] }); },
    },
    references: ['contreras-2015'],
  },
  {
    id: 'walk',
    kind: 'walk',
    get label() { return l10n.t({ message: 'Short walk', comment: ['The short name of an exercise: on the switch between the two stretches and in the list of the break\'s parts.'] }); },
    get title() { return l10n.t('A short walk'); },
    get steps() {
      return [
        l10n.t('Walk away from your desk at an easy pace: refill your water, or walk along a corridor and back.'),
        l10n.t('Let your arms swing and breathe normally; no special technique.'),
        l10n.t('No water to refill? Walk to a window and back, or a lap of the room.'),
        l10n.t({ message: 'A chime sounds after {duration}; sit down again whenever you are ready.', comment: ['Keep the names in braces as they are: the break fills them in ({onSeconds} and {offSeconds}: numbers of seconds, {reps}: a number of squeezes, {duration}: a length of time such as "1 min").'] }),
      ];
    },
    get mistakes() { return l10n.t('Reading your phone while you walk. Any comfortable pace counts, easy or brisk.'); },
    sided: false,
    setupSeconds: 0,
    timing: { type: 'timed', seconds: 60 },
    figure: {
      file: 'walk.svg',
      get label() { return l10n.t({ message: 'A person seen from the side walking at an easy pace, carrying a glass of water.', comment: ['What the drawing shows, read out by screen readers.'] }); },
    },
    references: ['dunstan-2012'],
  },
] as const satisfies readonly Exercise[];

/** The stretches: the values of the `stretchVariant` setting, in catalogue order. */
export type StretchVariant = Extract<(typeof EXERCISES)[number], { kind: 'stretch' }>['id'];

export const STRETCH_VARIANTS: readonly StretchVariant[] = EXERCISES
  .filter((exercise): exercise is Extract<(typeof EXERCISES)[number], { kind: 'stretch' }> => exercise.kind === 'stretch')
  .map((exercise) => exercise.id);

/** Every media file the catalogue draws with, once each. */
export function figureFiles(exercises: readonly Exercise[] = EXERCISES): string[] {
  return [...new Set(exercises.map((exercise) => exercise.figure.file))];
}
