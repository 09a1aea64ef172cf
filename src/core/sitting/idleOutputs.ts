// The answers of the system input sources, read by pure functions: each takes
// what the system printed and gives milliseconds since the last input, or null
// for anything that is not a clean answer (empty, cut short, extra tokens, a
// sign, a fraction, a number too large for its type or for a safe integer of
// milliseconds, digits other than ASCII 0-9, an error text).
//
// Pure: no I/O, no vscode import.

const UINT32_MAX = 0xffff_ffffn;
const UINT64_MAX = 0xffff_ffff_ffff_ffffn;
const NS_PER_MS = 1_000_000n;

/** A decimal integer as programs print one (ASCII digits, no sign, no leading zero), as a bigint; null for anything else. */
function unsigned(text: string, max: bigint): bigint | null {
  if (!/^(?:0|[1-9][0-9]*)$/.test(text)) {
    return null;
  }
  const value = BigInt(text);
  return value <= max ? value : null;
}

/** A bigint count of milliseconds as a number, when it is a safe integer. */
function safeMs(ms: bigint | null): number | null {
  return ms !== null && ms <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ms) : null;
}

/** The one line of an answer, its final line break (LF or CRLF) removed; null when there is more than one line. */
function oneLine(stdout: string): string | null {
  const match = /^([^\r\n]*)(?:\r?\n)?$/.exec(stdout);
  return match ? match[1] : null;
}

/**
 * GNOME Mutter's `org.gnome.Mutter.IdleMonitor.GetIdletime`, as `gdbus call`
 * prints it: `(uint64 12345,)`, in milliseconds.
 */
export function parseGnomeIdle(stdout: string): number | null {
  const match = /^\(uint64 ([^,]*),\)$/.exec(oneLine(stdout) ?? '');
  return match ? safeMs(unsigned(match[1], UINT64_MAX)) : null;
}

/**
 * freedesktop's `org.freedesktop.ScreenSaver.GetSessionIdleTime`, as `gdbus
 * call` prints it: `(uint32 12345,)`, in milliseconds.
 *
 * The unit is milliseconds although the interface description that GNOME's
 * proxy copied names the argument "seconds": KDE, the main implementer,
 * answers with `KIdleTime::instance()->idleTime()` (repository KDE/kscreenlocker,
 * file interface.cpp, `Interface::GetSessionIdleTime`), and KIdleTime's
 * `idleTime()` is documented as "the idle time of the system, in
 * milliseconds" (repository KDE/kidletime, file src/kidletime.h). GNOME
 * answers the error org.freedesktop.DBus.Error.NotSupported (repository
 * GNOME/gnome-settings-daemon, plugins/screensaver-proxy).
 */
export function parseFreedesktopIdle(stdout: string): number | null {
  const match = /^\(uint32 ([^,]*),\)$/.exec(oneLine(stdout) ?? '');
  return match ? safeMs(unsigned(match[1], UINT32_MAX)) : null;
}

/** `xprintidle`: milliseconds and a line break (an unsigned long, printed with `%lu`). */
export function parseXprintidle(stdout: string): number | null {
  const line = oneLine(stdout);
  return line === null ? null : safeMs(unsigned(line, UINT64_MAX));
}

/**
 * macOS: `ioreg -c IOHIDSystem -r -k HIDIdleTime -d 1`. The first
 * `"HIDIdleTime" = N` line decides (N in nanoseconds, a 64-bit counter); the
 * tree's `|` and indentation before it are allowed. Whole milliseconds,
 * rounded down.
 */
export function parseIoregIdle(stdout: string): number | null {
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^[ \t|]*"HIDIdleTime" = (.*)$/.exec(line);
    if (match) {
      const ns = unsigned(match[1], UINT64_MAX);
      return ns === null ? null : safeMs(ns / NS_PER_MS);
    }
  }
  return null;
}

/**
 * Milliseconds since the last input on Windows, from `GetTickCount()` and
 * `LASTINPUTINFO.dwTime`, in unsigned 32-bit arithmetic: correct across the
 * tick count's wrap (every 49.7 days) and for a tick count read as a signed
 * 32-bit number (negative after 24.9 days), as long as the idle time itself
 * is under 49.7 days. Each argument is an integer in the signed or unsigned
 * 32-bit range.
 */
export function windowsIdleMs(tickCount: number, lastInputTick: number): number {
  return (tickCount - lastInputTick) >>> 0;
}

/** The answer line of the Windows reader: the tick count and the last input tick, two unsigned 32-bit numbers. */
export function parseWindowsIdle(line: string): number | null {
  const match = /^([^ ]*) ([^ ]*)$/.exec(oneLine(line) ?? '');
  if (!match) {
    return null;
  }
  const tick = unsigned(match[1], UINT32_MAX);
  const last = unsigned(match[2], UINT32_MAX);
  return tick === null || last === null ? null : windowsIdleMs(Number(tick), Number(last));
}
