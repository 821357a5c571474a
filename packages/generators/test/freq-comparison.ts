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

/** The README's tables, as Markdown lines. */
export function markdownTables(entries: readonly EntryComparison[]): { byEntry: string[]; summary: string[] } {
  const byEntry = [
    `| n  | pattern      | ${FREQ_KS.map((k) => `k = ${k}`).join(' | ')} |`,
    `| -- | ------------ | ${FREQ_KS.map(() => '-----').join(' | ')} |`,
  ];
  for (const n of FREQ_NS) {
    for (const pattern of COUNT_PATTERNS) {
      const cells = FREQ_KS.map((k) => {
        const e = entries.find((x) => x.n === n && x.k === k && x.pattern === pattern) as EntryComparison;
        return String(e.maxDifference).padEnd(5);
      });
      byEntry.push(`| ${n} | ${pattern.padEnd(12)} | ${cells.join(' | ')} |`);
    }
  }
  const summary = [
    '| pattern      | entries equal | max \\|difference\\| | mean \\|difference\\| per level | max change of the tie factor |',
    '| ------------ | ------------- | ------------------ | ----------------------------- | ---------------------------- |',
    ...summarise(entries).map(
      (s) =>
        `| ${s.pattern.padEnd(12)} | ${`${s.exact} of ${s.entries}`.padEnd(13)} | ${String(s.maxDifference).padEnd(18)} | ` +
        `${s.meanDifference.toFixed(2).padEnd(29)} | ${`${(100 * s.maxTieFactorChange).toFixed(2)} %`.padEnd(28)} |`,
    ),
  ];
  return { byEntry, summary };
}
