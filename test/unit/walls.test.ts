// The walls of the house hold: for each room, an import that runs back up is
// a lint error naming the wall, and the imports the room is meant to make
// pass. (The rules are in eslint.config.mjs.)
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '..', '..', '..');

/** The messages of the import rule for `source` as the file `file`. */
async function wallsHit(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const CASES: { file: string; blocked: string[]; allowed: string[] }[] = [
  { file: 'src/core/l10n.ts', blocked: ["import { x } from './days/dayStats';", "import * as fs from 'node:fs';"], allowed: [] },
  { file: 'src/core/days/history.ts', blocked: ["import { x } from '../format/intl';", "import { x } from '../clock/view';", "import { x } from '../settings';"], allowed: ["import { x } from './calendar';", "import { x } from '../l10n';"] },
  { file: 'src/core/format/intl.ts', blocked: ["import { x } from '../break/plan';", "import { x } from '../clock/view';"], allowed: ["import { x } from '../days/dayStats';"] },
  { file: 'src/core/break/plan.ts', blocked: ["import { x } from '../settings';", "import { x } from '../protocol/messages';"], allowed: ["import { x } from '../format/durations';", "import { x } from '../limits';"] },
  { file: 'src/core/settings.ts', blocked: ["import { x } from './clock/view';"], allowed: ["import { x } from './break/lengths';", "import { x } from './goodMomentSources';"] },
  { file: 'src/core/clock/clock.ts', blocked: ["import { x } from '../protocol/messages';", "import * as vscode from 'vscode';", "import { x } from '../../vscode/config';"], allowed: ["import { x } from '../settings';", "import { x } from './view';"] },
  { file: 'src/core/protocol/messages.ts', blocked: ["import { x } from '../../panel/content';"], allowed: ["import { x } from '../clock/view';"] },
  { file: 'src/webview/main.ts', blocked: ["import { x } from '../vscode/config';", "import { x } from '../panel/content';", "import { x } from '../app';", "import * as vscode from 'vscode';"], allowed: ["import { x } from '../core/protocol/messages';", "import { x } from './page';"] },
  { file: 'src/vscode/statusBar.ts', blocked: ["import { x } from '../panel/breakPanel';", "import { x } from '../app';"], allowed: ["import { x } from '../core/clock/view';"] },
  { file: 'src/panel/breakPanel.ts', blocked: ["import { x } from '../webview/breakView';"], allowed: ["import { x } from '../vscode/disposable';"] },
];

describe('the walls of the house (lint)', function () {
  this.timeout(60_000);
  for (const { file, blocked, allowed } of CASES) {
    it(`${file}: imports that run back up are errors, the room's own imports pass`, async function () {
      for (const source of blocked) {
        const hits = await wallsHit(file, `${source}\nexport const y = 1;\n`);
        assert.equal(hits.length, 1, `${file}: ${source} should hit a wall`);
      }
      for (const source of allowed) {
        assert.deepEqual(await wallsHit(file, `${source}\nexport const y = 1;\n`), [], `${file}: ${source} should pass`);
      }
    });
  }
});
