// The exercise catalogue is well formed, and the manifest, the packaged file
// list, the settings reader and the README agree with it and with the code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { panelWords } from '../../src/panel/panelWords';
import { keyProblems, untranslated } from './support/translations';
import { BREAK_LENGTHS, LENGTHS } from '../../src/core/break/lengths';
import { buildPlan } from '../../src/core/break/plan';
import { cues, notMedicalAdvice, safetyNote, why } from '../../src/core/break/texts';
import { EXERCISES, figureFiles, STRETCH_VARIANTS } from '../../src/core/break/exercises';
import { EXERCISE_KINDS, type Exercise } from '../../src/core/break/shapes';
import { formatSpan } from '../../src/core/format/durations';
import { RANGES } from '../../src/core/limits';
import { findReference, REFERENCES } from '../../src/core/break/references';
import { CHOICES, DEFAULTS } from '../../src/core/settings';
import { Commands, WALKTHROUGH_ID } from '../../src/vscode/commandIds';

const root = path.resolve(__dirname, '..', '..', '..');
// The texts as the panel reads them (in English here: no translator is set).
const WHY = why();
const SAFETY_NOTE = safetyNote();
const NOT_MEDICAL_ADVICE = notMedicalAdvice();
const CUES = cues();
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; image?: string; altText?: string };
  completionEvents?: string[];
}
const manifest = JSON.parse(read('package.json')) as {
  name: string;
  publisher: string;
  displayName: string;
  description: string;
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    configuration: { title: string; properties: Record<string, Record<string, unknown>> };
    walkthroughs?: Array<{ id: string; title: string; description: string; steps: WalkthroughStep[] }>;
  };
};
/** The manifest's English text: the values of its `%key%` strings. */
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const NLS_KEY = /^%([^%\s]+)%$/;

/** A manifest string as VS Code shows it in English: a `%key%` resolved through package.nls.json. */
function localized(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(localized);
  }
  const key = typeof value === 'string' ? NLS_KEY.exec(value)?.[1] : undefined;
  if (key === undefined) {
    return value;
  }
  assert.ok(Object.prototype.hasOwnProperty.call(nls, key), `package.nls.json has no "${key}"`);
  return nls[key];
}
const catalogue: readonly Exercise[] = EXERCISES;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const words_ = panelWords();

describe('the exercise catalogue', function () {
  it('has unique ids, one exercise or more of each kind, in break order', function () {
    const ids = catalogue.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^[a-z][a-z0-9-]*$/);
    }
    for (const kind of EXERCISE_KINDS) {
      assert.ok(catalogue.some((e) => e.kind === kind), `no ${kind}`);
    }
  });

  for (const exercise of catalogue) {
    it(`${exercise.id}: steps, mistakes, timing, figure and references that exist`, function () {
      assert.ok(exercise.steps.length >= 4 && exercise.steps.length <= 6, `${exercise.steps.length} steps`);
      assert.ok(exercise.steps.every((step) => step.length > 10 && step.length < 220));
      assert.ok(exercise.mistakes.length > 10 && exercise.mistakes.length < 220);
      assert.ok(exercise.title && exercise.label);
      assert.ok(fs.existsSync(path.join(root, 'media', 'figures', exercise.figure.file)), `media/figures/${exercise.figure.file}`);
      assert.match(exercise.figure.label, /seen from the side/);
      assert.ok(exercise.references.length >= 1);
      for (const id of exercise.references) {
        assert.ok(findReference(id), `unknown reference ${id}`);
      }
      const timing = exercise.timing;
      assert.equal(timing.type === 'hold', exercise.kind === 'stretch', 'stretches hold, nothing else does');
      if (exercise.sided) {
        assert.ok(exercise.sideCaption && exercise.switchCue, 'a sided exercise names its sides and its switch');
        assert.match(exercise.sideCaption.left, /^Left side: left /);
        assert.match(exercise.sideCaption.right, /^Right side: right /);
      } else {
        assert.equal(exercise.sideCaption, undefined);
      }
    });
  }

  it('timing follows the brief: kneeling switch 10 s or more, squeeze 5 on 3 off 8 times, walk about a minute', function () {
    const byId = (id: string) => catalogue.find((e) => e.id === id)?.timing;
    const kneeling = byId('kneeling');
    assert.ok(kneeling?.type === 'hold' && kneeling.switchSeconds >= 10);
    const standing = byId('standing');
    assert.ok(standing?.type === 'hold' && standing.switchSeconds >= 5);
    assert.deepEqual(byId('squeeze'), { type: 'reps', onSeconds: 5, offSeconds: 3, reps: 8 });
    const walk = byId('walk');
    assert.ok(walk?.type === 'timed' && walk.seconds >= 60 && walk.seconds <= 120);
  });

  it('both stretches list bouncing, holding the breath and pushing into pain as mistakes; the walk allows any pace', function () {
    for (const id of ['standing', 'kneeling']) {
      const mistakes = catalogue.find((e) => e.id === id)?.mistakes ?? '';
      for (const pattern of [/bouncing/, /holding your breath/, /pushing into pain/]) {
        assert.match(mistakes, pattern, id);
      }
    }
    const walk = catalogue.find((e) => e.id === 'walk')?.mistakes ?? '';
    assert.doesNotMatch(walk, /hurry|rush|too fast/i, 'a brisk walk worked as well in the study');
    assert.match(walk, /brisk/);
  });

  it('the words of the stretches: the standing back leg straight or softly bent, "kneel tall" when kneeling', function () {
    const steps = (id: string) => (catalogue.find((e) => e.id === id)?.steps ?? []).join(' ');
    assert.match(steps('standing'), /back leg straight or softly bent/);
    assert.match(steps('kneeling'), /kneel tall/);
    assert.doesNotMatch(steps('kneeling'), /sit up/);
  });

  it('the kneeling stretch asks for the cushion before Start, and has 15 s or more to get down onto it', function () {
    const kneeling = catalogue.find((e) => e.id === 'kneeling');
    assert.match(kneeling?.beforeStart ?? '', /cushion down before you press Start/);
    assert.ok((kneeling?.setupSeconds ?? 0) >= 15);
    assert.deepEqual(catalogue.filter((e) => e.beforeStart !== undefined).map((e) => e.id), ['kneeling']);
  });

  it('cites Contreras 2015 for the squeeze and the walking-break evidence for the walk', function () {
    assert.deepEqual(catalogue.find((e) => e.id === 'squeeze')?.references, ['contreras-2015']);
    assert.deepEqual(catalogue.find((e) => e.id === 'walk')?.references, ['dunstan-2012']);
  });

  it('the texts carry no typed-in durations: every number of seconds comes from the timing', function () {
    for (const exercise of catalogue) {
      const text = [...exercise.steps, exercise.mistakes].join(' ');
      assert.doesNotMatch(text, /\d+\s*(s|sec|seconds|min|minutes?)\b/, exercise.id);
    }
  });
});

describe('the references', function () {
  it('have unique ids and full citations; links go to the paper (DOI or article page), never a search', function () {
    assert.equal(new Set(REFERENCES.map((r) => r.id)).size, REFERENCES.length);
    for (const reference of REFERENCES) {
      assert.ok(reference.citation.length > 40, reference.id);
      assert.match(reference.citation, /\b(19|20)\d\d\b/);
      if (reference.url !== undefined) {
        assert.match(reference.url, /^https:\/\/[^\s?#]+$/, `${reference.id}: no query string`);
        assert.doesNotMatch(reference.url, /search|[?&]term=/i);
      }
    }
  });

  it('say exactly what each study showed, in whom', function () {
    const label = (id: string) => findReference(id)?.label ?? '';
    assert.match(label('freeman-2013'), /12 patients with hip problems/);
    assert.match(label('freeman-2013'), /gluteus maximus on the injected side/);
    assert.match(label('moreside-2013'), /24 young men, not all of whom stretched/);
    assert.match(label('dunstan-2012'), /19 overweight or obese adults aged 45 to 65/);
    assert.match(label('dunstan-2012'), /light or moderate walking/);
    assert.match(label('dunstan-2012'), /after a glucose-and-fat drink/);
    assert.doesNotMatch(label('dunstan-2012'), /meal/);
  });

  it('cite the ACSM with a full citation for hold times', function () {
    const acsm = REFERENCES.find((r) => /American College of Sports Medicine/.test(r.citation));
    assert.ok(acsm);
    assert.match(acsm.citation, /Guidelines for Exercise Testing and Prescription/);
    assert.match(acsm.label, /10 to 30 s/);
    assert.match(acsm.label, /30 to 60 s for older adults/);
  });
});

describe('the explanation and the safety note', function () {
  const whyText = (last: string) => [...WHY.paragraphs, last].join(' ');

  it('is 80 to 150 words with either closing, and cites 2 to 4 references that exist', function () {
    for (const closing of [WHY.lastWithWalk, WHY.lastWithoutWalk]) {
      const count = words(whyText(closing));
      assert.ok(count >= 80 && count <= 150, `${count} words`);
    }
    assert.ok(WHY.references.length >= 2 && WHY.references.length <= 4);
    assert.ok(WHY.references.every((id) => findReference(id)));
  });

  it('names the two links that hold, describes the hip study as it was, and calls the chain unproven', function () {
    const text = whyText(WHY.lastWithWalk);
    assert.match(text, /reciprocal inhibition/);
    assert.match(text, /during that movement/);
    assert.match(text, /irritated joint/);
    assert.match(text, /12 patients with hip problems/);
    assert.match(text, /injected into the hip for a scan/);
    assert.match(text, /gluteus maximus activity on the injected side/, 'the muscle and the side the study measured');
    assert.match(text, /swollen joint can do, not what sitting does/, 'the study\'s limit');
    assert.match(text, /hypothesis/);
    assert.match(text, /unproven/);
    assert.doesNotMatch(text, /lab study|some links/i);
    assert.match(WHY.lastWithWalk, /ends with a short walk/);
    assert.doesNotMatch(WHY.lastWithoutWalk, /ends with a short walk/);
    assert.equal(WHY.lastWithWalk.split(', mostly walking,')[0], WHY.lastWithoutWalk.split(', mostly walking,')[0], 'the two endings say the same up to the walk');
    for (const ending of [WHY.lastWithWalk, WHY.lastWithoutWalk]) {
      assert.match(ending, /best evidence: [^.]*blood sugar and insulin, which says nothing about hips or glutes\./, 'says what the best evidence is for');
    }
  });

  it('the safety note says all the brief asks', function () {
    for (const pattern of [/mild pull/, /never to pain/, /tingling/, /numbness/, /dizziness/, /persists or gets worse, see a doctor or physiotherapist/,
      /surgery/, /pregnancy/, /hip replacement, ask your surgeon/, /behind the body/, /pad the knee/, /desk or a sturdy chair to get down and back up/,
      /hip replacement[^.]*before kneeling down or getting back up, which bends the hip deeply/, /pregnant, stretch gently and hold on to something stable for balance/]) {
      assert.match(SAFETY_NOTE, pattern);
    }
    assert.match(NOT_MEDICAL_ADVICE, /Not medical advice/);
  });

  it('the kneeling switch cue says to use the desk or a sturdy chair to get up, as the safety note does', function () {
    assert.match(catalogue.find((e) => e.id === 'kneeling')?.switchCue ?? '', /use the desk or a sturdy chair to get up/);
    assert.match(CUES.switch, /\{switchCue\}/);
  });
});

describe('manifest consistency: package.json, .vscodeignore and the code agree', function () {
  const properties = manifest.contributes.configuration.properties;

  it('declares exactly the commands of commandIds.ts, in the category "Posture Breaks"', function () {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(Commands).sort());
    for (const command of manifest.contributes.commands) {
      assert.equal(localized(command.category), 'Posture Breaks', command.command);
      assert.ok(localized(command.title), command.command);
    }
  });

  it('declares exactly the settings the reader reads, with the same defaults', function () {
    assert.deepEqual(Object.keys(properties).map((key) => key.replace(/^postureBreaks\./, '')).sort(), Object.keys(DEFAULTS).sort());
    for (const [key, value] of Object.entries(DEFAULTS)) {
      assert.deepEqual(properties[`postureBreaks.${key}`].default, value, key);
      assert.equal(properties[`postureBreaks.${key}`].type, typeof value === 'number' ? 'integer' : typeof value, key);
    }
  });

  it('has the ranges of limits.ts, stated in each description', function () {
    for (const [key, [min, max]] of Object.entries(RANGES)) {
      const property = properties[`postureBreaks.${key}`];
      assert.equal(property.minimum, min, key);
      assert.equal(property.maximum, max, key);
      assert.match(String(localized(property.markdownDescription)), new RegExp(`\\(${min} to ${max}[),;]`), `${key} describes its range`);
    }
  });

  it('the hold-time setting gives the guidance: 10 to 30 s, 30 to 60 s for older adults', function () {
    const description = String(localized(properties['postureBreaks.holdSeconds'].markdownDescription));
    assert.match(description, /10 to 30 seconds/);
    assert.match(description, /30 to 60 seconds for older adults/);
  });

  it('the stretches\' enum, its descriptions and labels, in every language, are what `npm run manifest` writes from the catalogue', function () {
    this.timeout(30_000);
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'manifest.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('every setting with a closed list labels each choice (enumItemLabels), so the Settings editor shows no raw value', function () {
    const enums = Object.entries(properties).filter(([, property]) => Array.isArray(property.enum));
    assert.ok(enums.length >= 3);
    for (const [key, property] of enums) {
      const labels = property.enumItemLabels as unknown[] | undefined;
      assert.equal(labels?.length, (property.enum as unknown[]).length, `${key} labels each choice`);
      for (const label of labels ?? []) {
        assert.match(String(label), NLS_KEY, `${key}: ${String(label)} is a %key%, translated in package.nls.*.json`);
      }
    }
  });

  it('words shared by every stretch name no muscle: a stretch names its own in its title', function () {
    const shared = [words_.text.whichStretch, ...BREAK_LENGTHS.map((length) => LENGTHS[length].description),
      String(localized(properties['postureBreaks.stretchVariant'].markdownDescription))];
    for (const text of shared) {
      assert.doesNotMatch(text, /flexor|calf|hamstring|quadriceps/i, text);
    }
    for (const stretch of catalogue.filter((e) => e.kind === 'stretch')) {
      assert.match(stretch.title, /\b[a-z]+(-[a-z]+)? stretch$/, `${stretch.id} names what it stretches`);
    }
  });

  it('has the enums of the code: stretches from the catalogue, lengths from the break plan', function () {
    for (const [key, choices] of Object.entries(CHOICES)) {
      assert.deepEqual(properties[`postureBreaks.${key}`].enum, [...choices], key);
    }
    assert.deepEqual([...CHOICES.stretchVariant], catalogue.filter((e) => e.kind === 'stretch').map((e) => e.id));
    assert.deepEqual([...STRETCH_VARIANTS], [...CHOICES.stretchVariant]);
    assert.deepEqual([...CHOICES.breakLength], [...BREAK_LENGTHS]);
    assert.deepEqual(localized(properties['postureBreaks.stretchVariant'].enumDescriptions),
      catalogue.filter((e) => e.kind === 'stretch').map((e) => e.settingDescription));
    assert.deepEqual(localized(properties['postureBreaks.breakLength'].enumDescriptions), BREAK_LENGTHS.map((length) => LENGTHS[length].description));
  });

  it('.vscodeignore ships every figure of the catalogue (media/figures/ by a glob), and that folder holds no other drawing', function () {
    for (const file of figureFiles()) {
      assert.ok(ships(`media/figures/${file}`), `media/figures/${file} is not shipped`);
    }
    assert.deepEqual(fs.readdirSync(path.join(root, 'media', 'figures')).sort(), figureFiles().sort());
  });

  it('every figure is a bare, themeable SVG: no script, style, text or ids, the target highlighted', function () {
    for (const exercise of catalogue) {
      const svg = read(path.join('media', 'figures', exercise.figure.file));
      assert.match(svg, /^<svg [^>]*class="exercise-figure"/);
      assert.doesNotMatch(svg, /<script|<style|<text|\sid=|href=|on[a-z]+=/i);
      assert.doesNotMatch(svg.replace(/<g class="highlight"[^>]*>/, ''), /#[0-9a-f]{3,6}\b/i, 'colours only in the highlight group');
      if (exercise.kind !== 'walk') {
        assert.match(svg, /<g class="highlight"/);
        assert.match(svg, /class="highlight-glow"/);
      }
    }
  });
});

/** Whether .vscodeignore lets `file` into the package: it allows only what its `!` lines name (`*`: within one folder). */
function ships(file: string): boolean {
  return read('.vscodeignore').split('\n').filter((line) => line.startsWith('!')).some((line) => {
    const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    const pattern = line.slice(1).trim().split('**').map((part) => part.split('*').map(escape).join('[^/]*')).join('.*');
    return new RegExp(`^${pattern}$`).test(file);
  });
}

/** Every user-facing string of the manifest, with where it is. */
function manifestTexts(): Array<[string, unknown]> {
  const texts: Array<[string, unknown]> = [['description', manifest.description]];
  for (const command of manifest.contributes.commands) {
    texts.push([`${command.command} title`, command.title], [`${command.command} category`, command.category]);
  }
  texts.push(['configuration title', manifest.contributes.configuration.title]);
  for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) {
    for (const field of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) {
      if (field in property) {
        texts.push([`${key} ${field}`, property[field]]);
      }
    }
    for (const field of ['enumDescriptions', 'markdownEnumDescriptions', 'enumItemLabels']) {
      (property[field] as unknown[] | undefined)?.forEach((text, i) => texts.push([`${key} ${field}[${i}]`, text]));
    }
  }
  for (const walkthrough of manifest.contributes.walkthroughs ?? []) {
    texts.push([`${walkthrough.id} title`, walkthrough.title], [`${walkthrough.id} description`, walkthrough.description]);
    for (const step of walkthrough.steps) {
      texts.push([`${step.id} title`, step.title], [`${step.id} description`, step.description], [`${step.id} altText`, step.media.altText]);
    }
  }
  return texts;
}

/** Each translation of the manifest: package.nls.<language>.json. */
const TRANSLATIONS = fs.readdirSync(root).filter((file) => /^package\.nls\.[a-z]{2}(-[a-z]{2})?\.json$/.test(file)).sort();
/** What a translation keeps as it is: code spans (with setting links), command links, the numbers of the English. */
const kept = (text: string) => ({
  code: (text.match(/`[^`]+`/g) ?? []).sort(),
  commands: [...text.matchAll(/\]\((command:[^)\s]+)\)/g)].map((m) => m[1]).sort(),
});
const numbers = (text: string) => new Set(text.match(/\d+/g) ?? []);

describe('the manifest text: package.nls.json and its translations', function () {
  it('every user-facing string of package.json is a %key% of package.nls.json; the product name stays as it is', function () {
    for (const [where, text] of manifestTexts()) {
      assert.match(String(text), NLS_KEY, `${where} is not a %key%`);
      assert.ok(typeof localized(text) === 'string' && localized(text), `${where} is empty`);
    }
    assert.equal(manifest.displayName, 'Posture Breaks');
    assert.equal(localized(manifest.contributes.configuration.title), 'Posture Breaks');
  });

  it('package.nls.json holds exactly the keys package.json uses, none empty', function () {
    const used = [...new Set(manifestTexts().map(([, text]) => NLS_KEY.exec(String(text))?.[1]))].sort();
    assert.deepEqual(Object.keys(nls).sort(), used);
    for (const [key, value] of Object.entries(nls)) {
      assert.ok(typeof value === 'string' && value.trim(), key);
    }
  });

  it('ships the manifest in German, French, Spanish, Brazilian Portuguese, Japanese and Simplified Chinese', function () {
    for (const language of ['de', 'fr', 'es', 'pt-br', 'ja', 'zh-cn']) {
      assert.ok(TRANSLATIONS.includes(`package.nls.${language}.json`), `no package.nls.${language}.json`);
    }
  });

  it('.vscodeignore ships package.nls.json and every translation', function () {
    for (const file of ['package.nls.json', ...TRANSLATIONS]) {
      assert.ok(ships(file), `${file} is not shipped`);
    }
  });

  for (const file of TRANSLATIONS) {
    describe(file, function () {
      const translation = JSON.parse(read(file)) as Record<string, unknown>;
      const language = file.slice('package.nls.'.length, -'.json'.length);

      it('has exactly the keys of package.nls.json, and no empty value (each one missing or extra named on a line)', function () {
        assert.deepEqual(keyProblems(file, nls, translation), []);
      });

      it('is translated, and keeps the code, setting and command links, the numbers and the product name', function () {
        for (const [key, english] of Object.entries(nls)) {
          const text = String(translation[key] ?? '');
          if (english === 'Posture Breaks') {
            assert.equal(text, english, `${key}: the product name is not translated`);
            continue;
          }
          assert.deepEqual(untranslated(file, language, (k) => nls[k], { [key]: text }), []);
          assert.deepEqual(kept(text), kept(english), `${key} keeps its code and links`);
          for (const n of numbers(english)) {
            assert.ok(numbers(text).has(n), `${key} lost the number ${n}`);
          }
          if (english.includes('Posture Breaks')) {
            assert.ok(text.includes('Posture Breaks'), `${key}: the product name`);
          }
          // A command named in a text (a walkthrough's button, say) is named by its title in that language.
          for (const command of manifest.contributes.commands) {
            const title = NLS_KEY.exec(command.title)?.[1] ?? '';
            if (key !== title && english.includes(nls[title])) {
              assert.ok(text.includes(String(translation[title])), `${key} names "${nls[title]}" as "${String(translation[title])}"`);
            }
          }
        }
      });
    });
  }
});

describe('the walkthrough', function () {
  const walkthroughs = manifest.contributes.walkthroughs ?? [];
  const steps = walkthroughs[0]?.steps ?? [];
  /** Commands VS Code has that the walkthrough's buttons may run. */
  const BUILT_IN = ['workbench.action.openSettings'];
  const buttons = (step: WalkthroughStep) => [...String(localized(step.description)).matchAll(/\]\(command:(?:toSide:)?([\w.-]+)(?:\?([^)\s]+))?\)/g)]
    .map(([, command, args]) => ({ command, args: args === undefined ? undefined : JSON.parse(decodeURIComponent(args)) as unknown }));

  it('is one walkthrough, the one Open Walkthrough opens, with the steps of the brief in order', function () {
    assert.equal(walkthroughs.length, 1);
    assert.equal(`${manifest.publisher}.${manifest.name}#${walkthroughs[0].id}`, WALKTHROUGH_ID);
    assert.deepEqual(steps.map((step) => step.id), ['about', 'tryBreak', 'settings', 'history'].map((id) => `${walkthroughs[0].id}.${id}`));
  });

  it('its text keys resolve in package.nls.json', function () {
    for (const text of [walkthroughs[0].title, walkthroughs[0].description, ...steps.flatMap((step) => [step.title, step.description, step.media.altText])]) {
      assert.match(String(text), NLS_KEY);
      assert.ok(localized(text), String(text));
    }
  });

  for (const step of steps) {
    it(`${step.id}: a picture from media/ that exists and ships, with a text alternative`, function () {
      const file = step.media.svg ?? step.media.image;
      assert.ok(file && file.startsWith('media/'), `${step.id} has no picture from media/`);
      assert.ok(fs.existsSync(path.join(root, file)), `${file} does not exist`);
      assert.ok(ships(file), `${file} is not in .vscodeignore`);
      assert.ok(step.media.altText, `${step.id} has no altText`);
    });

    it(`${step.id}: its buttons run registered commands, and running them checks the step off`, function () {
      const events = step.completionEvents ?? [];
      assert.ok(events.length > 0, 'no completion event');
      for (const { command, args } of buttons(step)) {
        assert.ok((Object.values(Commands) as string[]).includes(command) || BUILT_IN.includes(command), `${command} is not a command of ours or VS Code's`);
        assert.ok(events.includes(`onCommand:${command}`), `running ${command} does not check the step off`);
        if (command === 'workbench.action.openSettings') {
          assert.deepEqual(args, [`@ext:${manifest.publisher}.${manifest.name}`], 'the settings, filtered to ours');
        }
      }
      for (const event of events) {
        const [kind, value] = event.split(/:(.*)/s);
        assert.ok(['onCommand', 'onSettingChanged', 'onStepSelected'].includes(kind), event);
        if (kind === 'onCommand') {
          assert.ok(buttons(step).some((button) => button.command === value), `${event}: no button of the step runs it`);
        }
        if (kind === 'onSettingChanged') {
          assert.ok(value in manifest.contributes.configuration.properties, `${event}: no such setting`);
        }
      }
    });
  }

  it('has a button for each thing the brief names: a break, the settings, the history', function () {
    const byStep = Object.fromEntries(steps.map((step) => [step.id.split('.').pop(), buttons(step).map((button) => button.command)]));
    assert.deepEqual(byStep, {
      about: [],
      tryBreak: [Commands.takeBreak],
      settings: ['workbench.action.openSettings'],
      history: [Commands.showHistory],
    });
  });

  it('claims no more than the panel: its why is the explanation\'s, word for word, and it keeps the safety rule', function () {
    const about = String(localized(steps[0].description));
    const why = /Why: ([^.]+)\./.exec(about)?.[1];
    assert.ok(why, 'the first step says why');
    const panel = [...WHY.paragraphs, WHY.lastWithWalk].join(' ').toLowerCase();
    for (const clause of why.split(', and ')) {
      assert.ok(panel.includes(clause.toLowerCase()), `"${clause}" is not what the panel says`);
    }
    const tryBreak = String(localized(steps[1].description));
    assert.ok(tryBreak.includes(SAFETY_NOTE.split(';')[0]), 'the try-a-break step keeps "Stretch to a mild pull, never to pain"');
  });

  it('its own pictures are themeable SVG without words (they would not be translated) or scripts', function () {
    const own = steps.map((step) => step.media.svg ?? '').filter((file) => file.startsWith('media/walkthrough/'));
    assert.ok(own.length > 0);
    for (const file of own) {
      const svg = read(file);
      assert.match(svg, /^<svg [^>]*viewBox="[^"]+"/, file);
      assert.doesNotMatch(svg, /<script|<text|<foreignObject|<image|href=|\son[a-z]+=/i, file);
      for (const [, attribute, value] of svg.matchAll(/\s(fill|stroke|color|stop-color)="([^"]*)"/g)) {
        assert.match(value, /^(none|currentColor|var\(--vscode-[\w-]+[,)].*)$/, `${file}: ${attribute}="${value}" is not a theme colour`);
      }
    }
  });
});

describe('the README', function () {
  it('states the three break lengths with the durations computed at the defaults', function () {
    const readme = read('README.md');
    for (const length of BREAK_LENGTHS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${length}\` |`));
      assert.ok(row, `no README row for ${length}`);
      for (const variant of CHOICES.stretchVariant) {
        const total = buildPlan(EXERCISES, { length, variant, holdSeconds: DEFAULTS.holdSeconds, rounds: DEFAULTS.rounds }).totalMs;
        assert.ok(row.includes(formatSpan(total)), `${length}/${variant}: ${formatSpan(total)} not in "${row}"`);
      }
    }
  });
});
