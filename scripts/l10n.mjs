// `npm run l10n`: extracts every runtime string of the extension into
// l10n/bundle.l10n.json (the English source the translations mirror), with
// @vscode/l10n-dev's own extractor. `--check` only compares, and fails when
// the bundle is not what the code says (the unit tests run it).
//
// The extractor finds `l10n.t(…)` calls in files that import `l10n` from
// 'vscode' or '@vscode/l10n'. The core and the panel's renderers cannot
// import vscode (they are pure, and bundled into the page too): they import
// the seam of src/core/l10n.ts, whose `l10n.t` has the same shape. So each
// file is handed to the extractor with that one import read as
// '@vscode/l10n'; the calls themselves are what the file says. This is what
// `vscode-l10n-dev export --outDir l10n src` does for files that import
// vscode, for the whole of src/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import l10nDev from '@vscode/l10n-dev';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const bundleFile = path.join(root, 'l10n', 'bundle.l10n.json');

/** Every .ts file under src/, in a stable order. */
function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
    });
}

/** The import of the core's seam, as the extractor recognises it. */
const SEAM_IMPORT = /(\bfrom\s+)(['"])(?:\.\.?\/)+(?:core\/)?l10n\2/g;

export async function extract() {
  const files = sources(src).map((file) => ({
    extension: '.ts',
    contents: fs.readFileSync(file, 'utf8').replace(SEAM_IMPORT, '$1$2@vscode/l10n$2'),
  }));
  return l10nDev.getL10nJson(files);
}

// Sorted by key, so that moving a file between folders does not reorder the bundle.
const extracted = await extract();
const bundle = Object.fromEntries(Object.keys(extracted).sort().map((key) => [key, extracted[key]]));
const text = `${JSON.stringify(bundle, undefined, 2)}\n`;
const count = Object.keys(bundle).length;
if (process.argv.includes('--check')) {
  const current = fs.existsSync(bundleFile) ? fs.readFileSync(bundleFile, 'utf8') : '';
  if (current !== text) {
    console.error(`l10n/bundle.l10n.json is not what the code says (${count} strings): run npm run l10n`);
    process.exit(1);
  }
  console.log(`l10n/bundle.l10n.json is up to date: ${count} strings`);
} else {
  fs.mkdirSync(path.dirname(bundleFile), { recursive: true });
  fs.writeFileSync(bundleFile, text);
  console.log(`l10n/bundle.l10n.json: ${count} strings`);
}
