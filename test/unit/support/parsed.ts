// What a message check said, for the tests: the value it accepted (a failure
// names the field that failed), or the problem it found.
import * as assert from 'node:assert/strict';
import type { Parsed } from '../../../src/core/schema';

/** The accepted value; fails with the check's own problem when it was rejected. */
export function accepted<T>(parsed: Parsed<T>, what = 'the message'): T {
  if (!parsed.ok) {
    assert.fail(`${what} was rejected: ${parsed.problem}`);
  }
  return parsed.value;
}

/** The problem the check found; fails when the message was accepted. */
export function rejected<T>(parsed: Parsed<T>, what = 'the message'): string {
  if (parsed.ok) {
    assert.fail(`${what} was accepted: ${JSON.stringify(parsed.value)?.slice(0, 200)}`);
  }
  return parsed.problem;
}
