// The system input source: one question asked of the operating system, how
// long since the last keyboard or mouse input anywhere on this machine. Only
// that one number is ever read (never which application, what was typed or
// where the pointer is), and no sample is logged or stored.
//
// Pure types: the Node adapters in src/system implement them.

/** One answer of a system input source. */
export interface IdleSample {
  /** Milliseconds since the last keyboard or mouse input, system-wide, as the system counted it. */
  idleMs: number;
  /** Epoch ms at which the answer arrived: read in the process's output/exit event handler, before any parsing or awaiting. */
  at: number;
}
export interface IdleSource {
  /** Short stable name for the log and the tooltip: 'gnome', 'freedesktop', 'xprintidle', 'macos', 'windows'. */
  readonly name: string;
  /** Asks once. Rejects with an Error whose message says why in one line (timeout, exit code, stderr's first line, unparsable output). */
  sample(): Promise<IdleSample>;
  /** Ends any process the source keeps (the Windows one); a later sample() may start it again unless it was dropped. */
  dispose(): void;
}
/** Why no source is used in this window (the tooltip turns these into words). */
export type NoSourceReason = 'setting' | 'browser' | 'remote' | 'platform' | 'failed';

/** Whether this window counts time outside VS Code: 'on', 'pending' while its source is being found, or why not. */
export type OutsideStatus = 'on' | 'pending' | NoSourceReason;
