// Sentences the code puts one after the other are joined as the display
// language joins them: with a space in English, French or German, with none
// in Japanese and Chinese (a space after "。" reads as a stray gap there).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { historySummary } from '../../src/core/days/history';
import { fillPlaceholders, resetTranslator, setTranslator, type Translate } from '../../src/core/l10n';
import { chartLabel, totalsText } from '../../src/webview/historyView';
import { panelWords } from '../../src/panel/panelWords';
import { utcDay } from './support/clockHelpers';
import { noDay } from './support/panelInput';

const root = path.resolve(__dirname, '..', '..', '..');
const MIN = 60_000;

/** A translator that reads a language's bundle as VS Code does: the key is the message, then "/" and the comment. */
function bundleTranslator(language: string): Translate {
  const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
  return ((first: string | { message: string; args?: unknown; comment: string | string[] }) => {
    const message = typeof first === 'string' ? first : first.message;
    const key = typeof first === 'string' ? first : `${first.message}/${([] as string[]).concat(first.comment).join('')}`;
    const args = typeof first === 'string' ? [] : (first.args ?? []) as string[];
    return fillPlaceholders(bundle[key] ?? message, args);
  }) as Translate;
}

describe('sentences joined as the language joins them', function () {
  afterEach(resetTranslator);
  const summary = historySummary({ '2026-11-20': { ...noDay, taken: 3, offered: 2, offeredTaken: 1, codingMs: 90 * MIN } }, Date.UTC(2026, 10, 26, 12), utcDay);

  for (const language of ['ja', 'zh-cn']) {
    it(`${language}: no space between two sentences in the history's totals and the chart's description`, function () {
      setTranslator(bundleTranslator(language), language);
      const words = panelWords();
      for (const text of [totalsText(summary, words), chartLabel(summary, words), fillPlaceholders(words.text.sentences, ['一。', '二。'])]) {
        assert.ok(text.includes('。'), text);
        assert.doesNotMatch(text, /[。！？] /, text);
      }
    });
  }

  it('en, de, fr, es, pt-br: one space between two sentences', function () {
    for (const language of ['en', 'de', 'fr', 'es', 'pt-br']) {
      if (language !== 'en') {
        setTranslator(bundleTranslator(language), language);
      }
      assert.equal(fillPlaceholders(panelWords().text.sentences, ['One.', 'Two.']), 'One. Two.', language);
      assert.match(totalsText(summary, panelWords()), /\. \S/, language);
    }
  });

  it('ja and zh-cn: no translated string has a space after a full stop', function () {
    for (const language of ['ja', 'zh-cn']) {
      for (const file of [`l10n/bundle.l10n.${language}.json`, `package.nls.${language}.json`]) {
        const strings = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;
        const spaced = Object.entries(strings).filter(([, value]) => /[。！？] /.test(value)).map(([key]) => key);
        assert.deepEqual(spaced, [], file);
      }
    }
  });
});
