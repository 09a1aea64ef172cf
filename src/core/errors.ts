// What went wrong, for the log: the message of an Error, or what was thrown
// as text.
//
// Pure: no dependency.

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
