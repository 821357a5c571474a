// A bootstat policy plugin: a payment policy written as a function instead of a decision tree. Load it with
// `bootstat evaluate --plugin <this file> --policy urgent-only …` (or name it in a scenario's agents), or with
// `applyPlugin({ policy: createPolicyRegistry() }, await import(url))`.
import { z } from 'zod';

export default [
  {
    kind: 'policy',
    name: 'urgent-only',
    summary: 'Hold each payment until it is within `within` ticks of its deadline (a plugin example)',
    options: z.strictObject({
      within: z.number().int().min(0).default(2).describe('release once ticks_to_deadline is at most this'),
      initial_liquidity_fraction: z.number().min(0).max(1).default(0.5),
    }),
    // `decide` gets the fields a tree reads (balance, amount, ticks_to_deadline, …) for one queued payment of
    // this agent, and returns 'Release' or 'Hold'. It must depend on nothing else, so runs stay reproducible.
    run: (_input, { within, initial_liquidity_fraction }) => ({
      policy_id: 'urgent-only',
      parameters: { initial_liquidity_fraction, within },
      decide: (payment) => (payment.ticks_to_deadline <= within ? 'Release' : 'Hold'),
    }),
  },
];
