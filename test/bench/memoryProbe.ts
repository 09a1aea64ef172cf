// Heap growth of the core over a simulated working day, in a Node process of
// its own started with --expose-gc (see memory.ts): the Clock with an
// in-memory store, on fake time, through 8 hours of bursty activity. Heap used
// is read after a full garbage collection before and after the 8 hours.
// Prints one line of JSON: { before, after, events }.
import * as FakeTimers from '@sinonjs/fake-timers';
import { activeHours, simulatedWindow, START } from './clockBench';

const gc = (globalThis as { gc?: () => void }).gc;

function heapUsedAfterGc(): number {
  if (!gc) {
    throw new Error('Run with node --expose-gc.');
  }
  // Twice: objects freed by the first collection's finalizers go in the second.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function main(): void {
  const seed = Number(process.argv[2] ?? 7);
  const hours = Number(process.argv[3] ?? 8);
  const fake = FakeTimers.createClock(START);
  // The state right after activation: the driver created, its state read and written.
  const driver = simulatedWindow(fake);
  const before = heapUsedAfterGc();
  const events = activeHours(fake, driver, hours, seed);
  const after = heapUsedAfterGc();
  // Keep the driver alive until after the second reading.
  if (driver.view().stretchMs < 0) {
    throw new Error('negative coding time');
  }
  process.stdout.write(`${JSON.stringify({ before, after, events })}\n`);
}

main();
