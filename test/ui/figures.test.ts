// The review tool for the drawings: every figure of the catalogue, for both
// sides where the exercise is sided, rendered by the real panel in a light, a
// dark and a high-contrast theme, and put on one contact sheet
// (media/screenshots/figures.png). Also checks what the sheet shows: a left
// side faces left (mirrored), a right side faces right, and the caption under
// each figure names the side drawn.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import escapeHtml from 'escape-html';
import { EXERCISES as CATALOGUE } from '../../src/core/break/exercises';
import type { Exercise } from '../../src/core/break/shapes';

const EXERCISES: readonly Exercise[] = CATALOGUE;
import { repoRoot } from '../harness/server';
import { artifactsDir, useSession } from './session';

const THEMES = ['Light Modern', 'Dark Modern', 'Dark High Contrast'];
const SHEET = path.join(repoRoot, 'media', 'screenshots', 'figures.png');

/** Shows `side` on the figure of one exercise, as the page does while that side is worked. */
const SHOW_SIDE = new Function('arg', `
  const article = document.querySelector('article.exercise[data-exercise="' + arg.id + '"]');
  const art = article.querySelector('.art');
  if (arg.side) { art.dataset.side = arg.side; article.dataset.side = arg.side; }
  const svg = art.querySelector('svg');
  svg.style.transition = 'none';
  const caption = [...article.querySelectorAll('.side-caption span')].find((s) => getComputedStyle(s).display !== 'none');
  return { transform: getComputedStyle(svg).transform, caption: caption ? caption.textContent : '' };
`) as (arg: { id: string; side: string | null }) => { transform: string; caption: string };

interface Shot { theme: string; id: string; side: string | null; caption: string; png: Buffer }

describe('UI: every figure, both sides, three themes (contact sheet)', function () {
  const session = useSession();

  it('renders each figure as its caption says and saves the contact sheet', async function () {
    const page = session.page;
    await session.runCommand('Posture Breaks: Take a Break Now', page);
    const panel = session.panel(page);
    await panel.locator('h1').waitFor({ timeout: 30_000 });
    const shots: Shot[] = [];
    for (const theme of THEMES) {
      await session.setTheme(theme, page);
      const seen = new Set<string>();
      for (const variant of EXERCISES.filter((e) => e.kind === 'stretch').map((e) => e.id)) {
        await panel.locator(`button[data-variant="${variant}"]`).click();
        await panel.locator(`article.exercise[data-exercise="${variant}"]`).waitFor();
        for (const exercise of EXERCISES) {
          if (seen.has(exercise.id) || (exercise.kind === 'stretch' && exercise.id !== variant)) {
            continue;
          }
          seen.add(exercise.id);
          const frame = await session.panelFrame(page);
          for (const side of exercise.sided ? ['left', 'right'] : [null]) {
            const shown = await frame.evaluate(SHOW_SIDE, { id: exercise.id, side });
            if (side) {
              assert.equal(/^matrix\(-1,/.test(shown.transform), side === 'left', `${exercise.id} ${side}: ${shown.transform}`);
              assert.equal(shown.caption, exercise.sideCaption?.[side as 'left' | 'right']);
              assert.match(shown.caption, new RegExp(`^${side === 'left' ? 'Left' : 'Right'} side: ${side} `));
            }
            const figure = panel.locator(`article.exercise[data-exercise="${exercise.id}"] figure`);
            await figure.scrollIntoViewIfNeeded();
            shots.push({ theme, id: exercise.id, side, caption: shown.caption || exercise.title, png: await figure.screenshot() });
          }
        }
      }
    }
    const sided = EXERCISES.filter((e) => e.sided).length;
    assert.equal(shots.length, THEMES.length * (EXERCISES.length + sided));

    // One sheet: a row per theme, a column per figure and side.
    const cells = (theme: string) => shots.filter((s) => s.theme === theme).map((s) => `<figure><img src="data:image/png;base64,${s.png.toString('base64')}"><figcaption>${escapeHtml(s.id)}${s.side ? ` · ${escapeHtml(s.caption)}` : ''}</figcaption></figure>`).join('');
    const rows = THEMES.map((theme) => `<h2>${escapeHtml(theme)}</h2><div class="row">${cells(theme)}</div>`).join('');
    const sheet = await session.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await sheet.setContent(`<!DOCTYPE html><html><head><style>
      body { font: 13px sans-serif; margin: 12px; background: #fff; color: #111; }
      h2 { font-size: 14px; margin: 12px 0 4px; }
      .row { display: flex; gap: 8px; align-items: flex-start; }
      figure { margin: 0; width: 180px; } img { width: 180px; border: 1px solid #ccc; } figcaption { font-size: 11px; }
    </style></head><body><h1 style="font-size:16px">Posture Breaks: every figure, both sides, three themes</h1>${rows}</body></html>`);
    fs.mkdirSync(path.dirname(SHEET), { recursive: true });
    await sheet.screenshot({ path: SHEET, fullPage: true });
    fs.copyFileSync(SHEET, path.join(artifactsDir, 'figures.png'));
    await sheet.close();
    assert.ok(fs.statSync(SHEET).size > 50_000, 'the contact sheet looks empty');
  });
});
