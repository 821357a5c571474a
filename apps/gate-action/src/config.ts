import { PROMOTION_GATE_MIN_ALPHA, PROMOTION_GATE_MIN_RESAMPLES } from '@bootstat/stats';
import * as z from 'zod';

/** Every input the action reads, exactly as action.yml declares them (a test holds the two lists equal). */
export const ACTION_INPUTS = ['report', 'threshold', 'min-cases', 'alpha', 'resamples', 'holm', 'fail-on'] as const;
export type ActionInput = (typeof ACTION_INPUTS)[number];

/** Every output the action sets, as action.yml declares them. */
export const ACTION_OUTPUTS = ['passed', 'reports', 'failed', 'lower-bound', 'mean', 'n', 'results'] as const;
export type ActionOutput = (typeof ACTION_OUTPUTS)[number];

/** What a failing gate does to the job. */
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The inputs, parsed once and validated. */
export interface GateConfig {
  /** Paths or globs, one per line of the input. */
  readonly report: readonly string[];
  readonly threshold: number;
  readonly minCases: number;
  readonly alpha: number;
  readonly resamples: number;
  /** Holm's step-down correction of alpha across the reports. */
  readonly holm: boolean;
  readonly failOn: FailOn;
}

/** A bad input: names the input and says what it accepts. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'GATE_INVALID_INPUT';
  readonly input: ActionInput;

  constructor(input: ActionInput, message: string) {
    super(`Input '${input}' ${message}`);
    this.input = input;
  }
}

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const number = (accepts: string, ok: (v: number) => boolean) =>
  z
    .string()
    .trim()
    .refine((s) => decimal.test(s) && ok(Number(s)), { message: `must be ${accepts}` })
    .transform(Number);

const schemas = {
  report: z
    .string()
    .transform((s) =>
      s
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .refine((lines) => lines.length > 0, { message: 'must name at least one report file or glob' }),
  threshold: number('a number in [0, 1]', (v) => v >= 0 && v <= 1),
  'min-cases': number('an integer >= 1', (v) => Number.isInteger(v) && v >= 1),
  alpha: number(
    `a number in [${PROMOTION_GATE_MIN_ALPHA}, 0.5), e.g. 0.025 (below that, 1 − 2·alpha rounds to 1)`,
    (v) => v >= PROMOTION_GATE_MIN_ALPHA && v < 0.5,
  ),
  resamples: number(
    `an integer in [${PROMOTION_GATE_MIN_RESAMPLES}, 10000000]`,
    (v) => Number.isInteger(v) && v >= PROMOTION_GATE_MIN_RESAMPLES && v <= 1e7,
  ),
  holm: z.enum(['true', 'false'], { message: 'must be true or false' }).transform((v) => v === 'true'),
  'fail-on': z.enum(FAIL_ON, { message: `must be one of ${FAIL_ON.join(', ')}` }),
} satisfies Record<ActionInput, z.ZodType>;

/** The defaults action.yml declares; used when an input is empty (GitHub passes '' for an unset input). */
export const INPUT_DEFAULTS: Partial<Record<ActionInput, string>> = {
  'min-cases': '10',
  alpha: '0.025',
  resamples: '1000',
  holm: 'false',
  'fail-on': 'fail',
};

function parse<K extends ActionInput>(name: K, raw: string): z.output<(typeof schemas)[K]> {
  const text = raw.trim() === '' ? INPUT_DEFAULTS[name] : raw;
  if (text === undefined) throw new ConfigError(name, 'is required.');
  const result = schemas[name].safeParse(text);
  if (!result.success) {
    throw new ConfigError(name, `${result.error.issues[0]?.message ?? 'is invalid'}; got ${JSON.stringify(raw)}.`);
  }
  return result.data as z.output<(typeof schemas)[K]>;
}

/**
 * Reads every input once into a typed config. `getInput` is the only way in (core.getInput in the action), so
 * the inputs read are exactly ACTION_INPUTS.
 *
 * @throws {ConfigError} GATE_INVALID_INPUT naming the input and the values it accepts
 */
export function readConfig(getInput: (name: ActionInput) => string): GateConfig {
  return {
    report: parse('report', getInput('report')),
    threshold: parse('threshold', getInput('threshold')),
    minCases: parse('min-cases', getInput('min-cases')),
    alpha: parse('alpha', getInput('alpha')),
    resamples: parse('resamples', getInput('resamples')),
    holm: parse('holm', getInput('holm')),
    failOn: parse('fail-on', getInput('fail-on')),
  };
}
