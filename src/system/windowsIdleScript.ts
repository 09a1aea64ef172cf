// The program the Windows source runs in one long-lived Windows PowerShell:
// it compiles a small C# class once, then answers one line per request line.
//
// Not yet run on a real Windows machine: this project cannot run Windows
// here. The line protocol it speaks is tested end to end against a stand-in
// (test/fixtures/idle/windowsStandIn.mjs); the script itself is untested.
//
// Protocol, one line each way:
// - on start, `ready` once the class is compiled, or `error <message>` and
//   exit code 1 when it cannot be (Constrained Language Mode blocks Add-Type);
// - then for every line read on standard input, one answer line: the tick
//   count and the last input tick, `<GetTickCount()> <LASTINPUTINFO.dwTime>`,
//   both unsigned 32-bit decimals (idle = their difference, modulo 2^32), or
//   `error <message>`;
// - standard input closed: the loop ends and PowerShell exits.

/** The script, line by line, each with what it does. */
const LINES: readonly string[] = [
  "$ErrorActionPreference = 'Stop'", // any error ends the script, so a failed Add-Type cannot be followed by a loop that answers nothing
  'try {', // catch the compile error to print it as one protocol line
  "  Add-Type -TypeDefinition @'", // compile the C# below once (about a second of CPU); blocked in Constrained Language Mode
  'using System;',
  'using System.Globalization;', // invariant digits for the answer
  'using System.Runtime.InteropServices;', // P/Invoke
  'public static class PostureBreaksLastInput {',
  '  [StructLayout(LayoutKind.Sequential)]', // LASTINPUTINFO as user32 lays it out
  '  private struct LASTINPUTINFO { public uint cbSize; public uint dwTime; }', // dwTime: tick count of the last input event
  '  [DllImport("user32.dll")]',
  '  private static extern bool GetLastInputInfo(ref LASTINPUTINFO plii);', // the session's last keyboard or mouse input
  '  [DllImport("kernel32.dll")]',
  '  private static extern uint GetTickCount();', // milliseconds since boot, unsigned 32-bit (wraps after 49.7 days)
  '  public static string Answer() {',
  '    LASTINPUTINFO info = new LASTINPUTINFO();',
  '    info.cbSize = (uint)Marshal.SizeOf(typeof(LASTINPUTINFO));', // the API requires the size filled in
  '    if (!GetLastInputInfo(ref info)) { return "error GetLastInputInfo failed"; }', // a failure is an error line, never a made-up number
  '    uint tick = GetTickCount();', // read after the last input, so the tick is never older than it
  '    return tick.ToString(CultureInfo.InvariantCulture) + " " + info.dwTime.ToString(CultureInfo.InvariantCulture);', // the answer line; the client subtracts modulo 2^32
  '  }',
  '}',
  "'@", // end of the C# here-string (must start its line)
  '} catch {',
  "  Write-Output ('error ' + $_.Exception.Message)", // why it cannot run, as one protocol line (plain output works in every language mode)
  '  exit 1', // and end: the client counts a failure
  '}',
  "[Console]::Out.WriteLine('ready')", // compiled: requests may come
  'while ($null -ne ($line = [Console]::In.ReadLine())) {', // one request per line, until standard input closes
  '  [Console]::Out.WriteLine([PostureBreaksLastInput]::Answer())', // one answer line per request (Console.Out flushes each line)
  '}',
];

/** The script as PowerShell receives it. */
export const WINDOWS_IDLE_SCRIPT = LINES.join('\n');

/**
 * The arguments of powershell.exe: no profile, no prompts, and the script as
 * `-EncodedCommand` (base64 of its UTF-16LE text), so it reaches PowerShell
 * unchanged by Windows' command-line quoting and standard input stays free
 * for the requests.
 */
export function powershellArgs(script: string = WINDOWS_IDLE_SCRIPT): string[] {
  return ['-NoLogo', '-NoProfile', '-NonInteractive', '-EncodedCommand', Buffer.from(script, 'utf16le').toString('base64')];
}
