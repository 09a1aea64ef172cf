// What the UI tests in another display language share: the translation of
// an English message, read from the bundles (so the tests follow the
// translation's wording but fail on any English left), and a translated
// template as a pattern. A session in that language is useSession({ locale })
// (the server started with `--locale`: a minimal language pack makes VS Code
// report the language to the extension; the workbench's own text stays
// English).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/server';

type Bundle = Record<string, string | { message: string }>;
const read = (name: string): Bundle => JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', name), 'utf8'));

/** The translation of an English message into `language` (looked up by the message, whatever the key's comment). */
export function translated(language: string, english: string): string {
  const source = read('bundle.l10n.json');
  const key = Object.keys(source).find((k) => {
    const value = source[k];
    return (typeof value === 'string' ? value : value.message) === english;
  });
  assert.ok(key, `no such message in the bundle: ${english}`);
  const text = read(`bundle.l10n.${language}.json`)[key];
  assert.ok(typeof text === 'string' && text.length > 0, `no ${language} for: ${english}`);
  return text;
}

/** A translated template as a pattern: each {n} stands for some text. */
export function pattern(template: string): RegExp {
  const parts = template.split(/\{\d+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.+?)')}$`, 's');
}
