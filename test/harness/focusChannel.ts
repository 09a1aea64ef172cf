// The files through which the integration suite, inside the extension host,
// asks the server's launcher to change its window's focus (windowFocus.ts).
// No imports: the suite's bundle for the browser host includes this file.

/** The request the suite writes (through a temporary file and a rename): `{ seq, focused }`. */
export const FOCUS_REQUEST = 'window-focus-request.json';
/** The launcher's answer: `{ seq, error }`, the request's number and the error if it failed (else null). */
export const FOCUS_DONE = 'window-focus-done.json';

export interface FocusRequest {
  seq: number;
  focused: boolean;
}

/** The launcher's answer, with what the page said of its focus (for the suite's message when VS Code does not follow). */
export interface FocusDone {
  seq: number;
  error: string | null;
  page: string | null;
}
