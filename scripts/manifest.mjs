// `npm run manifest`: writes the manifest's lists that the exercise catalogue
// is the source of, so that an exercise is its catalogue entry, its drawing
// and its translations. From src/core/break/exercises.ts:
// - package.json: the `stretchVariant` setting's enum (every stretch's id, in
//   catalogue order), its enumDescriptions and enumItemLabels, as %keys%;
// - package.nls.json: those keys' English (the stretch's settingDescription
//   and label);
// - package.nls.<language>.json: the same keys, in each language the
//   runtime translations (l10n/bundle.l10n.<language>.json) have them in.
//   A translation that is missing there is left out here, and the
//   translation tests name it.
// `--check` only compares, and fails with one line per file that is stale
// (the unit tests run it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
const json = (value) => `${JSON.stringify(value, undefined, 2)}\n`;
const SETTING = 'postureBreaks.stretchVariant';
const PREFIX = 'configuration.stretchVariant.';

/** The catalogue, bundled and evaluated here (its texts in English: no translator is set). */
async function catalogue() {
  const built = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'core', 'break', 'exercises.ts')],
    bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
  return module.EXERCISES;
}

/** The generated keys of package.nls.json and their English, in catalogue order. */
function englishKeys(stretches) {
  return stretches.flatMap((stretch) => [
    [`${PREFIX}${stretch.id}`, stretch.settingDescription],
    [`${PREFIX}${stretch.id}.label`, stretch.label],
  ]);
}

/** A key of ours: a stretch's description or label (not the setting's own description). */
const generated = (key) => key.startsWith(PREFIX) && key !== `${PREFIX}description`;

/** `nls` with the generated keys replaced by `entries`, where the old ones stood (after the setting's description). */
function withKeys(nls, entries) {
  const out = {};
  let placed = false;
  const place = () => {
    for (const [key, value] of entries) {
      if (value !== undefined) {
        out[key] = value;
      }
    }
    placed = true;
  };
  for (const [key, value] of Object.entries(nls)) {
    if (generated(key)) {
      continue;
    }
    out[key] = value;
    if (key === `${PREFIX}description`) {
      place();
    }
  }
  if (!placed) {
    place();
  }
  return out;
}

/** The translation of an English runtime text in one language's bundle (keys are "message" or "message/comment"). */
function translator(language) {
  const source = JSON.parse(read('l10n/bundle.l10n.json'));
  const file = `l10n/bundle.l10n.${language}.json`;
  const bundle = fs.existsSync(path.join(root, file)) ? JSON.parse(read(file)) : {};
  const byMessage = new Map();
  for (const key of Object.keys(source).sort()) {
    const message = typeof source[key] === 'string' ? source[key] : source[key].message;
    if (!byMessage.has(message) && typeof bundle[key] === 'string') {
      byMessage.set(message, bundle[key]);
    }
  }
  return (english) => byMessage.get(english);
}

const stretches = (await catalogue()).filter((exercise) => exercise.kind === 'stretch');
const english = englishKeys(stretches);
const missing = stretches.filter((stretch) => !stretch.settingDescription).map((stretch) => stretch.id);
if (missing.length > 0) {
  console.error(`Each stretch needs a settingDescription (the settings editor's text): ${missing.join(', ')}`);
  process.exit(1);
}

const outputs = new Map();
const manifest = JSON.parse(read('package.json'));
const property = manifest.contributes.configuration.properties[SETTING];
property.enum = stretches.map((stretch) => stretch.id);
property.enumDescriptions = stretches.map((stretch) => `%${PREFIX}${stretch.id}%`);
property.enumItemLabels = stretches.map((stretch) => `%${PREFIX}${stretch.id}.label%`);
outputs.set('package.json', json(manifest));
outputs.set('package.nls.json', json(withKeys(JSON.parse(read('package.nls.json')), english)));
for (const file of fs.readdirSync(root).filter((name) => /^package\.nls\..+\.json$/.test(name)).sort()) {
  const translate = translator(file.slice('package.nls.'.length, -'.json'.length));
  outputs.set(file, json(withKeys(JSON.parse(read(file)), english.map(([key, text]) => [key, translate(text)]))));
}

const stale = [...outputs].filter(([file, text]) => read(file) !== text).map(([file]) => file);
if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    console.error(stale.map((file) => `${file} is not what the exercise catalogue says: run npm run manifest`).join('\n'));
    process.exit(1);
  }
  console.log(`The manifest's stretches are the catalogue's: ${stretches.map((stretch) => stretch.id).join(', ')}`);
} else {
  for (const file of stale) {
    fs.writeFileSync(path.join(root, file), outputs.get(file));
  }
  console.log(stale.length > 0 ? `Wrote ${stale.join(', ')}` : 'The manifest was up to date.');
}
