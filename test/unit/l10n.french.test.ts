// French typography: a no-break space (U+00A0, or the narrow U+202F) before
// the high punctuation marks : ; ? ! and », and after «. An ordinary space
// there lets a line break leave the mark alone at the start of a line, and
// reads as careless to a French reader; no space at all reads as English.
// Checked in every French string: the runtime bundle and the manifest's.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const FILES = ['l10n/bundle.l10n.fr.json', 'package.nls.fr.json'];

/**
 * The text a French reader sees, with what the rule does not apply to taken
 * out:
 * - link targets (`[label](command:…)`, `https://…`): a URL's ":" and "?"
 *   are syntax, and a space there would break the link;
 * - clock times ("14:05"): French writes them with a colon and no space (the
 *   product's own come from Intl, but a translator may give one as an example);
 * - placeholders ("{0}", "{side}"): they stand for a value filled in later,
 *   whose own punctuation is checked where it is written. Each is replaced by
 *   a letter, so that the space before a mark that follows it is still checked
 *   ("{0} : …" must be "{0}\u00a0: …").
 */
function prose(text: string): string {
  return text
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/\b(?:https?|command):[^\s)]*/g, 'X')
    .replace(/\b\d{1,2}:\d{2}\b/g, 'X')
    .replace(/\{[^}]+\}/g, 'X');
}

const NO_BREAK = '\u00a0\u202f';
const RULES: Array<{ pattern: RegExp; says: string }> = [
  { pattern: /[ \t\n][:;?!»]/g, says: 'an ordinary space before the mark (use a no-break space)' },
  { pattern: /«[ \t\n]/g, says: 'an ordinary space after « (use a no-break space)' },
  { pattern: new RegExp(`[^\\s${NO_BREAK}][:;?!»]`, 'g'), says: 'no space before the mark (French puts a no-break space there)' },
  { pattern: new RegExp(`«[^\\s${NO_BREAK}]`, 'g'), says: 'no space after « (French puts a no-break space there)' },
];

/** Every place in a French string that breaks the rule, as "file: key: …text…: what is wrong". */
function findings(file: string, key: string, value: string): string[] {
  const text = prose(value);
  return RULES.flatMap(({ pattern, says }) => [...text.matchAll(pattern)].map((match) => {
    const at = match.index ?? 0;
    return `${file}: ${key.slice(0, 60)}: …${text.slice(Math.max(0, at - 20), at + 10).replace(/\n/g, ' ')}…: ${says}`;
  }));
}

describe('French typography', function () {
  it('the check catches an ordinary space or none at all, and lets links, times and placeholders pass', function () {
    assert.equal(findings('f', 'k', 'Pause : maintenant ?').length, 2);
    assert.equal(findings('f', 'k', 'Pause: maintenant?').length, 2);
    assert.equal(findings('f', 'k', '« Terminé »').length, 2);
    assert.equal(findings('f', 'k', '{0} : {1}').length, 1);
    assert.deepEqual(findings('f', 'k', 'Pause\u00a0: maintenant\u202f? «\u00a0Terminé\u00a0» à 14:05, {0}\u00a0!'), []);
    assert.deepEqual(findings('f', 'k', 'Ouvrez les paramètres\u00a0:\n[Paramètres](command:workbench.action.openSettings?%5B%22%40ext%3Ax%22%5D) ou https://example.org/a?b'), []);
  });

  for (const file of FILES) {
    it(`${file}: a no-break space before : ; ? ! » and after «`, function () {
      const strings = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;
      const found = Object.entries(strings).flatMap(([key, value]) => findings(file, key, value));
      assert.deepEqual(found, []);
    });
  }
});
