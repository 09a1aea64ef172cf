// The break panel's link to the walkthrough: drawn from the words the
// extension sends, and posted as a message the extension accepts.
import * as assert from 'node:assert/strict';
import { accepted } from './support/parsed';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePanelMessage } from '../../src/core/protocol/panelMessages';
import { renderBreakView } from '../../src/webview/breakView';
import { content, viewInput, WALKTHROUGH_LINK } from './support/panelInput';

const root = path.resolve(__dirname, '..', '..', '..');

describe('the panel\'s link to the walkthrough', function () {
  it('ends the break view, next to the history, labelled with the words the extension sent', function () {
    const html = renderBreakView(viewInput());
    const footer = html.slice(html.indexOf('<footer class="today"'));
    assert.match(footer, /id="show-history"[\s\S]*<button type="button" class="link" id="show-walkthrough">Get started with Posture Breaks<\/button>/);

    const message = content();
    const translated = { ...message, texts: { ...message.texts, walkthrough: 'Erste Schritte mit <Posture Breaks>' } };
    assert.match(renderBreakView(viewInput({}, { content: translated })), /id="show-walkthrough">Erste Schritte mit &lt;Posture Breaks&gt;<\/button>/);
  });

  it('posts showWalkthrough, which the extension accepts, and the page script holds no words of its own for it', function () {
    assert.deepEqual(accepted(parsePanelMessage({ type: 'showWalkthrough' })), { type: 'showWalkthrough' });
    const webview = path.join(root, 'src', 'webview');
    const scripts = fs.readdirSync(webview).filter((file) => file.endsWith('.ts')).map((file) => fs.readFileSync(path.join(webview, file), 'utf8'));
    assert.ok(scripts.some((script) => script.includes("byId('show-walkthrough')") && script.includes("post({ type: 'showWalkthrough' })")));
    assert.ok(scripts.every((script) => !script.includes(WALKTHROUGH_LINK) && !/Get started/i.test(script)));
  });
});
