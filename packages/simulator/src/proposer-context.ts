import type { Policy } from './policy';
import type { SearchBounds } from './search-bounds';
import type { CostBreakdown, DayEvent } from './settle-day';

/**
 * How much an event tells a proposer, for cutting a trace to its top K events: decisions first, then penalties,
 * cost accruals, settlements, queueing, arrivals and the end of the day (after the reference's
 * `_format_events_for_llm`, in our event names).
 */
export const CONTEXT_EVENT_PRIORITY: Readonly<Record<DayEvent['type'], number>> = {
  decision: 100,
  penalty: 90,
  'cost-accrual': 80,
  settlement: 50,
  queued: 40,
  arrival: 30,
  'end-of-day': 20,
};

/** A day's trace as the proposer sees it: the agent's events only, cut to the top K. */
export interface ContextTrace {
  /** The agent's events before the cut. */
  readonly eventCount: number;
  /** At most K of them, by `CONTEXT_EVENT_PRIORITY`, in tick order. */
  readonly events: readonly DayEvent[];
}

/** One day (the context simulation or a bootstrap sample) as the proposer sees it. */
export interface ContextDay extends ContextTrace {
  readonly seed: number;
  readonly totalCost: number;
  readonly costBreakdown: CostBreakdown;
  readonly settlementRate: number;
  readonly avgDelay: number;
}

/** What a proposer is told about one earlier iteration. */
export interface ContextHistoryEntry {
  readonly iteration: number;
  /** The policy it proposed (null when it gave none that parses). */
  readonly proposal: unknown;
  readonly accepted: boolean;
  /** Why it was kept or not, in a few words each. */
  readonly reasons: readonly string[];
  /** Mean cost(current) − cost(proposal) on that iteration's samples (null when there was no comparison). */
  readonly meanDelta: number | null;
}

/**
 * What a proposer reads before it proposes: three streams, as in SimCash's context builder (the initial day of
 * the iteration, its cheapest and its dearest bootstrap sample, each with its cost and the agent's trace), the
 * current policy's mean cost, sd and sample count over the iteration's samples, the current policy and what became
 * of the earlier proposals. It holds the optimised agent's data only.
 */
export interface ProposerContext {
  readonly schemaVersion: 1;
  readonly kind: 'proposer-context';
  readonly agentId: string;
  readonly iteration: number;
  /** The iteration's seed: its context day's seed and its samples' base seed. */
  readonly iterationSeed: number;
  readonly contextSimulation: ContextDay;
  readonly bestSample: ContextDay & { readonly sampleIdx: number };
  readonly worstSample: ContextDay & { readonly sampleIdx: number };
  readonly meanCost: number;
  /** Sample standard deviation of the costs (n − 1; 0 for one sample). */
  readonly costSd: number;
  readonly sampleCount: number;
  readonly currentPolicy: Policy;
  /** The bounds a proposal must keep: by parameter name, or `NODE_ID:path` for a threshold (see `SearchBounds`). */
  readonly bounds: SearchBounds;
  readonly history: readonly ContextHistoryEntry[];
}

/**
 * An agent's events of a trace, cut to the `maxEvents` most telling: its own events only (another agent's never
 * appear), ranked by `CONTEXT_EVENT_PRIORITY` (ties in trace order), the top `maxEvents` kept, then put back in
 * tick order (trace order within a tick).
 *
 * @example
 * const events = [
 *   { type: 'arrival', tick: 0, agentId: 'A', txId: 'p', receiverId: 'B', amount: 5, priority: 5, deadlineTick: 3 },
 *   { type: 'arrival', tick: 0, agentId: 'B', txId: 'q', receiverId: 'A', amount: 9, priority: 5, deadlineTick: 3 },
 *   { type: 'decision', tick: 1, agentId: 'A', txId: 'p', action: 'Release' },
 * ];
 * agentTrace(events, 'A', 1).events.map((e) => e.type); // ['decision']
 * agentTrace(events, 'A').eventCount; // 2
 */
export function agentTrace(events: readonly DayEvent[], agentId: string, maxEvents = 50): ContextTrace {
  const own: number[] = [];
  for (let i = 0; i < events.length; i++) if ((events[i] as DayEvent).agentId === agentId) own.push(i);
  const rank = (i: number) => CONTEXT_EVENT_PRIORITY[(events[i] as DayEvent).type] ?? 0;
  // Array.prototype.sort is stable: ties keep their trace order.
  const kept = own
    .slice()
    .sort((a, b) => rank(b) - rank(a))
    .slice(0, Math.max(0, maxEvents))
    .sort((a, b) => (events[a] as DayEvent).tick - (events[b] as DayEvent).tick || a - b);
  return { eventCount: own.length, events: kept.map((i) => events[i] as DayEvent) };
}

const cents = (x: number) => `${x} cents`;

function describeEvent(e: DayEvent): string {
  switch (e.type) {
    case 'arrival':
      return `arrival ${e.txId}: ${cents(e.amount)} to ${e.receiverId}, priority ${e.priority}, deadline tick ${e.deadlineTick}`;
    case 'decision':
      return `decision ${e.txId}: ${e.action}`;
    case 'settlement':
      return `settlement ${e.txId} (${e.how}): ${cents(e.amount)}`;
    case 'queued':
      return `queued ${e.txId} in queue 2 (not enough liquidity)`;
    case 'penalty':
      return `${e.kind === 'eod' ? 'end-of-day' : 'deadline'} penalty ${e.txId}: ${cents(e.cost)}`;
    case 'cost-accrual':
      return `costs: overdraft ${e.overdraft}, delay ${e.delay}, liquidity ${e.liquidity}`;
    case 'end-of-day':
      return `end of day: balance ${cents(e.balance)}, ${e.unsettled} unsettled`;
  }
}

function describeDay(title: string, d: ContextDay): string[] {
  const c = d.costBreakdown;
  return [
    `## ${title}`,
    `seed ${d.seed}; total cost ${cents(d.totalCost)} (overdraft ${c.overdraft}, delay ${c.delay}, deadline penalties ${c.deadlinePenalty}, end-of-day penalties ${c.eodPenalty}, liquidity ${c.liquidity}); settlement rate ${d.settlementRate.toFixed(3)}; average delay ${d.avgDelay.toFixed(2)} ticks`,
    `${d.events.length} of the agent's ${d.eventCount} events, the most telling first kept, in tick order:`,
    ...d.events.map((e) => `[tick ${e.tick}] ${describeEvent(e)}`),
    '',
  ];
}

/**
 * The context as text a person (or a language model) reads: the iteration, the three streams with their costs and
 * traces, the cost statistics, the current policy as JSON and the earlier proposals' fates. Text from the trace
 * (ids) is written as it is; escape it before it reaches a terminal.
 *
 * @example
 * const scenario = { ticks: 4, seed: 1, agents: [{ id: 'A', liquidityPool: 9_000 }, { id: 'B' }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 2_000, sd: 500 }, deadline: { min: 1, max: 2 } } };
 * const context = buildProposerContext({ scenario, agentId: 'A', policy: BUILTIN_POLICIES['release-all'], iteration: 3, seed: 1, samples: 4 });
 * formatProposerContext(context).split('\n')[0]; // '# Iteration 3 for agent A'
 */
export function formatProposerContext(context: ProposerContext): string {
  const lines = [
    `# Iteration ${context.iteration} for agent ${context.agentId}`,
    `The current policy costs ${cents(Math.round(context.meanCost))} on average over ${context.sampleCount} bootstrap samples of the iteration's day (sd ${Math.round(context.costSd)}); lower is better.`,
    '',
    ...describeDay("The iteration's day (context simulation)", context.contextSimulation),
    ...describeDay(`The cheapest sample (sample ${context.bestSample.sampleIdx})`, context.bestSample),
    ...describeDay(`The dearest sample (sample ${context.worstSample.sampleIdx})`, context.worstSample),
    '## The current policy',
    JSON.stringify(context.currentPolicy, null, 2),
    '',
    '## Bounds a proposal must keep',
    ...Object.entries(context.bounds).map(
      ([k, b]) => `${k}: [${b.min}, ${b.max}]${b.integer === true ? ', whole numbers' : ''}`,
    ),
    '',
    '## Earlier proposals',
    ...(context.history.length === 0
      ? ['(none yet)']
      : context.history.map(
          (h) =>
            `iteration ${h.iteration}: ${h.accepted ? 'accepted' : 'rejected'}${h.meanDelta === null ? '' : `, mean saving ${Math.round(h.meanDelta)} cents`} (${h.reasons.join('; ')})`,
        )),
  ];
  return `${lines.join('\n')}\n`;
}
