// The choices of "Pause Reminders…". Pure: the time is passed in, the words
// come through the translator seam.
import { l10n } from '../l10n';
import { MINUTE } from '../time';

export interface PauseChoice {
  label: string;
  /** Epoch ms the pause ends, or 'resume' for until the person resumes. */
  until: number | 'resume';
}

/** The next local midnight after `now`. */
export function startOfNextDay(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

export function pauseChoices(now: number): PauseChoice[] {
  const minutes = (n: number) => now + n * MINUTE;
  return [
    { label: l10n.t('For 30 minutes'), until: minutes(30) },
    { label: l10n.t('For 1 hour'), until: minutes(60) },
    { label: l10n.t('For 2 hours'), until: minutes(120) },
    { label: l10n.t('Until tomorrow'), until: startOfNextDay(now) },
    { label: l10n.t('Until I resume'), until: 'resume' },
  ];
}
