// The guided hold: a pure, serializable timeline of the stretch routine.
//
// The routine alternates sides, left then right, for `rounds` rounds, with a
// short "switch sides" cue between two holds:
//   hold L1, switch, hold R1, switch, hold L2, switch, hold R2, done.
// Elapsed time always comes from clock differences (a `now` in epoch ms passed
// in), never from counting ticks, so the state can be saved (the webview's
// setState), thrown away with the page, and restored later with a later
// `now`: the countdown has moved on by the true time.
//
// No dependencies: this module is bundled into the webview script as well.

export type Side = 'left' | 'right';
export type HoldPhase = 'ready' | 'hold' | 'switch' | 'done';

export interface HoldConfig {
  /** Seconds per hold (one side, one round). */
  holdSeconds: number;
  /** Holds per side. */
  rounds: number;
  /** Seconds for the "switch sides" cue between two holds. */
  switchSeconds?: number;
}

/** Plain JSON: safe to keep with the webview's setState/getState. */
export interface HoldState {
  holdSeconds: number;
  rounds: number;
  switchSeconds: number;
  /** The routine has been started (and not reset since). */
  started: boolean;
  /** Routine time banked by earlier running spells (ms). */
  bankedMs: number;
  /** Epoch ms at which the current running spell began; null when not running. */
  runningSince: number | null;
}

export interface HoldProgress {
  phase: HoldPhase;
  /** The clock is running (false when ready, paused or done). */
  running: boolean;
  /** Started, not done, and not running. */
  paused: boolean;
  /**
   * The side being held. During 'switch' it is the side coming next (so the
   * illustration can already show it); when done, the last side held.
   */
  side: Side;
  /** Round of `side`, 1-based (during 'switch': the round coming next). */
  round: number;
  rounds: number;
  /** 0-based index of the hold (0 .. 2*rounds-1); 2*rounds when done. */
  holdIndex: number;
  /** Time left in the current phase (ms); the whole hold when ready; 0 when done. */
  remainingMs: number;
  /** `remainingMs` rounded up to whole seconds, for display. */
  remainingSeconds: number;
  /** Length of the current phase (ms). */
  phaseMs: number;
  /** Share of the hold time done, 0..1 (switch time does not count). */
  fraction: number;
  /** Routine time elapsed (ms), 0..totalMs. */
  elapsedMs: number;
  totalMs: number;
}

export const DEFAULT_HOLD_SECONDS = 30;
export const DEFAULT_ROUNDS = 2;
export const DEFAULT_SWITCH_SECONDS = 5;

/** Done counts as a taken break from this fraction of the routine on. */
export const TAKEN_FRACTION = 0.5;

const LIMITS = {
  holdSeconds: { min: 1, max: 3600, fallback: DEFAULT_HOLD_SECONDS },
  rounds: { min: 1, max: 10, fallback: DEFAULT_ROUNDS },
  switchSeconds: { min: 0, max: 60, fallback: DEFAULT_SWITCH_SECONDS },
} as const;

function clampInt(value: unknown, limit: { min: number; max: number; fallback: number }): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return limit.fallback;
  }
  return Math.min(limit.max, Math.max(limit.min, Math.round(value)));
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A fresh routine, not started. */
export function createHold(config: HoldConfig): HoldState {
  return {
    holdSeconds: clampInt(config.holdSeconds, LIMITS.holdSeconds),
    rounds: clampInt(config.rounds, LIMITS.rounds),
    switchSeconds: clampInt(config.switchSeconds ?? DEFAULT_SWITCH_SECONDS, LIMITS.switchSeconds),
    started: false,
    bankedMs: 0,
    runningSince: null,
  };
}

/** Total length of the routine (ms): every hold and the switches between them. */
export function totalMs(state: HoldState): number {
  const holds = 2 * state.rounds;
  return holds * state.holdSeconds * 1000 + (holds - 1) * state.switchSeconds * 1000;
}

/** Routine time elapsed at `now` (ms), 0..totalMs. A clock that went back counts as no time. */
export function elapsedMs(state: HoldState, now: number): number {
  const spell = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return Math.min(totalMs(state), state.bankedMs + spell);
}

export function isRunning(state: HoldState): boolean {
  return state.runningSince !== null;
}

/** Start from the beginning (when ready or done); resume when paused; no change while running. */
export function start(state: HoldState, now: number): HoldState {
  if (isRunning(state)) {
    return state;
  }
  if (state.started && elapsedMs(state, now) < totalMs(state)) {
    return resume(state, now);
  }
  return { ...state, started: true, bankedMs: 0, runningSince: now };
}

/** Stop the clock, keeping the time done so far. */
export function pause(state: HoldState, now: number): HoldState {
  if (!isRunning(state)) {
    return state;
  }
  return { ...state, bankedMs: elapsedMs(state, now), runningSince: null };
}

/** Run the clock again after a pause. */
export function resume(state: HoldState, now: number): HoldState {
  if (!state.started || isRunning(state) || state.bankedMs >= totalMs(state)) {
    return state;
  }
  return { ...state, runningSince: now };
}

/** From the beginning, running at once. */
export function restart(state: HoldState, now: number): HoldState {
  return { ...state, started: true, bankedMs: 0, runningSince: now };
}

/** Back to 'ready', nothing done. */
export function reset(state: HoldState): HoldState {
  return { ...state, started: false, bankedMs: 0, runningSince: null };
}

/**
 * Bring the state in line with `now`: a finished routine stops its clock (so no
 * timer needs to run), and a clock that jumped back is taken as no time
 * passing (the running spell starts again from `now`, keeping what was done).
 */
export function settle(state: HoldState, now: number): HoldState {
  if (state.runningSince === null) {
    return state;
  }
  if (now < state.runningSince) {
    return { ...state, runningSince: now };
  }
  const elapsed = elapsedMs(state, now);
  if (elapsed >= totalMs(state)) {
    return { ...state, bankedMs: totalMs(state), runningSince: null };
  }
  return state;
}

/**
 * New settings (hold length, rounds): applied when the routine is not under
 * way (ready or done); a routine in progress keeps the length it started with.
 */
export function reconfigure(state: HoldState, config: HoldConfig, now: number): HoldState {
  const fresh = createHold({ switchSeconds: state.switchSeconds, ...config });
  if (fresh.holdSeconds === state.holdSeconds && fresh.rounds === state.rounds && fresh.switchSeconds === state.switchSeconds) {
    return state;
  }
  const underWay = state.started && elapsedMs(state, now) < totalMs(state);
  return underWay ? state : fresh;
}

/**
 * A state read back from storage (anything: it may be missing, old or
 * damaged). Returns it when well formed, else a fresh routine from `fallback`.
 */
export function restore(raw: unknown, fallback: HoldConfig): HoldState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return createHold(fallback);
  }
  const r = raw as Record<string, unknown>;
  const fresh = createHold({
    holdSeconds: r.holdSeconds as number,
    rounds: r.rounds as number,
    switchSeconds: r.switchSeconds as number,
  });
  const wellFormed = fresh.holdSeconds === r.holdSeconds
    && fresh.rounds === r.rounds
    && fresh.switchSeconds === r.switchSeconds
    && typeof r.started === 'boolean'
    && isTime(r.bankedMs)
    && (r.runningSince === null || isTime(r.runningSince))
    && (r.started || (r.bankedMs === 0 && r.runningSince === null));
  if (!wellFormed) {
    return createHold(fallback);
  }
  return {
    ...fresh,
    started: r.started as boolean,
    bankedMs: Math.min(r.bankedMs as number, totalMs(fresh)),
    runningSince: r.runningSince as number | null,
  };
}

function sideOf(holdIndex: number): Side {
  return holdIndex % 2 === 0 ? 'left' : 'right';
}

/** Where the routine stands at `now`. */
export function progress(state: HoldState, now: number): HoldProgress {
  const holdMs = state.holdSeconds * 1000;
  const switchMs = state.switchSeconds * 1000;
  const holds = 2 * state.rounds;
  const total = totalMs(state);
  const base = { rounds: state.rounds, totalMs: total };

  if (!state.started) {
    return {
      ...base, phase: 'ready', running: false, paused: false, side: 'left', round: 1, holdIndex: 0,
      remainingMs: holdMs, remainingSeconds: state.holdSeconds, phaseMs: holdMs, fraction: 0, elapsedMs: 0,
    };
  }
  const elapsed = elapsedMs(state, now);
  if (elapsed >= total) {
    return {
      ...base, phase: 'done', running: false, paused: false, side: sideOf(holds - 1), round: state.rounds,
      holdIndex: holds, remainingMs: 0, remainingSeconds: 0, phaseMs: 0, fraction: 1, elapsedMs: total,
    };
  }
  const running = isRunning(state);
  const period = holdMs + switchMs;
  const k = Math.floor(elapsed / period);
  const within = elapsed - k * period;
  const inHold = within < holdMs;
  const holdIndex = inHold ? k : k + 1;
  const remainingMs = inHold ? holdMs - within : period - within;
  const holdDoneMs = inHold ? k * holdMs + within : (k + 1) * holdMs;
  return {
    ...base,
    phase: inHold ? 'hold' : 'switch',
    running,
    paused: !running,
    side: sideOf(holdIndex),
    round: Math.floor(holdIndex / 2) + 1,
    holdIndex,
    remainingMs,
    remainingSeconds: Math.ceil(remainingMs / 1000),
    phaseMs: inHold ? holdMs : switchMs,
    fraction: Math.min(1, holdDoneMs / (holds * holdMs)),
    elapsedMs: elapsed,
  };
}

/** Done at this point counts as a taken break. */
export function countsAsTaken(fraction: number): boolean {
  return fraction >= TAKEN_FRACTION;
}

function sideName(side: Side): string {
  return side === 'left' ? 'Left side' : 'Right side';
}

/**
 * What to announce to a screen reader when the routine moves from `prev` to
 * `next`: the start of each hold, halfway through a hold, the switch cue and
 * the end. Null otherwise (never every second), and null for the first look
 * after the panel loads (`prev` null).
 */
export function announce(prev: HoldProgress | null, next: HoldProgress): string | null {
  if (prev === null) {
    return null;
  }
  const roundText = `round ${next.round} of ${next.rounds}`;
  if (next.phase === 'done') {
    return prev.phase === 'done' ? null : 'Routine complete. Well done. Press Done to record the break.';
  }
  if (next.phase === 'switch') {
    const fresh = prev.phase !== 'switch' || prev.holdIndex !== next.holdIndex;
    return fresh ? `Switch sides. Next: ${sideName(next.side).toLowerCase()}, ${roundText}.` : null;
  }
  if (next.phase === 'hold') {
    if (prev.phase !== 'hold' || prev.holdIndex !== next.holdIndex) {
      return `${sideName(next.side)}, ${roundText}. Hold for ${Math.round(next.phaseMs / 1000)} seconds.`;
    }
    const half = next.phaseMs / 2;
    if (prev.remainingMs > half && next.remainingMs <= half) {
      return `Halfway. ${next.remainingSeconds} seconds left.`;
    }
  }
  return null;
}
