// How one window's clock stays in step with the store every window shares:
// it adopts another window's write when it sees one (cheaply: three fields
// identify a stored version), writes at once every change other windows must
// see (a raised rev), and anything else (the count, the history) at most once
// per WRITE_INTERVAL_MS. Never once per keystroke. When another window's
// write replaced one of ours, the merged state is written back.
//
// Pure: the store is passed in.
import type { ClockRules } from './rules';

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

export class SharedWrites {
  writes = 0;
  private writtenRev: number;
  private writtenSeq: number;
  private lastWriteAt: number;
  /** The stored version last seen (read or written), to notice another window's write cheaply. */
  private seen: Stamp = {};

  /** `raw` is what the store held when the clock was restored from it; `repaired` says the restore changed it. */
  constructor(private readonly rules: ClockRules, private readonly store: Store, raw: unknown, repaired: boolean, now: number) {
    this.noteSeen(raw);
    // What the store holds counts as written, unless the restore repaired or changed it.
    const stored = stampOf(raw);
    this.writtenRev = !repaired && stored.rev === rules.rev && stored.seq === rules.seq ? rules.rev : -1;
    this.writtenSeq = rules.seq;
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
    if (stamp.writer === this.rules.writerId) {
      return false;
    }
    const changed = this.rules.mergeFrom(raw, now);
    // Decisions adopted from another window are already stored: no echo
    // write, unless the store lacks something this window knew (its write was
    // replaced by the other's): then the union is written at once.
    this.writtenRev = this.rules.isCoveredBy(raw) ? this.rules.rev : -1;
    return changed;
  }

  /** At once if another window must see a change; else lazily, at most once per WRITE_INTERVAL_MS. */
  persist(now: number): void {
    if (this.rules.rev !== this.writtenRev) {
      this.write(now);
    } else if (this.rules.seq !== this.writtenSeq && (now - this.lastWriteAt >= WRITE_INTERVAL_MS || now < this.lastWriteAt)) {
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
    if (this.rules.rev !== this.writtenRev || this.rules.seq !== this.writtenSeq) {
      this.write(now);
    }
  }

  private noteSeen(raw: unknown): void {
    const stamp = stampOf(raw);
    this.seen = { writer: stamp.writer, rev: stamp.rev, seq: stamp.seq };
  }

  private write(now: number): void {
    const state = this.rules.toJSON();
    this.writes++;
    this.writtenRev = state.rev;
    this.writtenSeq = state.seq;
    this.lastWriteAt = now;
    this.noteSeen(state);
    this.store.write(state);
  }
}
