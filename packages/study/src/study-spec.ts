import { CI_METHODS } from '@bootstat/stats';
import * as z from 'zod';
import { StudyError } from './errors';

/**
 * The interval methods a study offers: every method of `bootstrap` but the studentized, which needs a standard error
 * of Spearman's rho for every resample (a nested bootstrap per resample: 1000 times the work).
 */
export const STUDY_METHODS = CI_METHODS.filter((m) => m !== 'studentized') as Exclude<
  (typeof CI_METHODS)[number],
  'studentized'
>[];

/** The largest nReps or nResamples a spec may ask for (memory is checked separately, before anything runs). */
export const STUDY_MAX_COUNT = 1e9;

const count = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .refine(Number.isInteger, `${what} must be a whole number, not a fraction`)
    .refine((v) => v >= 1, `${what} must be at least 1`)
    .refine((v) => v <= STUDY_MAX_COUNT, `${what} must be at most ${STUDY_MAX_COUNT}`);

const named = z.strictObject({
  name: z.string().min(1),
  options: z.record(z.string(), z.unknown()).default({}),
});

/** A named strategy and its options, written either as `"rank-mixing"` or as `{ name, options }`. */
const strategyRef = (fallback: string) =>
  z
    .union([z.string().min(1), named])
    .default(fallback)
    .transform((v) => (typeof v === 'string' ? { name: v, options: {} } : v));

const rho = z
  .number()
  .refine((v) => Number.isFinite(v) && Math.abs(v) < 1, 'a Spearman correlation must lie strictly between -1 and 1');

/** One case of the study: a sample size, the target Spearman ρ and the outcome's marginal. */
const StudyCaseSchema = z.strictObject({
  id: z.union([z.string().min(1), z.number().int()]).transform(String),
  label: z.string().optional(),
  n: z.number().int('n must be a whole number').min(2, 'n must be at least 2').max(1e7),
  rho,
  /** The marginal's options for this case, e.g. `{ median: 15.4, iqr: 19.3 }` for lognormal. */
  marginal: z.record(z.string(), z.unknown()).default({}),
});

/** counts[n][k][pattern] = the count of each level, in increasing level order: an explicit table beats the rule. */
const CountTableSchema = z.record(
  z.string().regex(/^\d+$/, 'count table keys are sample sizes n'),
  z.record(
    z.string().regex(/^\d+$/, 'count table keys under n are level counts k'),
    z.record(z.string(), z.array(z.number())),
  ),
);

/**
 * The study spec (`bootstat study SPEC`, `runStudy`): the scenario grid (cases × k × pattern, plus all-distinct),
 * the outcome generator and marginal, the target ρ of each case, nReps datasets of each scenario, nResamples
 * bootstrap resamples of each dataset, the confidence level, the interval methods and the seed. docs/study.md.
 */
export const StudySpecSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional(),
  seed: z
    .number()
    .int('seed must be a whole number')
    .min(0, 'seed must be in [0, 4294967295]')
    .max(4294967295, 'seed must be in [0, 4294967295]'),
  nReps: count('nReps'),
  nResamples: count('nResamples'),
  confidenceLevel: z.number().gt(0).lt(1).default(0.95),
  methods: z
    .array(z.enum(STUDY_METHODS, { error: `a study's methods are ${STUDY_METHODS.join(', ')}` }))
    .min(1)
    .refine((ms) => new Set(ms).size === ms.length, 'a method is listed twice')
    .default(['percentile']),
  outcome: strategyRef('rank-mixing'),
  marginal: z.string().min(1).default('lognormal'),
  levels: z
    .strictObject({
      range: z
        .tuple([z.number(), z.number()])
        .refine(
          ([lo, hi]) => Number.isFinite(lo) && Number.isFinite(hi) && lo < hi,
          'range must be [low, high], low < high',
        )
        .default([1.43, 3.55]),
    })
    .default({ range: [1.43, 3.55] }),
  calibration: z
    .union([
      z.literal(false),
      z.strictObject({
        datasets: count('calibration.datasets').default(4000),
        /** The calibration's seed; default the study's. */
        seed: z.number().int().min(0).max(4294967295).optional(),
      }),
    ])
    .default({ datasets: 4000 }),
  grid: z.strictObject({
    k: z
      .array(
        z
          .number()
          .int('k must be a whole number')
          .min(2, 'k must be at least 2 (with one level x is constant and has no Spearman rho)'),
      )
      .refine((ks) => new Set(ks).size === ks.length, 'a k is listed twice')
      .default([]),
    patterns: z
      .array(z.string().min(1))
      .refine((ps) => new Set(ps).size === ps.length, 'a pattern is listed twice')
      .default([]),
    allDistinct: z.boolean().default(false),
  }),
  counts: CountTableSchema.default({}),
  cases: z.array(StudyCaseSchema).min(1, 'a study needs at least one case'),
});

export type StudySpecInput = z.input<typeof StudySpecSchema>;
export type StudySpec = z.output<typeof StudySpecSchema>;
export type StudyCase = StudySpec['cases'][number];

/**
 * Checks a study spec (an object, e.g. parsed JSON or YAML) and fills in its defaults. Only the shape and ranges
 * are checked here; the names it uses and its designs are checked by `expandScenarios`.
 *
 * @throws {StudyError} STUDY_INVALID_SPEC naming the field at fault and what it accepts
 * @example
 * const spec = validateStudySpec({ seed: 1, nReps: 200, nResamples: 1000, grid: { k: [4], patterns: ['even'] },
 *   cases: [{ id: 1, n: 80, rho: -0.13, marginal: { median: 15.4, iqr: 19.3 } }] });
 * spec.methods; // ['percentile']
 */
export function validateStudySpec(input: unknown): StudySpec {
  const parsed = StudySpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const path = issue.path.map(String).join('.');
  throw new StudyError(
    'STUDY_INVALID_SPEC',
    `study spec${path === '' ? '' : ` field ${path}`}: ${issueText(issue)}.`,
    path === '' ? undefined : path,
  );
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return issue.message.includes('received undefined') ? `is required (${issue.expected})` : issue.message;
  }
  return issue.message;
}
