import { format } from 'date-fns/format';
import { fromIsoDay } from '../pipeline/days.ts';
import type { Figure } from '../pipeline/model/index.ts';
import { href, paths } from './href.ts';

/** What each kind of figure counts, in the chart's words (projections are not charted). */
const KINDS: Record<string, string> = {
  deployed: 'sent or stationed',
  'at-front': 'at or moving to the front',
  casualties: 'killed or wounded',
};
const W = 640;
const H = 240;
const PAD = { left: 56, right: 60, top: 20, bottom: 36 };
/** Beyond this many figures the chart draws a line per figure and the table a row per figure. */
const MANY = 30;

/** A report of a figure as a table cell shows it: the day, linking to its event. */
export interface FigureReport {
  href: string;
  datetime: string;
  day: string;
}

/**
 * A round step for an axis from 0 to about `max` in four or five steps: 1, 2,
 * 2.5 or 5 times a power of ten (12,000 gives 5,000: ticks at 0, 5,000, 10,000
 * and 15,000, never 3,750 and 11,250).
 *
 * @param max - The largest value to show.
 * @returns The step.
 */
export function roundStep(max: number): number {
  const raw = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/**
 * A number as an axis on a phone gives it: `15k`, `2.5k`, `1.2m`, `800`.
 *
 * @param n - The number.
 * @returns The short form.
 */
export function shortNumber(n: number): string {
  const trim = (x: number) => String(Number(x.toFixed(1)));
  return n >= 1e6 ? `${trim(n / 1e6)}m` : n >= 1e3 ? `${trim(n / 1e3)}k` : String(n);
}

/** The chart of figures over time (the `FiguresChart` component). */
export interface FiguresChartView {
  viewBox: string;
  /** The SVG's title: every figure (a few) or their range (many). */
  title: string;
  /** The value lines, with their label and its short form for phones (`15k`). */
  grid: Array<{ x1: number; x2: number; y: number; labelX: number; labelY: number; label: string; short: string }>;
  /** The months on the time axis; `minor` ones are left out on phones, where labels are larger. */
  axis: Array<{ x: number; y: number; label: string; minor: boolean }>;
  /** A few figures: a point per report. */
  points: Array<{
    className: string;
    cx: number;
    cy: number;
    labelX: number;
    labelY: number;
    label: string;
    short: string;
  }>;
  /** Many figures: a line per figure from its first report to its latest. */
  spans: Array<{
    className: string;
    x1: number;
    x2: number;
    y: number;
    labelX: number;
    labelY: number;
    label: string;
    short: string;
  }>;
  legend: Array<{ className: string; words: string }>;
  many: boolean;
  /** Many figures: one row per figure, with its first and latest report. */
  rows: Array<{
    value: string;
    counts: string;
    first: FigureReport;
    outlet: string;
    reports: string;
    latest: FigureReport;
  }>;
  /** A few figures: one row per report. */
  reports: Array<{ report: FigureReport; outlet: string; text: string; counts: string }>;
}

/**
 * The troop figures the sources reported over time: who said how many, when.
 * One point per figure (x: the report's publication date, y: the figure),
 * coloured by what it counts, with the same figures as a table for screen
 * readers and for checking; beyond 30 figures, a line per figure from its
 * first report to its latest. Nothing for fewer than two figures.
 *
 * @param figures - The figures, earliest report first.
 * @returns The chart, or `null`.
 */
export function figuresChart(figures: readonly Figure[]): FiguresChartView | null {
  const shown = figures.filter((f) => f.kind in KINDS).toSorted((a, b) => a.reported.localeCompare(b.reported));
  if (shown.length <= 1) return null;
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const short = (iso: string) => format(fromIsoDay(iso)!, 'd MMM yyyy');
  const number = (n: number) => n.toLocaleString('en-US');
  const first = Math.min(...shown.map((f) => day(f.reported)));
  const last = Math.max(...shown.map((f) => day(f.reported)));
  const span = Math.max(last - first, 86_400_000 * 30);
  const max = Math.max(...shown.map((f) => f.value));
  const step = roundStep(max * 1.05);
  const top = Math.ceil((max * 1.05) / step) * step;
  const x = (iso: string) => PAD.left + ((day(iso) - first + span * 0.05) / (span * 1.1)) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / top) * (H - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  // The first of each month on the axis; at most seven are labelled, with their year when some are skipped.
  const months = new Map<string, number>();
  for (let t = first - span * 0.05; t <= last + span * 0.05; t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    if (iso.endsWith('-01')) months.set(iso, x(iso));
  }
  const every = Math.ceil(months.size / 7);
  const many = shown.length > MANY;
  const subject = (s: string) =>
    s
      .split('-')
      .map((w) => (w === 'troops' ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ');
  const counts = (f: Figure) => `${subject(f.subject)} ${KINDS[f.kind]}`;
  const report = (f: Figure): FigureReport => ({
    href: href(paths.event(f.event)),
    datetime: f.reported,
    day: short(f.reported),
  });
  const groups = (key: (f: Figure) => string) =>
    [...Map.groupBy(shown, key).values()].map((group) => ({
      first: group[0]!,
      latest: group.at(-1)!,
      reports: group.length,
    }));
  const values = shown.map((f) => f.value);
  const outlets = new Set(shown.map((f) => f.outlet ?? '')).size;
  return {
    viewBox: `0 0 ${W} ${H}`,
    title: many
      ? `Troop figures by date of report: ${number(shown.length)} figures from ${outlets} sources, ${short(shown[0]!.reported)} to ${short(shown.at(-1)!.reported)}, from ${number(Math.min(...values))} to ${number(Math.max(...values))}`
      : `Troop figures by date of report: ${shown.map((f) => `${number(f.value)} ${KINDS[f.kind]} (${f.outlet ?? 'unnamed outlet'}, ${short(f.reported)})`).join('; ')}`,
    grid: ticks.map((t) => ({
      x1: PAD.left,
      x2: W - PAD.right,
      y: y(t),
      labelX: PAD.left - 6,
      labelY: y(t) + 4,
      label: number(t),
      short: shortNumber(t),
    })),
    axis: [...months]
      .filter((_, i) => i % every === 0)
      .map(([iso, position], i) => ({
        x: position,
        y: H - 12,
        label: format(fromIsoDay(iso)!, iso.slice(5, 7) === '01' || every > 1 ? 'MMM yyyy' : 'MMM'),
        minor: i % 2 === 1,
      })),
    points: many
      ? []
      : shown.map((f) => ({
          className: `point ${f.kind}`,
          cx: x(f.reported),
          cy: y(f.value),
          labelX: x(f.reported) + 9,
          labelY: y(f.value) - 8,
          label: number(f.value),
          short: shortNumber(f.value),
        })),
    spans: many
      ? groups((f) => `${f.kind}|${f.value}`).map(({ first: f, latest }) => ({
          className: `point ${f.kind}`,
          x1: x(f.reported),
          x2: x(latest.reported),
          y: y(f.value),
          labelX: x(latest.reported) + 8,
          labelY: y(f.value) + 4,
          label: number(f.value),
          short: shortNumber(f.value),
        }))
      : [],
    legend: Object.entries(KINDS)
      .filter(([kind]) => shown.some((f) => f.kind === kind))
      .map(([kind, words]) => ({ className: `swatch ${kind}`, words })),
    many,
    rows: many
      ? groups((f) => `${f.kind}|${f.subject}|${f.value}`)
          .sort((a, b) => a.first.kind.localeCompare(b.first.kind) || a.first.value - b.first.value)
          .map(({ first: f, latest, reports }) => ({
            value: number(f.value),
            counts: counts(f),
            first: report(f),
            outlet: f.outlet ?? 'outlet not named',
            reports: number(reports),
            latest: report(latest),
          }))
      : [],
    reports: many
      ? []
      : shown.map((f) => ({
          report: report(f),
          outlet: f.outlet ?? 'Outlet not named',
          text: f.text,
          counts: counts(f),
        })),
  };
}
