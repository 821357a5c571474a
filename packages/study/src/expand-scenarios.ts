import { StudyError } from './errors';
import type { StudySpec } from './study-spec';

/** The pattern name of a case's all-distinct scenario (k = n, every count 1). */
export const ALL_DISTINCT = 'all-distinct';

/** One scenario of a study: a case at one tie structure. */
export interface Scenario {
  /** Position in the grid (0-based), the order of the report. */
  readonly index: number;
  /** `case-1/k4/even`, `case-1/all-distinct`: the stream key of the scenario's data and resamples. */
  readonly id: string;
  readonly caseId: string;
  readonly label: string | undefined;
  readonly n: number;
  /** Distinct exposure levels (n for all-distinct). */
  readonly k: number;
  /** The count pattern, or 'all-distinct'. */
  readonly pattern: string;
  /** How many values each level has, in increasing level order; they sum to n. */
  readonly counts: readonly number[];
  /** Where the counts came from: the spec's count table, or the pattern rule of @bootstat/generators. */
  readonly countsFrom: 'table' | 'rule' | 'all-distinct';
  /** The case's target Spearman ρ. */
  readonly rho: number;
  /** The marginal's options for the case. */
  readonly marginal: Readonly<Record<string, unknown>>;
}

/** What scenario expansion needs from the generators: the count rule and its pattern names. */
export interface CountRule {
  readonly patterns: readonly string[];
  levelCounts(n: number, k: number, pattern: string): readonly number[];
}

/**
 * The scenarios of a spec in report order: for each case, each k of the grid and each pattern (counts from the
 * spec's table when it has them, else from the pattern rule), then the case's all-distinct scenario when
 * `grid.allDistinct`. Every design is checked here, before anything is generated: counts that do not sum to n,
 * k > n, an unknown pattern.
 *
 * @throws {StudyError} STUDY_INVALID_DESIGN, STUDY_UNKNOWN_NAME (a pattern neither in the table nor the rule),
 *   STUDY_INVALID_SPEC (no scenario, or two scenarios with one id)
 * @example
 * const spec = validateStudySpec({ seed: 1, nReps: 10, nResamples: 100, grid: { k: [4], patterns: ['even'], allDistinct: true },
 *   cases: [{ id: 1, n: 80, rho: -0.13 }] });
 * expandScenarios(spec, defaultGeneratorSet().countRule).map((s) => s.id); // ['case-1/k4/even', 'case-1/all-distinct']
 */
export function expandScenarios(spec: StudySpec, rule: CountRule): Scenario[] {
  const out: Scenario[] = [];
  const { k: ks, patterns, allDistinct } = spec.grid;
  if (ks.length === 0 && !allDistinct) {
    throw new StudyError(
      'STUDY_INVALID_SPEC',
      'study spec field grid: no scenario: give grid.k and grid.patterns, or grid.allDistinct: true.',
      'grid',
    );
  }
  if (ks.length > 0 && patterns.length === 0) {
    throw new StudyError(
      'STUDY_INVALID_SPEC',
      `study spec field grid.patterns: grid.k needs at least one pattern (${rule.patterns.join(', ')}, or one of the count table's).`,
      'grid.patterns',
    );
  }
  // Every entry of the count table is checked, used or not: a typo in an unused entry is still a typo.
  for (const [n, byK] of Object.entries(spec.counts)) {
    for (const [k, byPattern] of Object.entries(byK)) {
      for (const [pattern, counts] of Object.entries(byPattern)) {
        checkCounts(counts, Number(n), Number(k), `counts.${n}.${k}.${pattern}`);
      }
    }
  }
  const seen = new Set<string>();
  spec.cases.forEach((c, ci) => {
    if (seen.has(c.id)) {
      throw new StudyError(
        'STUDY_INVALID_SPEC',
        `study spec field cases.${ci}.id: case id ${JSON.stringify(c.id)} is used twice.`,
        `cases.${ci}.id`,
      );
    }
    seen.add(c.id);
    const add = (
      k: number,
      pattern: string,
      counts: readonly number[],
      countsFrom: Scenario['countsFrom'],
      tag: string,
    ) =>
      out.push({
        index: out.length,
        id: `case-${c.id}/${tag}`,
        caseId: c.id,
        label: c.label,
        n: c.n,
        k,
        pattern,
        counts,
        countsFrom,
        rho: c.rho + 0, // −0 as 0: the part files of a sharded study write it as JSON, which has no −0
        marginal: c.marginal,
      });
    for (const k of ks) {
      if (k > c.n) {
        throw new StudyError(
          'STUDY_INVALID_DESIGN',
          `study spec: grid.k ${k} is more levels than case ${c.id} has values (n = ${c.n}); k must be at most n.`,
          'grid.k',
        );
      }
      for (const pattern of patterns) {
        const table = spec.counts[String(c.n)]?.[String(k)]?.[pattern];
        if (table !== undefined) {
          checkCounts(table, c.n, k, `counts.${c.n}.${k}.${pattern}`);
          add(k, pattern, table, 'table', `k${k}/${pattern}`);
        } else if (rule.patterns.includes(pattern)) {
          add(k, pattern, rule.levelCounts(c.n, k, pattern), 'rule', `k${k}/${pattern}`);
        } else {
          throw new StudyError(
            'STUDY_UNKNOWN_NAME',
            `study spec field grid.patterns: unknown count pattern ${JSON.stringify(pattern)} for n = ${c.n}, k = ${k}: ` +
              `use ${rule.patterns.join(', ')}, or give its counts in counts.${c.n}.${k}.${pattern}.`,
            'grid.patterns',
          );
        }
      }
    }
    if (allDistinct) add(c.n, ALL_DISTINCT, new Array<number>(c.n).fill(1), 'all-distinct', ALL_DISTINCT);
  });
  // A scenario's id is its streams' key: two scenarios with one id would share their random numbers.
  const ids = new Set<string>();
  for (const sc of out) {
    if (ids.has(sc.id)) {
      throw new StudyError(
        'STUDY_INVALID_SPEC',
        `study spec: two scenarios would have the id ${JSON.stringify(sc.id)} (and share their random streams): ` +
          `give case ids without "/" and do not name a count-table pattern "${ALL_DISTINCT}".`,
        'cases',
      );
    }
    ids.add(sc.id);
  }
  return out;
}

function checkCounts(counts: readonly number[], n: number, k: number, path: string): void {
  if (counts.length !== k) {
    throw new StudyError(
      'STUDY_INVALID_DESIGN',
      `study spec field ${path}: ${counts.length} counts for k = ${k} levels; give one count per level.`,
      path,
    );
  }
  let sum = 0;
  for (const [i, c] of counts.entries()) {
    if (!Number.isInteger(c) || c < 1) {
      throw new StudyError(
        'STUDY_INVALID_DESIGN',
        `study spec field ${path}.${i}: a level's count must be a whole number of at least 1, got ${c}.`,
        `${path}.${i}`,
      );
    }
    sum += c;
  }
  if (sum !== n) {
    throw new StudyError(
      'STUDY_INVALID_DESIGN',
      `study spec field ${path}: the counts sum to ${sum}, not n = ${n}.`,
      path,
    );
  }
}
