// Comparing a translation with its English source, for the translation tests
// of the runtime bundles (l10n/) and of the manifest (package.nls.*.json):
// each problem is one line, so a forgotten or stale key is named, not buried
// in a diff of the whole file.

/** Texts that may read the same as the English in a language: nothing but placeholders, units and the product's name; and a short list of words each language writes as English does. */
const SAME_IN: Readonly<Record<string, readonly string[]>> = {
  fr: ['{0} minute', '{0} minutes', 'Notification'],
};

/** Whether `text` may be the same in `language` as in English. */
export function maySayTheSame(language: string, text: string): boolean {
  const words = text.replace(/\{[^}]+\}/g, ' ').replace(/\bPosture Breaks\b/g, ' ').replace(/\b(s|min|h)\b/g, ' ');
  return !/\p{L}/u.test(words) || (SAME_IN[language] ?? []).includes(text);
}

/** One line per key the translation lacks, per key it has that the source does not, and per value that is empty or not text. */
export function keyProblems(file: string, source: Readonly<Record<string, unknown>>, translation: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(source)) {
    if (!Object.prototype.hasOwnProperty.call(translation, key)) {
      problems.push(`${file}: missing ${JSON.stringify(key)}`);
    }
  }
  for (const [key, value] of Object.entries(translation)) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) {
      problems.push(`${file}: ${JSON.stringify(key)} is not in the English source (a text that changed, or was removed)`);
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${file}: ${JSON.stringify(key)} is empty`);
    }
  }
  return problems;
}

/** One line per value that is the English text itself, where the language would not say it so. */
export function untranslated(file: string, language: string, english: (key: string) => string, translation: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(translation)
    .filter(([key, value]) => value === english(key) && !maySayTheSame(language, value))
    .map(([key]) => `${file}: ${JSON.stringify(key)} is still in English`);
}
