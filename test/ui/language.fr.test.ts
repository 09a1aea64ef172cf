// The break history in French, in the real workbench (the setup of
// language.ts): the chart's labels come from l10n/bundle.l10n.fr.json and
// French dates. "Aujourd'hui", the longest word for today of the languages
// shipped, is wider than a column of the chart: today's label must be drawn
// whole, inside the chart and clear of the weekday beside it (the chart then
// keeps today's weekday, in bold, on today's band); in a narrow panel the
// short weekdays must still tell the days apart.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { translated } from './language';
import { artifactsDir, useSession } from './session';

/** The chart's weekday labels, as drawn: text, box, and whether it is today's. Run inside the panel (given as text: no DOM library here). */
const WEEKDAY_LABELS = `(() => {
  const svg = document.querySelector('#history-chart svg');
  const width = svg.viewBox.baseVal.width;
  const labels = [...svg.querySelectorAll('text.weekday')].map((text) => {
    const box = text.getBBox();
    return { text: text.textContent, x: box.x, right: box.x + box.width, today: text.classList.contains('today') };
  });
  return { width, labels };
})()`;

interface Labels {
  width: number;
  labels: Array<{ text: string; x: number; right: number; today: boolean }>;
}

describe('UI: the break history in French (display language fr)', function () {
  const session = useSession({ locale: 'fr' });
  const french = (english: string): string => translated('fr', english);

  before(async function () {
    // A little coding today, so the chart is drawn; then the panel alone in the editor area.
    await session.openFile('notes.md');
    for (const word of ['une ', 'note ', 'brève']) {
      await session.page.keyboard.type(word, { delay: 80 });
      await session.page.waitForTimeout(700);
    }
    await session.runCommand('View: Close All Editors');
  });

  async function openHistory(): Promise<Labels> {
    const panel = session.panel();
    await panel.locator('h1').getByText(french('Break history')).waitFor({ timeout: 30_000 });
    await panel.locator('#history-days[aria-busy="false"]').waitFor({ timeout: 15_000 });
    await panel.locator('#history-chart svg text.weekday.today').waitFor({ timeout: 15_000 });
    return (await session.panelFrame()).evaluate(WEEKDAY_LABELS) as Promise<Labels>;
  }

  it('draws today\'s label whole: inside the chart and clear of the day before, never a cut "Aujourd\'hui"', async function () {
    await session.statusItem().click();
    const panel = session.panel();
    await panel.locator('#show-history').click({ timeout: 30_000 });
    const { width, labels } = await openHistory();
    await session.screenshot('language-fr-history');
    await session.page.locator('iframe.webview.ready').screenshot({ path: path.join(artifactsDir, 'language-fr-history-only.png') });
    assert.equal(labels.length, 14);
    const today = labels[labels.length - 1];
    const before = labels[labels.length - 2];
    assert.ok(today.today);
    assert.ok(today.text === french('Today') || /^[a-zé]{3}\.?$/.test(today.text), `today's column says ${today.text}`);
    assert.ok(today.x >= 0 && today.right <= width, `"${today.text}" runs out of the chart: ${today.x}..${today.right} of ${width}`);
    assert.ok(before.right <= today.x, `"${today.text}" runs into "${before.text}": ${before.right} > ${today.x}`);
  });

  it('in a narrow panel, the short weekdays still tell the seven days apart', async function () {
    await session.page.setViewportSize({ width: 1050, height: 900 });
    const panel = session.panel();
    await panel.locator('#history-chart svg').waitFor();
    await session.page.waitForTimeout(1000); // the chart is drawn again at its new width
    const { width, labels } = await (await session.panelFrame()).evaluate(WEEKDAY_LABELS) as Labels;
    await session.page.locator('iframe.webview.ready').screenshot({ path: path.join(artifactsDir, 'language-fr-history-narrow.png') });
    assert.ok(width < 428, `the chart is still wide (${width} px)`);
    assert.ok(labels.every((label) => label.right - label.x > 0), 'every label is drawn');
    for (let start = 0; start + 7 <= labels.length; start++) {
      const week = labels.slice(start, start + 7).map((label) => label.text);
      assert.equal(new Set(week).size, 7, week.join(' '));
    }
    for (let i = 1; i < labels.length; i++) {
      assert.ok(labels[i - 1].right <= labels[i].x + 1, `"${labels[i - 1].text}" runs into "${labels[i].text}"`);
    }
  });
});
