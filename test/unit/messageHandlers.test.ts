// Each message is handled by type, on both sides: a handler table without one
// of the declared types does not compile. The `@ts-expect-error` lines below
// are the test: if a table with a type missing ever compiled, the test build
// (npm run compile-tests, part of npm test) would fail on the unused marker.
import * as assert from 'node:assert/strict';
import type { HostMessage } from '../../src/core/protocol/hostMessages';
import type { PanelMessage } from '../../src/core/protocol/panelMessages';
import { dispatch, type Handlers } from '../../src/core/schema';

describe('messages are handled by type, exhaustively', function () {
  it('a handler table for the page\'s messages needs every type', function () {
    // @ts-expect-error -- `rejected` has no handler
    const missing: Handlers<PanelMessage> = {
      ready() {}, done() {}, finished() {}, snooze() {}, skip() {}, openLink() {}, setSound() {}, switchMode() {}, showWalkthrough() {},
    };
    assert.ok(missing);
  });

  it('a handler table for the extension\'s messages needs every type', function () {
    // @ts-expect-error -- `history` has no handler
    const missing: Handlers<HostMessage> = { content() {}, state() {} };
    assert.ok(missing);
  });

  it('dispatch calls the handler of the message\'s type, with the message', function () {
    const seen: string[] = [];
    const handlers: Handlers<HostMessage> = {
      content: () => seen.push('content'),
      state: (message) => seen.push(`state due=${message.due}`),
      history: () => seen.push('history'),
    };
    dispatch(handlers, { type: 'state', due: true } as HostMessage);
    assert.deepEqual(seen, ['state due=true']);
  });
});
