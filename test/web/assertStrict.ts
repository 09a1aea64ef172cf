// node:assert/strict in the suite's bundle for the browser host: the assert
// package (Node's assert for browsers), in its strict mode.
import { strict } from 'assert';

export = strict;
