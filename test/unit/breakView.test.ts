import * as assert from 'node:assert/strict';
import { accepted } from './support/parsed';
import { buildPlan } from '../../src/core/break/plan';
import { formatSpan, formatCodingTime } from '../../src/core/format/durations';
import { parseHostMessage } from '../../src/core/protocol/hostMessages';
import { parsePanelMessage } from '../../src/core/protocol/panelMessages';
import type { DayStats } from '../../src/core/days/dayStats';
import { renderBreakView, renderHistoryView } from '../../src/webview/breakView';
import { renderShell } from '../../src/panel/shell';
import { content, viewInput, words } from './support/panelInput';

const today: DayStats = { codingMs: 95 * 60_000, taken: 3, skipped: 1, snoozed: 2, natural: 4, longestStretchMs: 0, offered: 2, offeredTaken: 1, outsideMs: 0 };

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

const shellInput = {
  cspSource: 'https://example.vscode-cdn.net',
  nonce: 'bm9uY2Vub25jZW5vbmNl',
  scriptUri: 'https://file.example.vscode-cdn.net/ext/media/build/panel.js',
  styleUri: 'https://file.example.vscode-cdn.net/ext/media/panel.css',
  mode: 'break' as const,
};

describe('the panel shell (what the extension sets)', function () {
  const html = renderShell(shellInput);

  it('has a strict Content-Security-Policy with the nonce, first in the head', function () {
    const csp = unescape(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '');
    assert.equal(csp, 'default-src \'none\'; img-src https://example.vscode-cdn.net; style-src https://example.vscode-cdn.net; script-src \'nonce-bm9uY2Vub25jZW5vbmNl\';');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], / nonce="bm9uY2Vub25jZW5vbmNl" src="https:\/\/file\.example\.vscode-cdn\.net\/ext\/media\/build\/panel\.js"/);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'));
  });

  it('is a static shell: no content of its own, nothing inline', function () {
    assert.match(html, /<div id="app" aria-busy="true"><\/div>/);
    assert.doesNotMatch(html, /<svg|<h1|<button/);
    assert.doesNotMatch(html, /\son[a-z]+\s*=|\sstyle\s*=|<style/i);
  });

  it('escapes what it is given and cannot be made to smuggle a policy or a script', function () {
    const evil = '"><script>alert(1)</script>';
    const page = renderShell({ cspSource: `x; script-src *${evil}`, nonce: `abc${evil}`, scriptUri: evil, styleUri: evil, mode: evil as never });
    assert.doesNotMatch(page, /<script>alert/);
    assert.equal((page.match(/<script\b/g) ?? []).length, 1);
    const csp = unescape(/content="([^"]*)"/.exec(page)?.[1] ?? '');
    const directives = csp.split(';').map((d) => d.trim().split(/\s+/)[0]).filter(Boolean);
    assert.deepEqual(directives, ['default-src', 'img-src', 'style-src', 'script-src'], 'no directive smuggled into the policy');
    assert.match(page, /data-mode="break"/);
  });
});

describe('the break view (what the page renders)', function () {
  const input = viewInput({}, { today, due: true, time: { stretchMs: 31 * 60_000, outsideMs: 0 } });
  const html = renderBreakView(input);

  it('lists the parts in order with their computed times, and says the whole length', function () {
    const parts = [...section(html, /<ol class="parts"[^>]*>/, 'ol').matchAll(/<li data-part="(\d)"[^>]*>([^<]+)<span class="part-time">([^<]+)</g)];
    assert.deepEqual(parts.map((m) => m[2].trim()), ['Standing hip-flexor stretch', 'Standing glute squeeze', 'A short walk']);
    assert.deepEqual(parts.map((m) => m[3]), input.plan.parts.map((part) => formatSpan(part.ms)));
    assert.match(html, new RegExp(`Full break: ${formatSpan(input.plan.totalMs)}, in 3 parts\\.`));
    assert.match(html, new RegExp(`This break takes ${formatSpan(input.plan.totalMs)}\\.`));
    assert.doesNotMatch(html, /three minutes/);
  });

  it('shows each part with 4 to 6 steps, the common mistakes, its figure and its side captions', function () {
    const articles = html.split('<article class="exercise"').slice(1);
    assert.equal(articles.length, 3);
    for (const article of articles) {
      const steps = section(article, /<ol class="steps">/, 'ol').match(/<li>/g) ?? [];
      assert.ok(steps.length >= 4 && steps.length <= 6);
      assert.match(article, /<strong>Common mistakes:<\/strong>/);
      assert.match(article, /<div class="art" role="img" aria-label="[^"]+"( data-side="left")?>\s*<svg/);
    }
    assert.match(articles[0], /data-side="left"/);
    assert.match(articles[0], /<span class="for-left">Left side: left leg back<\/span><span class="for-right">Right side: right leg back<\/span>/);
    assert.doesNotMatch(articles[1], /data-side=/, 'the squeeze is not sided');
    assert.doesNotMatch(html, /<\?xml/, 'figures are inlined without their XML prologue');
    assert.match(articles[1], /8 squeezes in all/);
  });

  it('the kneeling variant shows its own stretch, and the chips say which is chosen', function () {
    const kneeling = renderBreakView(viewInput({ variant: 'kneeling' }));
    assert.match(kneeling, /data-exercise="kneeling"/);
    assert.doesNotMatch(kneeling, /data-exercise="standing"/);
    assert.match(kneeling, /data-variant="kneeling" aria-pressed="true"/);
    assert.match(kneeling, /data-variant="standing" aria-pressed="false"/);
  });

  it('before Start, the kneeling variant asks for the cushion (the catalogue\'s words); the standing one does not', function () {
    const kneeling = renderBreakView(viewInput({ variant: 'kneeling' }));
    assert.match(kneeling, /<p class="before-start">Put the cushion down before you press Start\.<\/p>/);
    assert.ok(kneeling.indexOf('class="before-start"') < kneeling.indexOf('id="run-toggle"'), 'next to Start');
    assert.doesNotMatch(renderBreakView(viewInput({ variant: 'standing' })), /before-start|cushion/);
  });

  it('the stretch-only break has one part, and its explanation does not claim a walk', function () {
    const stretch = renderBreakView(viewInput({ length: 'stretch' }));
    assert.equal((stretch.match(/<article class="exercise"/g) ?? []).length, 1);
    assert.doesNotMatch(section(stretch, /<div class="why-text">/, 'div'), /ends with a short walk/);
    assert.match(section(html, /<div class="why-text">/, 'div'), /ends with a short walk/);
  });

  it('has the guide: parts, a large countdown, one polite live region, Start, Skip this part, sound', function () {
    assert.match(html, /role="timer"/);
    assert.match(html, /<span id="countdown">/);
    assert.equal((html.match(/aria-live="polite"/g) ?? []).length, 1);
    assert.match(html, /id="cue" aria-live="polite"/);
    assert.match(html, /<button type="button" id="run-toggle" class="primary">Start<\/button>/);
    assert.match(html, /<button type="button" id="run-skip" class="secondary">Skip this part<\/button>/);
    assert.match(html, /<button type="button" id="sound-toggle" class="secondary" aria-pressed="true">Sound on<\/button>/);
    assert.match(renderBreakView(viewInput({}, { sound: false })), /aria-pressed="false">Sound off</);
  });

  it('has the safety note with "not medical advice", Done, Snooze and Skip', function () {
    const note = textOf(section(html, /<aside class="safety"[^>]*>/, 'aside'));
    assert.match(note, /hip replacement/);
    assert.match(note, /Not medical advice/);
    for (const id of ['action-done', 'action-snooze', 'action-skip']) {
      assert.match(html, new RegExp(`id="${id}"`));
    }
  });

  it('explains "Why hip flexors? (glute inhibition)" in 80 to 150 words, with 2 to 4 sources', function () {
    assert.match(html, /<h2 id="why-title">Why hip flexors\? \(glute inhibition\)<\/h2>/);
    const words = textOf(section(html, /<div class="why-text">/, 'div')).split(' ').filter(Boolean);
    assert.ok(words.length >= 80 && words.length <= 150, `${words.length} words`);
    const refs = section(html, /<ul class="refs">/, 'ul');
    const items = refs.match(/<li /g) ?? [];
    assert.ok(items.length >= 2 && items.length <= 4);
  });

  it('links are buttons naming a reference id (never a URL); an unconfirmed one is the citation alone', function () {
    const ids = [...html.matchAll(/data-ref="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(ids.length >= 3);
    for (const id of ids) {
      assert.deepEqual(accepted(parsePanelMessage({ type: 'openLink', id })), { type: 'openLink', id });
    }
    assert.doesNotMatch(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''), /https?:\/\//, 'URLs stay in the extension');
    assert.doesNotMatch(html, /data-ref="freeman-2013"/, 'no link that was not confirmed');
    assert.match(html, /data-ref-id="freeman-2013"/);
    assert.match(html, /Clinical Biomechanics 2013;28\(2\):171-177/);
  });

  it('ends with today\'s numbers, and says whether a break is due', function () {
    const foot = section(html, /<footer class="today"[^>]*>/, 'footer');
    assert.match(foot, /data-stat="codingMs">1 h 35 min</);
    assert.match(foot, /data-stat="taken">3</);
    assert.match(html, /You have been coding for 31 min\./);
    assert.match(renderBreakView(viewInput()), /No break is due yet/);
  });

  it('escapes every value it is given; has no inline handlers, styles or scripts', function () {
    const evil = '"><script>alert(1)</script>';
    const message = content();
    const bad = { ...message, exercises: message.exercises.map((e) => ({ ...e, title: evil, steps: [evil, ...e.steps.slice(1)] })) };
    const page = renderBreakView(viewInput({}, { content: bad, plan: buildPlan(bad.exercises, {}), today: { ...today, taken: evil as never, natural: -3 }, time: { stretchMs: Number.NaN, outsideMs: Number.NaN } }));
    assert.doesNotMatch(page, /<script/);
    assert.match(page, /&quot;&gt;&lt;script&gt;/);
    assert.doesNotMatch(page, /NaN|Infinity|undefined/);
    assert.doesNotMatch(html, /\son[a-z]+\s*=|\sstyle\s*=|<style|javascript:|<a\s/i);
  });

  it('renders from the content message as the page receives it (validated)', function () {
    const parsed = accepted(parseHostMessage(JSON.parse(JSON.stringify(content()))));
    assert.ok(parsed?.type === 'content');
    assert.equal(renderBreakView(viewInput({}, { content: parsed, plan: buildPlan(parsed.exercises, {}) })), renderBreakView(viewInput()));
  });
});

describe('the history view', function () {
  it('shows today\'s real numbers only, and nothing of the break', function () {
    const page = renderHistoryView({ ...today, taken: 7 }, words);
    assert.match(page, /<h1>Break history<\/h1>/);
    assert.match(page, /data-stat="taken">7</);
    assert.doesNotMatch(page, /run-toggle|action-done|<svg/);
    assert.match(page, /id="history-days" aria-labelledby="days-title" aria-busy="true"/);
  });

  it('formats coding time in minutes and hours, never negative', function () {
    assert.equal(formatCodingTime(0), '0 min');
    assert.equal(formatCodingTime(125 * 60_000), '2 h 5 min');
    assert.equal(formatCodingTime(-5), '0 min');
    assert.equal(formatCodingTime(Number.NaN), '0 min');
  });
});
