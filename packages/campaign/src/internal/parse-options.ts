import * as z from 'zod';
import { CampaignError } from '../errors';
import { DIRECTIONS } from '../metric-direction';

const recordSource = z.strictObject({ file: z.string(), line: z.number().int().min(1).optional() });

/** The options aggregateCampaign and compareConfigurations share. */
export const commonOptions = {
  metrics: z.array(z.string()).min(1).optional(),
  nResamples: z.number().int().min(1).max(1e7).default(1000),
  seed: z.number().int().min(0).max(4294967295).default(42),
  confidenceLevel: z.number().gt(0).lt(1).default(0.95),
  strict: z.boolean().default(false),
  sources: z.record(z.string(), z.array(recordSource)).optional(),
  onProgress: z.custom<(done: number, total: number) => void>((v) => typeof v === 'function', 'a function').optional(),
};

export const aggregateOptionsSchema = z.strictObject(commonOptions);

export const compareOptionsSchema = z.strictObject({
  ...commonOptions,
  baseline: z.string().min(1),
  directions: z.record(z.string(), z.enum(DIRECTIONS)).default({}),
  noiseThreshold: z.number().min(0).lt(1).default(0.01),
});

/** Validates options once, at the boundary; a bad value names the option and what it accepts. */
export function parseOptions<T extends z.ZodType>(schema: T, options: unknown, fn: string): z.output<T> {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') || 'options';
    throw new CampaignError(
      'CAMPAIGN_INVALID_OPTION',
      `${fn}: option ${key} is invalid: ${issue?.message ?? 'unknown'}.`,
    );
  }
  return parsed.data;
}
