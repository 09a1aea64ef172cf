import * as assert from 'node:assert/strict';
import { accepted, rejected } from './support/parsed';
import { parseHostMessage } from '../../src/core/protocol/hostMessages';
import { stateMessage } from '../../src/core/protocol/build';
import { parsePanelMessage, type PanelMessage } from '../../src/core/protocol/panelMessages';
import { MAX_ID_LENGTH } from '../../src/core/schema';
import type { ClockView } from '../../src/core/clock/view';
import type { DayStats } from '../../src/core/days/dayStats';
import type { Settings } from '../../src/core/settings';
import { content } from './support/panelInput';

const today: DayStats = { codingMs: 3_600_000, taken: 2, skipped: 1, snoozed: 0, natural: 1, longestStretchMs: 1_800_000, offered: 1, offeredTaken: 1, outsideMs: 0 };

describe('panel messages', function () {
  describe('valid messages pass, as fresh objects of the exact shape', function () {
    const valid: PanelMessage[] = [
      { type: 'ready' },
      { type: 'done', fraction: 0, breakId: 0 },
      { type: 'done', fraction: 0.5, breakId: 1767600000000 },
      { type: 'done', fraction: 1, breakId: 1767600000000 },
      { type: 'finished', fraction: 0.75, breakId: 1767600000000 },
      { type: 'snooze' },
      { type: 'skip' },
      { type: 'openLink', id: 'freeman-2013' },
      { type: 'openLink', id: 'a'.repeat(MAX_ID_LENGTH) },
      { type: 'setSound', on: true },
      { type: 'setSound', on: false },
      { type: 'switchMode', mode: 'history' },
      { type: 'showWalkthrough' },
    ];
    for (const message of valid) {
      it(JSON.stringify(message), function () {
        const parsed = accepted(parsePanelMessage(JSON.parse(JSON.stringify(message))));
        assert.deepEqual(parsed, message);
        assert.notEqual(parsed, message);
      });
    }

    it('accepts an object without a prototype (as structured clone may give)', function () {
      const raw = Object.assign(Object.create(null) as object, { type: 'skip' });
      assert.deepEqual(accepted(parsePanelMessage(raw)), { type: 'skip' });
    });
  });

  describe('malformed messages are rejected (null)', function () {
    const withGetter = { type: 'done' } as Record<string, unknown>;
    Object.defineProperty(withGetter, 'fraction', { get: () => 1, enumerable: true });
    const withSymbol = { type: 'skip', [Symbol('x')]: 1 };
    const withHidden = { type: 'skip' };
    Object.defineProperty(withHidden, 'extra', { value: 1, enumerable: false });
    class Skip { type = 'skip'; }

    const malformed: Array<[string, unknown]> = [
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['NaN', Number.NaN],
      ['a string', 'ready'],
      ['a boolean', true],
      ['a function', () => ({ type: 'ready' })],
      ['an array', ['ready']],
      ['an array with a type', Object.assign([], { type: 'ready' })],
      ['an empty object', {}],
      ['an unknown type', { type: 'explode' }],
      ['type not a string', { type: 1 }],
      ['type with different case', { type: 'Ready' }],
      ['type from Object.prototype', { type: 'toString' }],
      ['type constructor', { type: 'constructor' }],
      ['type __proto__', { type: '__proto__' }],
      ['a huge type', { type: 'x'.repeat(1_000_000) }],
      ['an extra field', { type: 'ready', extra: 1 }],
      ['done without fraction', { type: 'done', breakId: 0 }],
      ['done without breakId', { type: 'done', fraction: 1 }],
      ['done with a negative breakId', { type: 'done', fraction: 1, breakId: -1 }],
      ['done with a fractional breakId', { type: 'done', fraction: 1, breakId: 1.5 }],
      ['finished without breakId', { type: 'finished', fraction: 1 }],
      ['done with fraction as string', { type: 'done', fraction: '1', breakId: 0 }],
      ['done with fraction > 1', { type: 'done', fraction: 1.01, breakId: 0 }],
      ['done with negative fraction', { type: 'done', fraction: -0.1, breakId: 0 }],
      ['done with NaN fraction', { type: 'done', fraction: Number.NaN, breakId: 0 }],
      ['done with Infinity', { type: 'done', fraction: Number.POSITIVE_INFINITY, breakId: 0 }],
      ['done with fraction null', { type: 'done', fraction: null, breakId: 0 }],
      ['openLink without id', { type: 'openLink' }],
      ['openLink with a URL', { type: 'openLink', id: 'https://example.com' }],
      ['openLink with url field', { type: 'openLink', id: 'dunstan-2012', url: 'https://example.com' }],
      ['openLink with empty id', { type: 'openLink', id: '' }],
      ['openLink with huge id', { type: 'openLink', id: 'a'.repeat(MAX_ID_LENGTH + 1) }],
      ['openLink with id as array', { type: 'openLink', id: ['dunstan-2012'] }],
      ['openLink with upper case / markup', { type: 'openLink', id: '<script>' }],
      ['setSound not a boolean', { type: 'setSound', on: 'yes' }],
      ['setSound missing', { type: 'setSound' }],
      ['the removed holdProgress', { type: 'holdProgress', phase: 'hold', fraction: 0 }],
      ['the removed setVariant', { type: 'setVariant', variant: 'kneeling' }],
      ['switchMode unknown', { type: 'switchMode', mode: 'settings' }],
      ['showWalkthrough with a field', { type: 'showWalkthrough', id: 'postureBreaks.welcome' }],
      ['__proto__ key (JSON)', JSON.parse('{"type":"ready","__proto__":{"polluted":true}}')],
      ['constructor key', { type: 'ready', constructor: { prototype: { polluted: true } } }],
      ['prototype key', { type: 'skip', prototype: {} }],
      ['a getter', withGetter],
      ['a symbol key', withSymbol],
      ['a hidden extra field', withHidden],
      ['a class instance', new Skip()],
      ['a Date', new Date()],
      ['a Map', new Map([['type', 'ready']])],
    ];
    for (const [name, raw] of malformed) {
      it(name, function () {
        rejected(parsePanelMessage(raw));
      });
    }

    it('never pollutes Object.prototype', function () {
      parsePanelMessage(JSON.parse('{"type":"ready","__proto__":{"polluted":true}}'));
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  });
});

describe('state messages to the panel', function () {
  const settings: Settings = {
    enabled: true, intervalMinutes: 30, idleSeconds: 120, naturalBreakMinutes: 5, snoozeMinutes: 5,
    holdSeconds: 30, rounds: 2, stretchVariant: 'kneeling', breakLength: 'quick', sound: false, reminderStyle: 'statusBar', quietWhileDebugging: true,
    earlyPromptMinutes: 5, 'goodMoments.commit': true, 'goodMoments.task': true, 'goodMoments.debug': true, 'goodMoments.terminal': true, countTimeOutsideEditor: 'auto',
  };
  const view: ClockView = {
    stretchMs: 31 * 60_000, outsideMs: 0, outside: 'setting', dueAtCodingMs: 30 * 60_000, due: true, offered: null, prompt: true, heldBy: null, pausedUntil: null, idle: false, today,
  };

  it('carries the settings subset, a view summary and whether a break is due, and parses back', function () {
    const message = stateMessage(view, settings);
    assert.deepEqual(message, {
      type: 'state',
      settings: { holdSeconds: 30, rounds: 2, stretchVariant: 'kneeling', breakLength: 'quick', sound: false, snoozeMinutes: 5 },
      view: { stretchMs: 31 * 60_000, outsideMs: 0, today },
      due: true,
      reason: null,
    });
    assert.deepEqual(accepted(parseHostMessage(JSON.parse(JSON.stringify(message)))), message);
  });

  it('the page rejects state it did not expect', function () {
    const good = JSON.parse(JSON.stringify(stateMessage(view, settings))) as Record<string, unknown>;
    const bad: unknown[] = [
      null, 'state', { type: 'state' },
      { ...good, extra: 1 },
      { ...good, due: 'yes' },
      { ...good, settings: { ...(good.settings as object), stretchVariant: 'Sitting!' } },
      { ...good, settings: { ...(good.settings as object), breakLength: 'marathon' } },
      { ...good, settings: { ...(good.settings as object), sound: 1 } },
      { ...good, view: { codingMs: -1, today } },
      { ...good, view: { codingMs: 0, today: { ...today, taken: 'two' } } },
      { ...good, type: 'other' },
    ];
    for (const raw of bad) {
      rejected(parseHostMessage(raw), JSON.stringify(raw));
    }
  });
});

describe('content messages to the panel', function () {
  const good = () => JSON.parse(JSON.stringify(content())) as Record<string, unknown>;

  it('carry the catalogue, references, figures and texts, and parse back as a copy', function () {
    const message = good();
    const parsed = accepted(parseHostMessage(message));
    assert.deepEqual(parsed, message);
    assert.notEqual(parsed, message);
  });

  it('the page rejects content it did not expect', function () {
    const exercises = () => (good().exercises as Array<Record<string, unknown>>);
    const withExercise = (change: (e: Record<string, unknown>) => void) => {
      const message = good();
      const list = exercises();
      change(list[0]);
      return { ...message, exercises: list };
    };
    const bad: Array<[string, unknown]> = [
      ['no exercises', { ...good(), exercises: [] }],
      ['an extra field', { ...good(), extra: true }],
      ['a mode that does not exist', { ...good(), mode: 'settings' }],
      ['an exercise of an unknown kind', withExercise((e) => { e.kind = 'yoga'; })],
      ['an exercise without steps', withExercise((e) => { e.steps = []; })],
      ['a step that is not text', withExercise((e) => { e.steps = [1, 2, 3, 4]; })],
      ['negative timing', withExercise((e) => { e.timing = { type: 'hold', releaseSeconds: -1, switchSeconds: 5 }; })],
      ['an unknown timing', withExercise((e) => { e.timing = { type: 'forever' }; })],
      ['a figure outside media', withExercise((e) => { e.figure = { file: '../secret.svg', label: 'x' }; })],
      ['an unknown exercise field', withExercise((e) => { e.onclick = 'x'; })],
      ['a reference with a non-https URL', { ...good(), references: [{ id: 'x', label: 'x', citation: 'x', url: 'javascript:alert(1)' }] }],
      ['a figure key that is not a file name', { ...good(), figures: { '<img>': '<svg></svg>' } }],
      ['texts missing the cues', { ...good(), texts: { ...(good().texts as object), cues: undefined } }],
      ['texts missing the walkthrough link', { ...good(), texts: { ...(good().texts as object), walkthrough: undefined } }],
    ];
    for (const [name, raw] of bad) {
      rejected(parseHostMessage(JSON.parse(JSON.stringify(raw))), name);
    }
  });
});

describe('a rejected message says which field failed', function () {
  const good = () => JSON.parse(JSON.stringify(content())) as Record<string, unknown>;
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['an exercise of an unknown kind', () => {
      const message = good();
      (message.exercises as Array<Record<string, unknown>>)[2].kind = 'yoga';
      return message;
    }, /^exercises\[2\]\.kind: expected one of stretch, activation, walk, got "yoga"$/],
    ['a field the declaration does not have', () => ({ ...good(), extra: true }), /^extra: not a field of this message$/],
    ['a missing word of the page', () => {
      const message = good();
      delete ((message.words as Record<string, Record<string, unknown>>).text).resume;
      return message;
    }, /^words\.text\.resume: missing$/],
    ['a step that is not text', () => {
      const message = good();
      (message.exercises as Array<Record<string, unknown>>)[0].steps = ['ok', 7];
      return message;
    }, /^exercises\[0\]\.steps\[1\]: expected text of at most 2000 characters, got 7$/],
  ];
  for (const [name, make, problem] of cases) {
    it(`content: ${name}`, function () {
      assert.match(rejected(parseHostMessage(make()), name), problem);
    });
  }

  it('a panel message: its type, or its field', function () {
    assert.match(rejected(parsePanelMessage({ type: 'explode' })), /^type: expected one of ready, done, finished, snooze, skip, openLink, setSound, switchMode, showWalkthrough, rejected, got "explode"$/);
    assert.match(rejected(parsePanelMessage({ type: 'done', fraction: 1.01, breakId: 0 })), /^fraction: expected a number from 0 to 1, got 1\.01$/);
    assert.match(rejected(parsePanelMessage(new Map())), /^type: expected one of .*, got \[object Map\]$/);
  });

  it('a state message whose setting is out of its range', function () {
    const message = JSON.parse(JSON.stringify(stateMessage({ stretchMs: 0, outsideMs: 0, outside: 'setting', dueAtCodingMs: 1, due: false, offered: null, prompt: false, heldBy: null, pausedUntil: null, idle: true, today }, {
      enabled: true, intervalMinutes: 30, idleSeconds: 120, naturalBreakMinutes: 5, snoozeMinutes: 5, holdSeconds: 30, rounds: 2, stretchVariant: 'standing',
      breakLength: 'full', sound: true, reminderStyle: 'statusBar', quietWhileDebugging: true, earlyPromptMinutes: 5,
      'goodMoments.commit': true, 'goodMoments.task': true, 'goodMoments.debug': true, 'goodMoments.terminal': true, countTimeOutsideEditor: 'auto',
    }))) as { settings: Record<string, unknown> };
    message.settings.holdSeconds = 500;
    assert.match(rejected(parseHostMessage(message)), /^settings\.holdSeconds: expected a whole number from 10 to 120, got 500$/);
  });
});
