// The counts rule (levelCounts) against the reference's hand-made table (FREQ_DICT): what the README reports.
import { COUNT_PATTERNS, type CountPattern, levelCounts } from '../src/index';
import { FREQ_DICT, FREQ_KS, FREQ_NS } from './freq-dict';

/** Σ(t³ − t) over tie groups: the tie term of the Spearman variance (Fieller, Hartley & Pearson's correction). */
const tieTerm = (counts: readonly number[]) => counts.reduce((s, t) => s + t ** 3 - t, 0);

/** The Fisher-z standard error multiplier for ties, √((n³ − n)/(n³ − n − Σ(t³ − t))) (reference power_asymptotic.py). */
export const tieFactor = (n: number, counts: readonly number[]) =>
  Math.sqrt((n ** 3 - n) / (n ** 3 - n - tieTerm(counts)));

export interface EntryComparison {
  readonly n: number;
  readonly k: number;
  readonly pattern: CountPattern;
  readonly reference: readonly number[];
  readonly rule: number[];
  /** max over levels of |rule − reference|. */
  readonly maxDifference: number;
  /** Σ over levels of |rule − reference|. */
  readonly totalDifference: number;
  /** |tieFactor(rule)/tieFactor(reference) − 1|. */
  readonly tieFactorChange: number;
}

export function compareWithFreqDict(): EntryComparison[] {
  const out: EntryComparison[] = [];
  for (const n of FREQ_NS) {
    for (const k of FREQ_KS) {
      for (const pattern of COUNT_PATTERNS) {
        const reference = FREQ_DICT[n]?.[k]?.[pattern] as readonly number[];
        const rule = levelCounts(n, k, pattern);
        const diffs = rule.map((c, i) => Math.abs(c - (reference[i] as number)));
        out.push({
          n,
          k,
          pattern,
          reference,
          rule,
          maxDifference: Math.max(...diffs),
          totalDifference: diffs.reduce((a, b) => a + b, 0),
          tieFactorChange: Math.abs(tieFactor(n, rule) / tieFactor(n, reference) - 1),
        });
      }
    }
  }
  return out;
}

export interface PatternSummary {
  readonly pattern: CountPattern;
  readonly exact: number;
  readonly entries: number;
  readonly maxDifference: number;
  /** Mean |difference| per level count. */
  readonly meanDifference: number;
  readonly maxTieFactorChange: number;
}

export function summarise(entries: readonly EntryComparison[]): PatternSummary[] {
  return COUNT_PATTERNS.map((pattern) => {
    const mine = entries.filter((e) => e.pattern === pattern);
    const levels = mine.reduce((s, e) => s + e.k, 0);
    return {
      pattern,
      exact: mine.filter((e) => e.maxDifference === 0).length,
      entries: mine.length,
      maxDifference: Math.max(...mine.map((e) => e.maxDifference)),
      meanDifference: mine.reduce((s, e) => s + e.totalDifference, 0) / levels,
      maxTieFactorChange: Math.max(...mine.map((e) => e.tieFactorChange)),
    };
  });
}

/** A Markdown table as the formatter (Biome) lays it out: each column as wide as its widest cell, at least 3. */
function markdown(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(3, h.length, ...rows.map((r) => (r[c] as string).length)));
  const line = (cells: readonly string[]) => `| ${cells.map((x, c) => x.padEnd(widths[c] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The README's tables, as Markdown lines. */
export function markdownTables(entries: readonly EntryComparison[]): { byEntry: string[]; summary: string[] } {
  const rows: string[][] = [];
  for (const n of FREQ_NS) {
    for (const pattern of COUNT_PATTERNS) {
      const cells = FREQ_KS.map((k) => {
        const e = entries.find((x) => x.n === n && x.k === k && x.pattern === pattern) as EntryComparison;
        return String(e.maxDifference);
      });
      rows.push([String(n), pattern, ...cells]);
    }
  }
  const byEntry = markdown(['n', 'pattern', ...FREQ_KS.map((k) => `k = ${k}`)], rows);
  const summary = markdown(
    [
      'pattern',
      'entries equal',
      'max \\|difference\\|',
      'mean \\|difference\\| per level',
      'max change of the tie factor',
    ],
    summarise(entries).map((s) => [
      s.pattern,
      `${s.exact} of ${s.entries}`,
      String(s.maxDifference),
      s.meanDifference.toFixed(2),
      `${(100 * s.maxTieFactorChange).toFixed(2)} %`,
    ]),
  );
  return { byEntry, summary };
}
