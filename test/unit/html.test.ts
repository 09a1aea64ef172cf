import * as assert from 'node:assert/strict';
import { parsePanelMessage } from '../../src/core/protocol';
import type { DayStats } from '../../src/core/types';
import { ROUTINES, WHY_PARAGRAPHS } from '../../src/panel/content';
import { formatCodingTime } from '../../src/panel/format';
import { renderPanelHtml, type PanelHtmlInput } from '../../src/panel/html';
import { REFERENCES, findReference } from '../../src/panel/references';
import { panelInput } from './support/panelInput';

const today: DayStats = { codingMs: 95 * 60_000, taken: 3, skipped: 1, snoozed: 2, natural: 4, longestStretchMs: 0 };
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><line class="stretch" x1="0" y1="0" x2="1" y2="1"/></svg>';

function input(overrides: Partial<PanelHtmlInput> = {}): PanelHtmlInput {
  return panelInput({
    illustrations: { standing: `<?xml version="1.0"?>\n${SVG}`, kneeling: SVG },
    today,
    due: true,
    codingMs: 31 * 60_000,
    ...overrides,
  });
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function textOf(html: string): string {
  return unescape(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The inner HTML of the first element with this opening-tag pattern (no nesting of the same tag inside). */
function section(html: string, open: RegExp, tag: string): string {
  const match = open.exec(html);
  assert.ok(match, `no element matching ${open}`);
  const start = match.index + match[0].length;
  const end = html.indexOf(`</${tag}>`, start);
  assert.ok(end > start);
  return html.slice(start, end);
}

function csp(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'no CSP meta tag');
  return unescape(match[1]);
}

describe('break panel HTML', function () {
  const html = renderPanelHtml(input());

  it('has a strict Content-Security-Policy with the nonce', function () {
    assert.equal(csp(html), 'default-src \'none\'; img-src https://example.vscode-cdn.net; style-src https://example.vscode-cdn.net; script-src \'nonce-bm9uY2Vub25jZW5vbmNl\';');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], / nonce="bm9uY2Vub25jZW5vbmNl" /);
    assert.match(scripts[0], / src="https:\/\/file\.example\.vscode-cdn\.net\/ext\/media\/build\/panel\.js"/);
    assert.ok(html.indexOf('<meta http-equiv="Content-Security-Policy"') < html.indexOf('<link'), 'CSP comes first');
  });

  it('has no inline event handlers, inline styles or inline scripts', function () {
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /<script\b(?![^>]*\ssrc=)[^>]*>/);
    assert.doesNotMatch(html, /javascript:/i);
    assert.doesNotMatch(html, /<a\s/i, 'links are buttons that ask the extension, never navigation in the panel');
  });

  it('escapes every value from settings and state', function () {
    const evil = '"><script>alert(1)</script>';
    const page = renderPanelHtml(input({
      cspSource: evil,
      nonce: `abc${evil}`,
      scriptUri: `https://x/${evil}`,
      styleUri: `https://x/${evil}`,
      variant: evil as never,
      holdSeconds: evil as never,
      rounds: Number.NaN,
      snoozeMinutes: evil as never,
      codingMs: Number.NaN,
      mode: evil as never,
      today: { ...today, taken: evil as never, skipped: Number.POSITIVE_INFINITY, natural: -3 },
    }));
    assert.doesNotMatch(page, /<script>alert/);
    assert.equal((page.match(/<script\b/g) ?? []).length, 1);
    assert.match(page, /&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(csp(page), /script-src [^;]*;.*script-src/, 'no second script-src smuggled into the policy');
    assert.doesNotMatch(page, /NaN|Infinity|undefined/);
    assert.match(page, /data-variant="standing"/);
  });

  it('has the title, both routines with 4 to 6 steps carrying the cues, and the common mistakes', function () {
    assert.match(html, /<h1>Stretch break<\/h1>/);
    for (const variant of ['standing', 'kneeling'] as const) {
      const block = section(html, new RegExp(`<div class="variant" data-variant-block="${variant}"[^>]*>`), 'ol');
      const steps = block.match(/<li>/g) ?? [];
      assert.ok(steps.length >= 4 && steps.length <= 6, `${variant}: ${steps.length} steps`);
      assert.equal(ROUTINES[variant].steps.length, steps.length);
      const text = textOf(block).toLowerCase();
      assert.match(text, /tuck/);
      assert.match(text, /squeeze the glute/);
      assert.match(text, /no arching/);
      assert.match(text, /mild pull, never pain/);
      assert.ok(ROUTINES[variant].mistakes.length < 200, 'mistakes fit in a line or two');
    }
    assert.match(html, /<strong>Common mistakes:<\/strong>/);
  });

  it('shows the variant the setting names and hides the other', function () {
    assert.match(html, /data-variant-block="standing">/);
    assert.match(html, /data-variant-block="kneeling" hidden>/);
    assert.match(html, /data-variant="standing" aria-pressed="true"/);
    const kneeling = renderPanelHtml(input({ variant: 'kneeling' }));
    assert.match(kneeling, /data-variant-block="standing" hidden>/);
    assert.match(kneeling, /data-variant="kneeling" aria-pressed="true"/);
  });

  it('inlines the illustrations without an XML prologue', function () {
    assert.equal((html.match(/<svg /g) ?? []).length, 2);
    assert.doesNotMatch(html, /<\?xml/);
    assert.match(html, /<div class="art" role="img" aria-label="[^"]+">\s*<svg/);
  });

  it('puts the safety note and "not medical advice" directly under the steps, before the hold', function () {
    const steps = html.lastIndexOf('</ol>', html.indexOf('class="safety"'));
    const safety = html.indexOf('class="safety"');
    const holdSection = html.indexOf('class="hold"');
    assert.ok(steps > 0 && steps < safety && safety < holdSection);
    const note = textOf(section(html, /<aside class="safety"[^>]*>/, 'aside'));
    assert.match(note, /mild pull/);
    assert.match(note, /tingling/);
    assert.match(note, /dizziness/);
    assert.match(note, /surgery/);
    assert.match(note, /pregnan/);
    assert.match(note, /Pad the knee/);
    assert.match(note, /Not medical advice/);
  });

  it('has the guided hold controls, a countdown, side and round, and one polite live region', function () {
    assert.match(html, /<button type="button" id="hold-toggle" class="primary">Start<\/button>/);
    assert.match(html, /<button type="button" id="hold-restart" class="secondary" hidden>Restart<\/button>/);
    assert.match(html, /role="timer"[^>]*><span id="hold-count">30<\/span>/);
    assert.match(html, /id="hold-side">Left side</);
    assert.match(html, /id="hold-round">round 1 of 2</);
    assert.equal((html.match(/aria-live="polite"/g) ?? []).length, 1);
    assert.match(html, /id="hold-cue" aria-live="polite"/);
    assert.match(html, /30 s per side, 2 rounds, 5 s to switch sides: 2 min 15 s in all\./);
  });

  it('explains "Why hip flexors? (glute inhibition)" in 80 to 150 words', function () {
    assert.match(html, /<h2 id="why-title">Why hip flexors\? \(glute inhibition\)<\/h2>/);
    const words = textOf(section(html, /<div class="why-text">/, 'div')).split(' ').filter(Boolean);
    assert.ok(words.length >= 80 && words.length <= 150, `${words.length} words`);
    const text = WHY_PARAGRAPHS.join(' ');
    assert.match(text, /reciprocal inhibition/);
    assert.match(text, /hypothesis/);
    assert.match(text, /get up/);
  });

  it('cites 2 to 4 references as buttons that name an id, never a URL', function () {
    const buttons = [...html.matchAll(/<button type="button" class="link" data-ref="([^"]+)">/g)].map((m) => m[1]);
    assert.ok(buttons.length >= 2 && buttons.length <= 4, `${buttons.length} references`);
    assert.deepEqual(buttons, REFERENCES.map((r) => r.id));
    for (const id of buttons) {
      assert.deepEqual(parsePanelMessage({ type: 'openLink', id }), { type: 'openLink', id }, 'the page can send it');
      assert.ok(findReference(id));
    }
    assert.doesNotMatch(html, /https:\/\/(doi\.org|pubmed)/, 'URLs stay in the extension');
    assert.equal(findReference('nope'), undefined);
    assert.equal(findReference('__proto__'), undefined);
  });

  it('the references are public https pages with unique ids', function () {
    assert.equal(new Set(REFERENCES.map((r) => r.id)).size, REFERENCES.length);
    for (const ref of REFERENCES) {
      assert.match(ref.url, /^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//);
      assert.ok(ref.label.length > 10);
    }
    assert.ok(Object.isFrozen(REFERENCES) && REFERENCES.every((r) => Object.isFrozen(r)));
  });

  it('has Done, Snooze and Skip buttons', function () {
    assert.match(html, /<button type="button" id="action-done" class="primary">Done<\/button>/);
    assert.match(html, /<button type="button" id="action-snooze" class="secondary">Snooze<\/button>/);
    assert.match(html, /<button type="button" id="action-skip" class="secondary">Skip<\/button>/);
  });

  it('ends with today\'s summary: coding time, breaks taken, skipped, natural', function () {
    const foot = section(html, /<footer class="today"[^>]*>/, 'footer');
    assert.ok(html.indexOf('<footer class="today"') > html.indexOf('class="why"'));
    assert.match(foot, /data-stat="coding">1 h 35 min</);
    assert.match(foot, /data-stat="taken">3</);
    assert.match(foot, /data-stat="skipped">1</);
    assert.match(foot, /data-stat="natural">4</);
  });

  it('says whether a break is due', function () {
    assert.match(html, /You have been coding for 31 min\./);
    assert.match(renderPanelHtml(input({ due: false })), /No break is due yet/);
  });

  it('history mode shows real numbers only, and no routine', function () {
    const page = renderPanelHtml(input({ mode: 'history', today: { ...today, taken: 7 } }));
    assert.match(page, /<h1>Break history<\/h1>/);
    assert.match(page, /data-stat="taken">7</);
    assert.doesNotMatch(page, /hold-toggle|action-done|<svg/);
    assert.match(page, /data-mode="history"/);
  });
});

describe('panel formatting', function () {
  it('formats coding time in minutes and hours, never negative', function () {
    assert.equal(formatCodingTime(0), '0 min');
    assert.equal(formatCodingTime(59_999), '0 min');
    assert.equal(formatCodingTime(45 * 60_000), '45 min');
    assert.equal(formatCodingTime(60 * 60_000), '1 h');
    assert.equal(formatCodingTime(125 * 60_000), '2 h 5 min');
    assert.equal(formatCodingTime(-5), '0 min');
    assert.equal(formatCodingTime(Number.NaN), '0 min');
  });
});
