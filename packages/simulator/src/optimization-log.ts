import { canonicalJson, IoError, parseJson } from '@bootstat/io';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import * as z from 'zod';
import { SimulatorError } from './errors';
import type { IterationRecord, OptimizationOptions } from './optimize-policy';
import { type Policy, validatePolicy } from './policy';
import { type Scenario, validateScenario } from './scenario';
import { DEFAULT_SEARCH_BOUNDS, type SearchBounds } from './search-bounds';

export const OPTIMIZATION_LOG_SCHEMA_VERSION = 1;

const finite = z.number().refine(Number.isFinite, 'a finite number');
const interval = z.strictObject({ low: z.number().nullable(), high: z.number().nullable() });
/** The shape of an iteration line (`IterationRecord` and its kind); the policies are checked by validatePolicy. */
const RecordSchema = z.strictObject({
  kind: z.literal('optimization-iteration'),
  iteration: z.number().int().nonnegative(),
  seed: z.number().int().nonnegative(),
  contextCost: finite,
  currentMeanCost: finite,
  proposal: z.strictObject({ policy: z.unknown(), valid: z.boolean(), reason: z.string().nullable() }),
  comparison: z
    .strictObject({
      meanDelta: finite,
      ci: interval,
      confidenceLevel: finite,
      relativeImprovement: z.number().nullable(),
      candidateMeanCost: finite,
      candidateSettlementRate: finite,
    })
    .nullable(),
  verdict: z.strictObject({ accept: z.boolean(), reasons: z.array(z.string()) }),
  kept: z.unknown(),
  keptMeanCost: finite,
});

/**
 * What decides an optimisation run's iterations, defaults filled in: the same settings and a deterministic
 * proposer give the same records. The stop rules (iterations, patience, target) are not among them: a run may be
 * resumed with more iterations.
 */
export interface OptimizationSettings {
  readonly scenario: Scenario;
  readonly agentId: string;
  readonly policy: Policy;
  /** The proposer's name (`search`, `command: …`, a plugin's). */
  readonly proposer: string;
  /** What else decides its proposals (the search's step). */
  readonly proposerSettings: Readonly<Record<string, unknown>>;
  readonly samples: number;
  readonly seed: number;
  readonly seedScheme: string;
  readonly profile: unknown;
  readonly confidenceLevel: number;
  readonly nResamples: number;
  readonly bounds: SearchBounds;
  readonly maxEvents: number;
}

/** The first line of a run log. */
export interface OptimizationLogHeader {
  readonly schemaVersion: typeof OPTIMIZATION_LOG_SCHEMA_VERSION;
  readonly kind: 'optimization-log';
  /** `sha256:` and the SHA-256 of the settings as JSON with sorted keys. */
  readonly settingsHash: string;
  readonly settings: OptimizationSettings;
}

/**
 * The settings of a run, as `optimizePolicy` fills them in, for a run log's header.
 *
 * @example
 * const scenario = { ticks: 4, seed: 1, agents: [{ id: 'A' }, { id: 'B' }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 100, sd: 10 }, deadline: { min: 1, max: 2 } } };
 * const s = optimizationSettings({ scenario, agentId: 'A', policy: BUILTIN_POLICIES['release-all'], proposer: createParameterSearch(), seed: 3 });
 * [s.samples, s.seedScheme, s.profile, s.proposer]; // [100, 'stream', 'moderate', 'search']
 */
export function optimizationSettings(options: OptimizationOptions): OptimizationSettings {
  return {
    scenario: validateScenario(options.scenario, options.policies === undefined ? {} : { policies: options.policies }),
    agentId: options.agentId,
    policy: validatePolicy(options.policy),
    proposer: options.proposer.name,
    proposerSettings: options.proposer.settings ?? {},
    samples: options.samples ?? 100,
    seed: options.seed,
    seedScheme: options.seedScheme ?? 'stream',
    profile: options.profile ?? 'moderate',
    confidenceLevel: options.confidenceLevel ?? 0.95,
    nResamples: options.nResamples ?? 2000,
    bounds: options.bounds ?? DEFAULT_SEARCH_BOUNDS,
    maxEvents: options.maxEvents ?? 50,
  };
}

/**
 * A run log's header line for these settings (JSON and a newline).
 *
 * @example
 * const scenario = { ticks: 4, seed: 1, agents: [{ id: 'A' }, { id: 'B' }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 100, sd: 10 }, deadline: { min: 1, max: 2 } } };
 * const s = optimizationSettings({ scenario, agentId: 'A', policy: BUILTIN_POLICIES['release-all'], proposer: createParameterSearch(), seed: 3 });
 * JSON.parse(formatOptimizationLogHeader(s)).kind; // 'optimization-log'
 */
export function formatOptimizationLogHeader(settings: OptimizationSettings): string {
  const header: OptimizationLogHeader = {
    schemaVersion: OPTIMIZATION_LOG_SCHEMA_VERSION,
    kind: 'optimization-log',
    settingsHash: `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(settings))))}`,
    settings,
  };
  return `${JSON.stringify(header)}\n`;
}

/**
 * One iteration's line of a run log (JSON and a newline).
 *
 * @example
 * formatOptimizationLogRecord({ iteration: 0 }); // '{"kind":"optimization-iteration","iteration":0}\n'
 */
export function formatOptimizationLogRecord(record: IterationRecord): string {
  return `${JSON.stringify({ kind: 'optimization-iteration', ...record })}\n`;
}

/**
 * Reads a run log: its header and its iterations, checked (one JSON object per line, a header first, iterations
 * numbered 0, 1, 2… with valid kept policies). Blank lines and a byte-order mark are skipped.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_TRACE naming the file and line of what does not hold together
 * @example
 * const scenario = { ticks: 4, seed: 1, agents: [{ id: 'A' }, { id: 'B' }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 100, sd: 10 }, deadline: { min: 1, max: 2 } } };
 * const s = optimizationSettings({ scenario, agentId: 'A', policy: BUILTIN_POLICIES['release-all'], proposer: createParameterSearch(), seed: 3 });
 * parseOptimizationLog(formatOptimizationLogHeader(s)).records.length; // 0
 */
export function parseOptimizationLog(
  text: string,
  options: { readonly source?: string } = {},
): { readonly header: OptimizationLogHeader; readonly records: IterationRecord[] } {
  const source = options.source ?? 'the run log';
  let header: OptimizationLogHeader | undefined;
  const records: IterationRecord[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const fail = (why: string): never => {
      throw new SimulatorError('SIMULATOR_INVALID_TRACE', `${source}:${i + 1}: ${why}`, `${source}:${i + 1}`);
    };
    let value: unknown;
    try {
      value = parseJson(line);
    } catch (e) {
      if (e instanceof IoError) fail(e.message);
      throw e;
    }
    const o = value as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) fail('a line must be a JSON object.');
    const row = o as Record<string, unknown>;
    if (header === undefined) {
      if (row.kind !== 'optimization-log') fail('not a run log: its first line is no optimization-log header.');
      if (row.schemaVersion !== OPTIMIZATION_LOG_SCHEMA_VERSION) {
        fail(
          `schemaVersion ${JSON.stringify(row.schemaVersion)}: this version reads ${OPTIMIZATION_LOG_SCHEMA_VERSION}.`,
        );
      }
      header = row as unknown as OptimizationLogHeader;
      continue;
    }
    if (row.kind !== 'optimization-iteration') fail(`kind ${JSON.stringify(row.kind)}: an iteration line is expected.`);
    if (row.iteration !== records.length) {
      fail(`iteration ${JSON.stringify(row.iteration)} where ${records.length} was expected.`);
    }
    const parsed = RecordSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.map(String).join('.') ?? '';
      fail(`not an iteration record: ${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}.`);
    }
    try {
      validatePolicy(row.kept);
    } catch (e) {
      if (e instanceof SimulatorError) fail(`the kept ${e.message}`);
      throw e;
    }
    const { kind: _, ...record } = row;
    records.push(record as unknown as IterationRecord);
  }
  if (header === undefined) {
    throw new SimulatorError('SIMULATOR_INVALID_TRACE', `${source}: empty: a run log starts with its header.`, source);
  }
  return { header, records };
}

/**
 * Whether a run log was written by a run with these settings: a resumed run must be the same run. Returns the
 * first setting that differs (by name), or undefined when they all agree.
 *
 * @example
 * const scenario = { ticks: 4, seed: 1, agents: [{ id: 'A' }, { id: 'B' }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 100, sd: 10 }, deadline: { min: 1, max: 2 } } };
 * const base = { scenario, agentId: 'A', policy: BUILTIN_POLICIES['release-all'], proposer: createParameterSearch(), seed: 3 };
 * const logged = JSON.parse(formatOptimizationLogHeader(optimizationSettings(base)));
 * differingSetting(logged, optimizationSettings({ ...base, seed: 4 })); // 'seed'
 * differingSetting(logged, optimizationSettings(base)); // undefined
 */
export function differingSetting(header: OptimizationLogHeader, settings: OptimizationSettings): string | undefined {
  const logged = (header.settings ?? {}) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(settings)) {
    if (canonicalJson(logged[key]) !== canonicalJson(value)) return key;
  }
  return undefined;
}
