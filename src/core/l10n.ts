// The core's translator seam. The core does not import vscode, so it asks
// for its words here: `l10n.t` has the very shape of `vscode.l10n.t`, and the
// extension hands that function in once, at start (app.ts), with the display
// language (`vscode.env.language`) that the formats of format.ts follow.
// Until then, and in the unit tests, the words are the English source texts
// with their placeholders filled, as `vscode.l10n.t` does in English.
//
// Every call names its message as a literal where the text is written
// (`l10n.t('Snooze')`, or `l10n.t({ message, comment })` where a translator
// needs context), never a variable, so that `npm run l10n` finds it. Texts
// that are data (the exercise catalogue, the explanation) are produced by
// functions or getters, so they are translated when they are read, after
// the translator is set.
//
// Pure: no vscode import, no other dependency.

export type L10nArg = string | number | boolean;

/** The shape of `vscode.l10n.t`. */
export interface Translate {
  (message: string, ...args: L10nArg[]): string;
  (message: string, args: Record<string, unknown>): string;
  (options: { message: string; args?: L10nArg[] | Record<string, unknown>; comment: string | string[] }): string;
}

const PLACEHOLDER = /\{([^}]+)\}/g;

/**
 * `{0}`, `{1}`… (or `{name}` with a record) filled from `args`, as VS Code
 * does; a placeholder without a value is left as it is.
 */
export function fillPlaceholders(template: string, args: readonly L10nArg[] | Readonly<Record<string, unknown>>): string {
  const values = args as Readonly<Record<string, unknown>>;
  if (Object.keys(values).length === 0) {
    return template;
  }
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    (Object.prototype.hasOwnProperty.call(values, name) && values[name] !== undefined ? String(values[name]) : whole));
}

/** English: the source text, its placeholders filled. */
const english: Translate = ((first: string | { message: string; args?: L10nArg[] | Record<string, unknown> }, ...rest: unknown[]): string => {
  if (typeof first === 'string') {
    const args = rest.length === 1 && typeof rest[0] === 'object' && rest[0] !== null ? rest[0] as Record<string, unknown> : rest as L10nArg[];
    return fillPlaceholders(first, args);
  }
  return fillPlaceholders(first.message, first.args ?? []);
}) as Translate;

let translate: Translate = english;
let language: string | undefined;

/** The seam: translate with whatever the extension handed in (English until then). */
export const l10n: { t: Translate } = {
  t: ((...args: Parameters<typeof english>) => (translate as (...a: unknown[]) => string)(...args)) as Translate,
};

/**
 * Called by the extension at start: its `vscode.l10n.t`, and the display
 * language the formats follow. Nothing is loaded or created here.
 */
export function setTranslator(t: Translate, displayLanguage?: string): void {
  translate = t;
  setDisplayLanguage(displayLanguage);
}

/** The display language, for the formats (the panel's page sets the one the extension sent). */
export function setDisplayLanguage(displayLanguage: string | undefined): void {
  language = displayLanguage || undefined;
}

/** The display language set, or undefined: then the formats are the English source's own. */
export function displayLanguage(): string | undefined {
  return language;
}

/** Back to English (for tests). */
export function resetTranslator(): void {
  translate = english;
  language = undefined;
}
