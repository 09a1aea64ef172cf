// How one window's clock stays in step with the store every window shares:
// restored from what the store holds at start, it adopts another window's
// write when it sees one (cheaply: three fields identify a stored version),
// writes at once every change other windows must see (a raised rev), and
// anything else (the count, the history) at most once per WRITE_INTERVAL_MS.
// Never once per keystroke. When another window's write replaced one of
// ours, the merged state is written back.
//
// Pure: the store is passed in.
import { applyPendingNaturalBreak } from './codingTime';
import { isCoveredBy, mergeFrom } from './merge';
import { isDue, newClockState, type ClockOptions, type ClockState } from './state';
import { parseState, sharedOf, STATE_VERSION, type StoredClockState } from './stored';

/** Lazy writes of the count and history: at most one per this long. */
export const WRITE_INTERVAL_MS = 15_000;

/** The shared store: read is sync (the latest state known), write is fire-and-forget. */
export interface Store {
  read(): unknown;
  write(state: unknown): void;
}

/** The fields that identify a stored version: who wrote it, and its rev and seq. */
interface Stamp {
  writer?: unknown;
  rev?: unknown;
  seq?: unknown;
}

const stampOf = (raw: unknown): Stamp => (typeof raw === 'object' && raw !== null ? raw : {}) as Stamp;

/**
 * A window's clock from a stored state of unknown quality (see stored.ts),
 * with what was wrong with it. Then the gap since the stored last activity
 * is judged by the usual rules: one of at least naturalBreakMinutes is a
 * natural break.
 */
export function restoreState(raw: unknown, now: number, options: ClockOptions): { state: ClockState; problems: string[] } {
  const state = newClockState(options);
  const problems: string[] = [];
  if (raw !== undefined && raw !== null) {
    const parsed = parseState(raw, problems);
    if (parsed) {
      Object.assign(state, sharedOf(parsed.state));
      state.ledger.load(parsed.state.days, parsed.state.daysSince);
    }
  }
  applyPendingNaturalBreak(state, now);
  state.prompt.noteDue(now, isDue(state));
  return { state, problems };
}

/** What a window writes to the store: the shared fields, the day history, and who wrote it. */
export function storedForm(state: ClockState): StoredClockState {
  return { version: STATE_VERSION, writer: state.writerId, ...sharedOf(state), days: state.ledger.toJSON(), daysSince: { ...state.ledger.since } };
}

export class SharedWrites {
  writes = 0;
  private writtenRev: number;
  private writtenSeq: number;
  private lastWriteAt: number;
  /** The stored version last seen (read or written), to notice another window's write cheaply. */
  private seen: Stamp = {};

  /** `raw` is what the store held when the clock was restored from it; `repaired` says the restore changed it. */
  constructor(private readonly state: ClockState, private readonly store: Store, raw: unknown, repaired: boolean, now: number) {
    this.noteSeen(raw);
    // What the store holds counts as written, unless the restore repaired or changed it.
    const stored = stampOf(raw);
    this.writtenRev = !repaired && stored.rev === state.rev && stored.seq === state.seq ? state.rev : -1;
    this.writtenSeq = state.seq;
    this.lastWriteAt = now;
  }

  /**
   * Merges the shared state if another window wrote since it was last seen.
   * Cheap when nothing changed: three field reads. Returns whether the view changed.
   */
  pull(now: number): boolean {
    const raw = this.store.read();
    if (typeof raw !== 'object' || raw === null) {
      return false;
    }
    const stamp = raw as Stamp;
    if (stamp.writer === this.seen.writer && stamp.rev === this.seen.rev && stamp.seq === this.seen.seq) {
      return false;
    }
    this.noteSeen(raw);
    if (stamp.writer === this.state.writerId) {
      return false;
    }
    const changed = mergeFrom(this.state, raw, now);
    // Decisions adopted from another window are already stored: no echo
    // write, unless the store lacks something this window knew (its write was
    // replaced by the other's): then the union is written at once.
    this.writtenRev = isCoveredBy(this.state, raw) ? this.state.rev : -1;
    return changed;
  }

  /** At once if another window must see a change; else lazily, at most once per WRITE_INTERVAL_MS. */
  persist(now: number): void {
    if (this.state.rev !== this.writtenRev) {
      this.write(now);
    } else if (this.state.seq !== this.writtenSeq && (now - this.lastWriteAt >= WRITE_INTERVAL_MS || now < this.lastWriteAt)) {
      this.write(now);
    }
  }

  /** After another window's write: writes the union back at once if that write replaced something of ours (no echo otherwise). */
  writeBackIfReplaced(now: number): void {
    if (this.writtenRev === -1) {
      this.write(now);
    }
  }

  /** Writes at once anything unwritten (a window losing focus, or closing). */
  flush(now: number): void {
    if (this.state.rev !== this.writtenRev || this.state.seq !== this.writtenSeq) {
      this.write(now);
    }
  }

  private noteSeen(raw: unknown): void {
    const stamp = stampOf(raw);
    this.seen = { writer: stamp.writer, rev: stamp.rev, seq: stamp.seq };
  }

  private write(now: number): void {
    const state = storedForm(this.state);
    this.writes++;
    this.writtenRev = state.rev;
    this.writtenSeq = state.seq;
    this.lastWriteAt = now;
    this.noteSeen(state);
    this.store.write(state);
  }
}
