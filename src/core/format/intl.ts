// Numbers, plurals and clock times as the display language writes them, from
// Intl. The first use of Intl loads locale data (tens of milliseconds), so no
// formatter exists before a tooltip or the panel asks for one; each is made
// once per language and kept. Without a display language (the unit tests),
// the formats are the English source's own: a 24-hour "14:05" and numbers
// made by hand.
//
// Pure: no vscode import; bundled into the page's script as well.
import { displayLanguage, fillPlaceholders, type L10nArg } from '../l10n';

// ---- Intl, made on first use ---------------------------------------------------------

export type Made = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules;
const made = new Map<string, Made>();

/**
 * The Intl object of this kind for the display language, made the first
 * time it is asked for; without a display language, the one for `fallback`,
 * or null.
 */
export function intl<T extends Made>(kind: string, make: (locale: string) => T, fallback?: string): T | null {
  const language = displayLanguage() ?? fallback;
  if (language === undefined) {
    return null;
  }
  const key = `${language} ${kind}`;
  let found = made.get(key) as T | undefined;
  if (!found) {
    try {
      found = make(language);
    } catch {
      found = make('en'); // a tag Intl does not take: English formats rather than none
    }
    made.set(key, found);
  }
  return found;
}

/** A number as the display language writes it ("1,234", "1.234"). */
export function formatNumber(value: number): string {
  return intl('number', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }))?.format(value) ?? String(value);
}

/** A share (0..1) as a percentage: "50%", "50 %". */
export function formatPercent(fraction: number): string {
  const share = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return intl('percent', (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }))?.format(share)
    ?? `${Math.round(share * 100)}%`;
}

/** The two forms of a phrase with a count: "{0} break" and "{0} breaks". */
export interface PluralForms {
  one: string;
  other: string;
}

/**
 * The form for `count` by the display language's plural rules (French says
 * "0 pause" as it says "1 pause"; Japanese and Chinese have one form), with {0} the count and {1}, {2}… the further values.
 */
export function plural(count: number, forms: PluralForms, ...more: L10nArg[]): string {
  return fillPlaceholders(pluralForm(count, forms), [formatNumber(count), ...more]);
}

/**
 * Languages whose readers say zero in the plural although their plural rules
 * put it with one: Brazilian Portuguese ("0 minutos", where the rules give
 * "0 minuto").
 */
const ZERO_IN_PLURAL = /^pt(-br)?$/i;

/** The form for `count`, its placeholders not filled. */
export function pluralForm(count: number, forms: PluralForms): string {
  const rules = intl('plural', (locale) => new Intl.PluralRules(locale));
  const one = rules ? rules.select(count) === 'one' && !(count === 0 && ZERO_IN_PLURAL.test(displayLanguage() ?? '')) : count === 1;
  return one ? forms.one : forms.other;
}

/** A local clock time: "14:05", "2:05 PM", as the display language writes it. */
export function clockTime(epochMs: number): string {
  const date = new Date(epochMs);
  const format = intl('time', (locale) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }));
  return format ? format.format(date) : `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
