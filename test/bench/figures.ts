// The benchmark's figures: samples summed up as median, min and max, a target
// where there is one, and the two ways of printing them (a table, JSON).

export type Unit = 'bytes' | 'ms' | 'min' | 'count' | 'events/s' | 'x';

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

export interface Target {
  /** How the target reads in the table, e.g. "< 40 KB". */
  text: string;
  met: boolean;
}

export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  /** Null when the figure could not be taken on this machine (see `unavailable`). */
  summary: Summary | null;
  target?: Target;
  /** Why there is no figure, when there is none. */
  unavailable?: string;
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) {
    throw new Error('no samples');
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: samples.length, samples };
}

export function figure(id: string, label: string, unit: Unit, samples: number[], target?: (median: number) => Target): Figure {
  const summary = summarize(samples);
  return { id, label, unit, summary, ...(target ? { target: target(summary.median) } : {}) };
}

/** A figure that could not be taken here (a program missing, another system): "n/a" in the table, null in JSON, and why. */
export function unavailable(id: string, label: string, unit: Unit, why: string): Figure {
  return { id, label, unit, summary: null, unavailable: why };
}

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'bytes':
      return Math.abs(value) < 1024 * 1024 ? `${(value / 1024).toFixed(1)} KB` : `${(value / 1024 / 1024).toFixed(2)} MB`;
    case 'ms':
      return Math.abs(value) < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
    case 'min':
      return `${value.toFixed(1)} min`;
    case 'x':
      return `${value.toFixed(1)}x`;
    case 'events/s':
      return `${thousands.format(value)}/s`;
    case 'count':
      return Number.isInteger(value) ? thousands.format(value) : value.toFixed(1);
  }
}

/** A plain-text table: one line per figure, with its target and whether the median meets it. */
export function table(figures: Figure[]): string {
  const header = ['Figure', 'Median', 'Min', 'Max', 'Runs', 'Target', 'Met'];
  const rows = figures.map((f) => [
    f.label,
    f.summary ? formatValue(f.summary.median, f.unit) : 'n/a',
    f.summary ? formatValue(f.summary.min, f.unit) : '',
    f.summary ? formatValue(f.summary.max, f.unit) : '',
    String(f.summary?.runs ?? 0),
    f.target?.text ?? '',
    f.target ? (f.target.met ? 'yes' : 'NO') : '',
  ]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells
    .map((cell, i) => (i === 0 || i >= 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join('  ')
    .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The same figures as JSON: one object per figure, keyed by id; a figure not taken here has null values and says why. */
export function json(figures: Figure[], about: Record<string, unknown>): string {
  const byId: Record<string, unknown> = {};
  for (const f of figures) {
    byId[f.id] = {
      label: f.label,
      unit: f.unit,
      median: f.summary?.median ?? null,
      min: f.summary?.min ?? null,
      max: f.summary?.max ?? null,
      runs: f.summary?.runs ?? 0,
      samples: f.summary?.samples ?? [],
      ...(f.target ? { target: f.target.text, met: f.target.met } : {}),
      ...(f.unavailable ? { unavailable: f.unavailable } : {}),
    };
  }
  return JSON.stringify({ ...about, figures: byId }, null, 2);
}
