import * as z from 'zod';
import { SimulatorError } from './errors';

/**
 * The sandbox's cost rates, with SimCash's names and defaults (`CostRates` of its configuration schema):
 * - `overdraftBpsPerTick` (0.001): basis points per tick on a negative balance;
 * - `delayCostPerTickPerCent` (0.0001): cost per tick per cent of payments waiting (queue 1 and queue 2);
 * - `overdueDelayMultiplier` (5): the delay cost of an overdue payment is multiplied by it;
 * - `priorityDelayMultipliers` (none): per priority band (urgent 8–10, normal 4–7, low 0–3), a delay multiplier;
 * - `deadlinePenalty` (50,000 cents): once, when a payment goes overdue;
 * - `eodPenalty` (10,000 cents): at the end of the day, per overdue unsettled payment;
 * - `liquidityCostPerTickBps` (0): basis points per tick on the liquidity allocated from the pool.
 */
export interface CostRates {
  readonly overdraftBpsPerTick: number;
  readonly delayCostPerTickPerCent: number;
  readonly overdueDelayMultiplier: number;
  readonly priorityDelayMultipliers: { readonly urgent: number; readonly normal: number; readonly low: number } | null;
  readonly deadlinePenalty: number;
  readonly eodPenalty: number;
  readonly liquidityCostPerTickBps: number;
}

const rate = z.number().nonnegative().refine(Number.isFinite, 'a finite number');
const cents = z.number().int().nonnegative().refine(Number.isSafeInteger, 'a safe integer of cents');

export const CostRatesSchema = z.strictObject({
  overdraftBpsPerTick: rate.default(0.001),
  delayCostPerTickPerCent: rate.default(0.0001),
  overdueDelayMultiplier: rate.default(5),
  priorityDelayMultipliers: z.strictObject({ urgent: rate, normal: rate, low: rate }).nullable().default(null),
  deadlinePenalty: cents.default(50_000),
  eodPenalty: cents.default(10_000),
  liquidityCostPerTickBps: rate.default(0),
});

/**
 * Cost rates with SimCash's defaults filled in.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION naming the rate: a negative or non-finite rate, penalties that
 *   are not whole cents, an unknown key
 * @example
 * costRates({ delayCostPerTickPerCent: 0.2 }).deadlinePenalty; // 50000
 */
export function costRates(input: Partial<CostRates> = {}): CostRates {
  const parsed = CostRatesSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.map(String).join('.') ?? '';
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      issue?.code === 'unrecognized_keys'
        ? `cost rates: unknown key ${JSON.stringify(issue.keys[0])}; the rates are ${Object.keys(CostRatesSchema.shape).join(', ')}.`
        : `cost rates: ${key} must be ${issue?.message ?? 'valid'}.`,
      key || undefined,
    );
  }
  return parsed.data;
}

/** A rate as an integer at `scale`, as the reference scales its f64 rates before its integer arithmetic. */
export const scaled = (x: number, scale: number): number => Math.round(x * scale);

const EXACT = 2 ** 53;

/**
 * round_half_up(a × rate / divisor) for whole a, rate ≥ 0 and an even divisor, exactly, as the reference computes
 * it in u128: `(a·rate + divisor/2) / divisor`. In doubles while every value is below 2^53 (a product of integers
 * that rounds below 2^53 is exact, and so is the floor of a quotient of integers below 2^53), in BigInt beyond.
 */
export function scaledCost(a: number, rate: number, divisor: number): number {
  const product = a * rate;
  if (product + divisor < EXACT) return Math.floor((product + divisor / 2) / divisor);
  return Number((BigInt(a) * BigInt(rate) + BigInt(divisor / 2)) / BigInt(divisor));
}
