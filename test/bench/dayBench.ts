// The simulated working day of `npm run bench` (issue 16): the same day
// (dayTrace.ts) played through the core twice, with the editor-only rules
// (countTimeOutsideEditor off) and with the system's input time
// (dayPlayer.ts), measured against the truth of the trace (daySitting.ts).
// One seed per run: each run is a day of the same schedule with other
// details (bursts, pauses, moments of input).
//
//   node out/test/bench/dayBench.js [seed]   prints one day, for a look by hand
import { figure, type Figure } from './figures';
import { breakMs, playDay, type DayMode, type DayRun } from './dayPlayer';
import { dayFigures, sittings, type DayFigures } from './daySitting';
import { buildDay, clockText, type DayTrace } from './dayTrace';
import { HOUR } from '../../src/core/time';


export interface PlayedDay {
  trace: DayTrace;
  runs: Record<DayMode, DayRun>;
  figures: Record<DayMode, DayFigures>;
}

/** The day of `seed`, played both ways and measured. */
export async function playedDay(seed: number): Promise<PlayedDay> {
  const trace = buildDay(seed);
  const length = breakMs();
  const editorOnly = await playDay(trace, 'editorOnly');
  const withSource = await playDay(trace, 'withSource');
  return {
    trace,
    runs: { editorOnly, withSource },
    figures: { editorOnly: dayFigures(trace, editorOnly, length), withSource: dayFigures(trace, withSource, length) },
  };
}

/** Samples of the system's input time per hour with VS Code unfocused. */
export function samplesPerUnfocusedHour(run: DayRun): number {
  return run.unfocusedMs > 0 ? Math.round((run.samples / (run.unfocusedMs / HOUR)) * 10) / 10 : 0;
}

/** The day's figures over `days` (one per seed), each as a pair: editor only, then with the source. */
export function dayBenchFigures(days: readonly PlayedDay[]): Figure[] {
  const pair = ([editorOnlyId, id]: [string, string], label: string, unit: 'min' | 'count', value: (figures: DayFigures) => number,
    target?: (median: number) => { text: string; met: boolean }) => [
    figure(editorOnlyId, `${label}: editor only`, unit, days.map((day) => value(day.figures.editorOnly)), target),
    figure(id, `${label}: with the system's input time`, unit, days.map((day) => value(day.figures.withSource)), target),
  ];
  return [
    ...pair(['dayLongestSittingEditorOnlyMinutes', 'dayLongestSittingMinutes'], 'Day: longest sitting until a break is due', 'min', (f) => f.longestSittingMinutes),
    ...pair(['daySeenDelayEditorOnlyMinutes', 'daySeenDelayMinutes'], 'Day: longest sitting until a prompt can be seen', 'min', (f) => f.seenDelayMinutes),
    ...pair(['dayPromptsEditorOnly', 'dayPrompts'], 'Day: prompts seen', 'count', (f) => f.prompts),
    ...pair(['dayPromptsMidTypingEditorOnly', 'dayPromptsMidTyping'], 'Day: prompts that interrupt typing', 'count', (f) => f.promptsMidTyping,
      (v) => ({ text: '0', met: v === 0 })),
    ...pair(['dayBreakMinutesOfferedEditorOnly', 'dayBreakMinutesOffered'], 'Day: break minutes offered', 'min', (f) => f.breakMinutesOffered),
    figure('samplesPerUnfocusedHour', 'Day: samples of the input time per unfocused hour', 'count', days.map((day) => samplesPerUnfocusedHour(day.runs.withSource))),
  ];
}

const MODE_NAMES: Record<DayMode, string> = { editorOnly: 'editor only', withSource: 'with the system\'s input time' };

/** The day in lines: its schedule, then for each way of playing it, each stretch of sitting with its due and seen moments. */
export function describeDay(day: PlayedDay): string {
  const lines = [`The schedule: ${day.trace.parts.map((part) => `${clockText(part.from).slice(0, 5)} ${part.name}`).join(', ')}; `
    + `the day ends at ${clockText(day.trace.end).slice(0, 5)}.`];
  for (const mode of ['editorOnly', 'withSource'] as const) {
    const run = day.runs[mode];
    const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
    lines.push(`${MODE_NAMES[mode]}: ${minutes(run.today.codingMs)} in VS Code and ${minutes(run.today.outsideMs)} elsewhere counted; `
      + `natural breaks at ${run.naturalAt.map(clockText).join(', ') || 'none'}; ${run.samples} samples.`);
    for (const sitting of sittings(day.trace, run)) {
      const prompt = run.seen.find((seen) => seen.at === sitting.seenAt);
      const notes = [
        sitting.dueAt === null ? 'no break due' : `due ${clockText(sitting.dueAt)} (${minutes(sitting.dueAt - sitting.from)})`,
        sitting.seenAt === null ? null : `seen ${clockText(sitting.seenAt)}`,
        prompt?.offered ? `offered at a good moment (${prompt.offered})` : null,
        prompt?.midTyping ? 'while typing' : null,
      ].filter((note) => note !== null);
      lines.push(`  sat ${clockText(sitting.from)}-${clockText(sitting.to)} (${minutes(sitting.to - sitting.from)}): ${notes.join(', ')}`);
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  void playedDay(Number(process.argv[2] ?? 1)).then((day) => {
    console.log(describeDay(day));
    console.log(JSON.stringify(day.figures, null, 2));
  });
}
