import { type Policy, validatePolicy } from './policy';

const release = (id: string) => ({ type: 'action', node_id: id, action: 'Release' });
const hold = (id: string) => ({ type: 'action', node_id: id, action: 'Hold' });

/**
 * The built-in policies, in SimCash's format (after its fifo, deadline and liquidity_aware policies, without their
 * Drop action, which this sandbox does not have):
 * - `release-all`: every payment released as it arrives, in arrival order (FIFO);
 * - `deadline-aware`: released once within `urgency_threshold` ticks of its deadline (or overdue), held before;
 * - `liquidity-aware`: released when the agent can pay it (effective liquidity ≥ the amount), or when it is urgent
 *   (it then waits in the central queue for liquidity); held otherwise.
 * Each allocates `initial_liquidity_fraction` of the pool at the start of the day (default 0.5, as the reference's).
 *
 * @example
 * Object.keys(BUILTIN_POLICIES); // ['release-all', 'deadline-aware', 'liquidity-aware']
 * BUILTIN_POLICIES['deadline-aware'].parameters.urgency_threshold; // 5
 */
export const BUILTIN_POLICIES: Readonly<Record<'release-all' | 'deadline-aware' | 'liquidity-aware', Policy>> = {
  'release-all': validatePolicy({
    policy_id: 'release-all',
    description: 'Release every payment as it arrives, in arrival order (FIFO).',
    parameters: { initial_liquidity_fraction: 0.5 },
    payment_tree: release('A1'),
  }),
  'deadline-aware': validatePolicy({
    policy_id: 'deadline-aware',
    description: 'Release a payment within urgency_threshold ticks of its deadline; hold it before.',
    parameters: { initial_liquidity_fraction: 0.5, urgency_threshold: 5 },
    payment_tree: {
      type: 'condition',
      node_id: 'N1',
      condition: { op: '<=', left: { field: 'ticks_to_deadline' }, right: { param: 'urgency_threshold' } },
      on_true: release('A1'),
      on_false: hold('A2'),
    },
  }),
  'liquidity-aware': validatePolicy({
    policy_id: 'liquidity-aware',
    description: 'Release what the agent can pay now, and urgent payments; hold the rest.',
    parameters: { initial_liquidity_fraction: 0.5, urgency_threshold: 3 },
    payment_tree: {
      type: 'condition',
      node_id: 'N1',
      condition: {
        op: 'or',
        conditions: [
          { op: '>=', left: { field: 'effective_liquidity' }, right: { field: 'remaining_amount' } },
          { op: '<=', left: { field: 'ticks_to_deadline' }, right: { param: 'urgency_threshold' } },
        ],
      },
      on_true: release('A1'),
      on_false: hold('A2'),
    },
  }),
};
