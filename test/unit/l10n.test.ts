// Translation: no user-facing text is left outside the translator, every
// bundle has exactly the source's keys with the same placeholders, the
// bundle is what `npm run l10n` extracts, and the core's words all come
// through the seam (a marking translator marks every word of the views).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildPlan } from '../../src/core/break/plan';
import * as esbuild from 'esbuild';
import { describeStatus } from '../../src/core/clock/statusText';
import { formatWords } from '../../src/core/format/durations';
import { historySummary } from '../../src/core/days/history';
import { resetTranslator, setTranslator, type Translate } from '../../src/core/l10n';
import { pauseChoices } from '../../src/core/clock/pauseChoices';
import { readSettings } from '../../src/core/settings';
import type { ClockView } from '../../src/core/clock/view';
import { renderBreakView, renderHistoryView } from '../../src/webview/breakView';
import { contentMessage } from '../../src/panel/content';
import { chartLabel, chartLayout, emptyText, streakText, totalsText } from '../../src/webview/historyView';
import { untranslated as untranslatedLiterals } from './support/literalScan';
import { keyProblems, untranslated } from './support/translations';
import { utcDay } from './support/clockHelpers';

const root = path.resolve(__dirname, '..', '..', '..');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? tsFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('no user-facing text outside the translator', function () {
  it('src/ has no untranslated string literal (ids, classes, logs and the manifest\'s text aside)', function () {
    const findings = tsFiles(path.join(root, 'src')).flatMap((file) => untranslatedLiterals(path.relative(root, file), fs.readFileSync(file, 'utf8')));
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`), []);
  });

  it('the page script (src/webview) has no words at all, not even in l10n calls', function () {
    for (const file of tsFiles(path.join(root, 'src', 'webview'))) {
      assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /l10n\.t\(/, path.basename(file));
    }
  });

  it('the page\'s bundled script carries none of the bundle\'s texts (but the unused fallback of the length units)', async function () {
    this.timeout(30_000);
    const built = await esbuild.build({ entryPoints: [path.join(root, 'src', 'webview', 'main.ts')], bundle: true, format: 'iife', platform: 'browser', minify: true, write: false, logLevel: 'silent' });
    const script = built.outputFiles[0].text;
    const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string | { message: string }>;
    // format.ts falls back to these when no words were set; the page always sets the ones the extension sent.
    const fallback = new Set(Object.values(formatWords()));
    const baked = Object.values(bundle).map((entry) => (typeof entry === 'string' ? entry : entry.message))
      .filter((text) => !fallback.has(text) && script.includes(JSON.stringify(text)));
    assert.deepEqual(baked, []);
  });

  it('the scan catches what it is for, and lets translated text, ids and logs pass', function () {
    const caught = untranslatedLiterals('sample.ts', [
      "toggle.textContent = on ? 'Sound on' : 'Sound off';",
      'say(`Part ${n} of ${total}: ${title}`);',
      "const label = 'Done';",
      'html += `<button id="run-toggle" class="primary">Start</button>`;',
      "void vscode.window.showInformationMessage('Posture Breaks: no break is due right now.');",
    ].join('\n')).map((f) => f.line);
    assert.deepEqual(caught, [1, 1, 2, 3, 4, 5]);
    const passed = untranslatedLiterals('sample.ts', [
      "import { l10n } from './l10n';",
      "toggle.textContent = l10n.t('Sound on');",
      "vscode.l10n.t({ message: 'Snooze', comment: ['A button: ask again later.'] });",
      "const id = 'postureBreaks.takeBreak'; const kind = 'stretch';",
      "log.info('Notification: shown in this window.');",
      "throw new RangeError(`not a day key: ${key}`);",
      "document.querySelectorAll('#parts li[data-part]');",
      'html += `<span class="part-time">${esc(time)}</span>`;',
      "const item = { class: 'series series-taken', citation: 'Freeman S, Mascia A. Clinical Biomechanics 2013.' };",
    ].join('\n'));
    assert.deepEqual(passed, []);
  });
});

/** Every {placeholder} of a message, sorted. */
function placeholders(text: string): string[] {
  return (text.match(/\{[^}]+\}/g) ?? []).sort();
}

describe('the translation bundles', function () {
  const dir = path.join(root, 'l10n');
  const source = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.l10n.json'), 'utf8')) as Record<string, string | { message: string; comment: string[] }>;
  const message = (key: string) => { const entry = source[key]; return typeof entry === 'string' || entry === undefined ? entry : entry.message; };

  it('the English source is what `npm run l10n` extracts from the code now', function () {
    this.timeout(30_000);
    execFileSync(process.execPath, [path.join(root, 'scripts', 'l10n.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  });

  it('the package names the bundles\' folder', function () {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  const translations = fs.readdirSync(dir).filter((file) => /^bundle\.l10n\.[a-z]{2}(-[a-z]{2,})?\.json$/.test(file));
  for (const file of translations) {
    const language = file.slice('bundle.l10n.'.length, -'.json'.length);
    const bundle = () => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

    it(`${file} has exactly the source's keys (each one missing or extra named on a line)`, function () {
      assert.deepEqual(keyProblems(`l10n/${file}`, source, bundle()), []);
    });

    it(`${file}: each text keeps the source's placeholders, and is translated`, function () {
      const problems = untranslated(`l10n/${file}`, language, message, bundle());
      for (const [key, value] of Object.entries(bundle())) {
        if (key in source && typeof value === 'string' && placeholders(value).join() !== placeholders(message(key)).join()) {
          problems.push(`l10n/${file}: ${JSON.stringify(key)} has the placeholders ${placeholders(value).join(' ') || 'none'}, not ${placeholders(message(key)).join(' ') || 'none'}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('the checks name one line per problem, and let through what a language writes as English does', function () {
    const src = { Start: 'Start', '{0} min': '{0} min', 'Posture Breaks': 'Posture Breaks', '{0} minutes': '{0} minutes' };
    assert.deepEqual(keyProblems('x.json', src, { Start: 'Démarrer', Old: 'Vieux', '{0} min': '', 'Posture Breaks': 'Posture Breaks' }), [
      'x.json: missing "{0} minutes"', 'x.json: "Old" is not in the English source (a text that changed, or was removed)', 'x.json: "{0} min" is empty',
    ]);
    const english = (key: string) => key;
    assert.deepEqual(untranslated('x.json', 'fr', english, { Start: 'Start', '{0} min': '{0} min', 'Posture Breaks': 'Posture Breaks', '{0} minutes': '{0} minutes' }),
      ['x.json: "Start" is still in English']);
    assert.deepEqual(untranslated('x.json', 'de', english, { '{0} minutes': '{0} minutes' }), ['x.json: "{0} minutes" is still in English']);
  });

  it('the source bundle\'s placeholders are numbered from {0} on, or named as the break fills them', function () {
    for (const key of Object.keys(source)) {
      const numbered = placeholders(message(key)).filter((p) => /^\{\d+\}$/.test(p)).map((p) => Number(p.slice(1, -1)));
      const highest = Math.max(-1, ...numbered);
      for (let i = 0; i <= highest; i++) {
        assert.ok(numbered.includes(i), `${key}: {${i}} is missing`);
      }
    }
  });
});

describe('every word comes through the translator seam', function () {
  const mark: Translate = ((first: string | { message: string; args?: unknown }, ...rest: unknown[]) => {
    const template = typeof first === 'string' ? first : first.message;
    const raw = typeof first === 'string' ? (rest.length === 1 && typeof rest[0] === 'object' ? rest[0] : rest) : first.args ?? [];
    const values = raw as Record<string, unknown>;
    const filled = Object.keys(values).length === 0 ? template : template.replace(/\{([^}]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
    return `⟦${filled}⟧`;
  }) as Translate;
  const MIN = 60_000;

  afterEach(resetTranslator);

  /** What is left of a text once every marked part is taken out: no letters, if everything was translated. */
  function unmarked(text: string): string {
    let rest = text.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, ' ');
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    return rest.replace(/[^A-Za-z]+/g, ' ').trim();
  }

  it('the break view, the history view and their sentences', function () {
    setTranslator(mark, 'en');
    const message = contentMessage('break', {}, { walkthrough: '⟦Get started⟧' });
    const plan = buildPlan(message.exercises, { length: 'full' });
    const html = renderBreakView({ content: message, plan, sound: true, snoozeMinutes: 5, today: { ...noDay(), taken: 2, codingMs: 75 * MIN }, due: true, time: { stretchMs: 31 * MIN, outsideMs: 0 } });
    // Every word is translated but the citations, which stay as published.
    assert.equal(unmarked(html.replace(/data-[a-z-]+="[^"]*"/g, '').replace(/<span class="citation">[^<]*<\/span>/g, '')), '');
    assert.equal(unmarked(renderHistoryView(noDay(), message.words)), '');
    const summary = historySummary({ '2026-11-20': { ...noDay(), taken: 3, codingMs: 90 * MIN } }, Date.UTC(2026, 10, 26, 12), utcDay);
    for (const text of [chartLabel(summary, message.words), totalsText(summary, message.words), streakText(summary, message.words), emptyText(summary, message.words),
      ...chartLayout(summary.series, message.words).columns.map((c) => c.title)]) {
      assert.equal(unmarked(text.replace(/\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat|Nov)\b/g, '')), '', text);
    }
  });

  it('the status bar, the pause choices and the settings warnings', function () {
    setTranslator(mark, 'en');
    const view: ClockView = { stretchMs: 23 * MIN, outsideMs: 0, outside: 'setting', dueAtCodingMs: 30 * MIN, due: false, offered: null, prompt: false, heldBy: null, pausedUntil: null, idle: false, today: noDay() };
    for (const v of [view, { ...view, due: true, prompt: true }, { ...view, pausedUntil: 'resume' as const }, { ...view, due: true, heldBy: 'typing' as const }]) {
      const status = describeStatus(v, 'statusBar', 0, () => '10:07');
      for (const text of [status.text, status.tooltip, status.ariaLabel]) {
        assert.equal(unmarked(text.replace(/\$\([a-z-]+\)/g, '').replace('10:07', '')), '', text);
      }
    }
    for (const choice of pauseChoices(0)) {
      assert.equal(unmarked(choice.label), '');
    }
    const { warnings } = readSettings((key) => ({ intervalMinutes: 'abc', rounds: [1], enabled: 'yes', idleSeconds: 900 } as Record<string, unknown>)[key]);
    assert.ok(warnings.length >= 3);
    for (const warning of warnings) {
      assert.equal(unmarked(warning.replace(/postureBreaks\.\w+(\.\w+)?/g, '').replace(/"[^"]*"/g, '')), '', warning);
    }
  });
});

function noDay() {
  return { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0, offered: 0, offeredTaken: 0, outsideMs: 0 };
}
