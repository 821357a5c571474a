import * as z from 'zod';
import { SimulatorError } from './errors';

/** The payment fields a policy's conditions read (SimCash's names), each a number in the decision's context. */
export const POLICY_FIELDS = [
  /** The agent's balance, in cents (negative in overdraft). */
  'balance',
  /** Balance plus the credit still available, in cents. */
  'effective_liquidity',
  /** The payment's amount, in cents. */
  'amount',
  /** What is left to pay of it, in cents (the whole amount: payments are not split here). */
  'remaining_amount',
  /** Its priority, 0–10. */
  'priority',
  /** The tick of the decision. */
  'current_tick',
  /** The tick within the day (current_tick modulo the day's ticks). */
  'system_tick_in_day',
  /** The payment's deadline tick. */
  'deadline_tick',
  /** deadline_tick − current_tick (negative once overdue). */
  'ticks_to_deadline',
  /** 1 once the payment has gone overdue (marked in the cost step of the first tick after its deadline, so a
   * decision sees it from the tick after that), else 0: the reference's `is_overdue`. */
  'is_overdue',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** What a policy decides for a queued payment. */
export const POLICY_ACTIONS = ['Release', 'Hold'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

export const COMPARISON_OPS = ['==', '!=', '<', '<=', '>', '>='] as const;
export const LOGICAL_OPS = ['and', 'or', 'not'] as const;

export type Operand = { readonly field: PolicyField } | { readonly value: number } | { readonly param: string };
export type Expression =
  | { readonly op: (typeof COMPARISON_OPS)[number]; readonly left: Operand; readonly right: Operand }
  | { readonly op: 'and' | 'or'; readonly conditions: readonly Expression[] }
  | { readonly op: 'not'; readonly condition: Expression };
export type PolicyNode =
  | {
      readonly type: 'condition';
      readonly node_id: string;
      readonly description?: string;
      readonly condition: Expression;
      readonly on_true: PolicyNode;
      readonly on_false: PolicyNode;
    }
  | {
      readonly type: 'action';
      readonly node_id: string;
      readonly description?: string;
      readonly action: PolicyAction;
      readonly parameters?: Readonly<Record<string, unknown>>;
    };

/**
 * A payment policy in SimCash's JSON format, for what this sandbox uses: named numeric `parameters` (among them
 * `initial_liquidity_fraction` in [0, 1], the share of the pool allocated at the start of the day) and a
 * `payment_tree` of condition and action nodes that decides Release or Hold for each queued payment.
 */
export interface Policy {
  readonly version?: string | undefined;
  readonly policy_id?: string | undefined;
  readonly description?: string | undefined;
  readonly parameters: Readonly<Record<string, number>>;
  readonly payment_tree: PolicyNode;
}

/**
 * A policy written as code rather than as a tree, as a plugin's policy strategy returns it: its `parameters` (the
 * allocation reads `initial_liquidity_fraction`) and `decide`, which gets the same context a tree reads and returns
 * Release or Hold. `decide` must be a pure function of its context, or runs stop being reproducible; it sees only
 * its own agent's balance and payment.
 */
export interface FunctionPolicy {
  readonly policy_id?: string | undefined;
  readonly description?: string | undefined;
  readonly parameters: Readonly<Record<string, number>>;
  decide(context: Readonly<Record<PolicyField, number>>): PolicyAction;
}

/** What the engine plays: a decision tree in SimCash's format or a function policy from a plugin. */
export type PaymentPolicy = Policy | FunctionPolicy;

const finite = z.number().refine(Number.isFinite, 'a finite number');
const TOP = z.strictObject({
  version: z.string().optional(),
  policy_id: z.string().optional(),
  description: z.string().optional(),
  parameters: z.record(z.string(), finite).default({}),
  payment_tree: z.unknown(),
  // The reference's other trees, which this sandbox has no use for: accepted only when absent or null.
  bank_tree: z.null().optional(),
  strategic_collateral_tree: z.null().optional(),
  end_of_tick_collateral_tree: z.null().optional(),
});
const CONDITION_NODE = z.strictObject({
  type: z.literal('condition'),
  node_id: z.string().min(1),
  description: z.string().optional(),
  condition: z.unknown(),
  on_true: z.unknown(),
  on_false: z.unknown(),
});
const ACTION_NODE = z.strictObject({
  type: z.literal('action'),
  node_id: z.string().min(1),
  description: z.string().optional(),
  action: z.enum(POLICY_ACTIONS),
  parameters: z.record(z.string(), z.unknown()).optional(),
});
const OPERAND = z.union([
  z.strictObject({ field: z.enum(POLICY_FIELDS) }),
  z.strictObject({ value: finite }),
  z.strictObject({ param: z.string().min(1) }),
]);

const describeIssue = (issue: z.core.$ZodIssue | undefined): string => {
  if (issue === undefined) return 'is not valid';
  if (issue.code === 'unrecognized_keys') return `has an unknown key ${JSON.stringify(issue.keys[0])}`;
  const key = issue.path.map(String).join('.');
  if (issue.code === 'invalid_value' && key === 'action') {
    return `has an unknown action (the actions are ${POLICY_ACTIONS.join(', ')})`;
  }
  return `${key === '' ? '' : `key ${JSON.stringify(key)}: `}${issue.message}`;
};

/**
 * Checks a policy (parsed JSON) and returns it typed: unknown fields anywhere are refused (the reference met
 * invented fields in machine-written policies), and so are unknown ops, fields, actions, a `{param}` that the
 * parameters do not define, a node id used twice, and an `initial_liquidity_fraction` outside [0, 1]. Every message
 * names the node id and the offending key.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_POLICY
 * @example
 * const policy = validatePolicy({ parameters: { initial_liquidity_fraction: 0.5 },
 *   payment_tree: { type: 'action', node_id: 'A1', action: 'Release' } });
 * policy.payment_tree.action; // 'Release'
 */
export function validatePolicy(input: unknown): Policy {
  const fail = (where: string, why: string): never => {
    throw new SimulatorError(
      'SIMULATOR_INVALID_POLICY',
      `policy${where === '' ? '' : ` ${where}`} ${why}.`,
      where || undefined,
    );
  };
  const top = TOP.safeParse(input);
  if (!top.success) fail('', describeIssue(top.error.issues[0]));
  const {
    payment_tree,
    bank_tree: _b,
    strategic_collateral_tree: _s,
    end_of_tick_collateral_tree: _e,
    ...rest
  } = top.data as z.infer<typeof TOP>;
  const parameters = rest.parameters;
  const fraction = parameters.initial_liquidity_fraction;
  if (fraction !== undefined && (fraction < 0 || fraction > 1)) {
    fail('parameters', `initial_liquidity_fraction must be in [0, 1], got ${fraction}`);
  }
  const ids = new Set<string>();
  const operand = (raw: unknown, at: string, key: string): Operand => {
    const o = OPERAND.safeParse(raw);
    if (!o.success) {
      const keys = raw !== null && typeof raw === 'object' ? Object.keys(raw) : [];
      const why =
        keys.length === 1 && keys[0] === 'field'
          ? `reads an unknown field ${JSON.stringify((raw as { field: unknown }).field)} (the fields are ${POLICY_FIELDS.join(', ')})`
          : `has an operand that is not one {field}, {value} (a finite number) or {param}: ${JSON.stringify(raw)?.slice(0, 80)}`;
      fail(at, `${key}: ${why}`);
    }
    const op = o.data as Operand;
    if ('param' in op && !Object.hasOwn(parameters, op.param)) {
      fail(
        at,
        `${key}: {param: ${JSON.stringify(op.param)}} is not among the parameters (${Object.keys(parameters).join(', ') || 'none'})`,
      );
    }
    return op;
  };
  const expression = (raw: unknown, at: string, path: string, depth = 0): Expression => {
    if (depth > 100) fail(at, `${path} nests deeper than 100 expressions`);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(at, `${path} must be an expression object`);
    const e = raw as Record<string, unknown>;
    const op = e.op;
    const keys = Object.keys(e);
    const only = (allowed: string[]) => {
      const extra = keys.find((k) => !allowed.includes(k));
      if (extra !== undefined) fail(at, `${path} has an unknown key ${JSON.stringify(extra)}`);
    };
    if ((COMPARISON_OPS as readonly unknown[]).includes(op)) {
      only(['op', 'left', 'right']);
      return {
        op: op as (typeof COMPARISON_OPS)[number],
        left: operand(e.left, at, `${path}.left`),
        right: operand(e.right, at, `${path}.right`),
      };
    }
    if (op === 'and' || op === 'or') {
      only(['op', 'conditions']);
      if (!Array.isArray(e.conditions)) fail(at, `${path}.conditions must be a list of expressions`);
      return {
        op,
        conditions: (e.conditions as unknown[]).map((c, i) => expression(c, at, `${path}.conditions.${i}`, depth + 1)),
      };
    }
    if (op === 'not') {
      only(['op', 'condition']);
      return { op, condition: expression(e.condition, at, `${path}.condition`, depth + 1) };
    }
    return fail(
      at,
      `${path} has an unknown op ${JSON.stringify(op)} (the ops are ${[...COMPARISON_OPS, ...LOGICAL_OPS].join(' ')})`,
    );
  };
  const node = (raw: unknown, parent: string, depth = 0): PolicyNode => {
    if (depth > 100) fail(`under ${parent}`, "nests deeper than 100 nodes (the reference's limit)");
    const id = (raw as { node_id?: unknown } | null)?.node_id;
    const at = typeof id === 'string' && id !== '' ? `node ${JSON.stringify(id)}` : `node under ${parent}`;
    const type = (raw as { type?: unknown } | null)?.type;
    const schema = type === 'condition' ? CONDITION_NODE : type === 'action' ? ACTION_NODE : undefined;
    if (schema === undefined) return fail(at, `has type ${JSON.stringify(type)}; a node is "condition" or "action"`);
    if (type === 'action' && (raw as { action?: unknown }).action === undefined)
      fail(at, 'has no action (Release or Hold)');
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return fail(at, describeIssue(parsed.error.issues[0]));
    if (ids.has(id as string)) fail(at, 'uses a node_id that another node has; node ids must be unique');
    ids.add(id as string);
    if (parsed.data.type === 'action') return parsed.data as PolicyNode;
    const c = parsed.data;
    return {
      type: 'condition',
      node_id: c.node_id,
      ...(c.description === undefined ? {} : { description: c.description }),
      condition: expression(c.condition, at, 'condition'),
      on_true: node(c.on_true, at, depth + 1),
      on_false: node(c.on_false, at, depth + 1),
    };
  };
  return { ...rest, parameters, payment_tree: node(payment_tree, 'payment_tree') };
}

const EPSILON = 1e-9;

function value(o: Operand, context: Readonly<Record<PolicyField, number>>, policy: Policy): number {
  if ('field' in o) return context[o.field];
  if ('value' in o) return o.value;
  return policy.parameters[o.param] as number;
}

function holds(e: Expression, context: Readonly<Record<PolicyField, number>>, policy: Policy): boolean {
  switch (e.op) {
    case 'and':
      return e.conditions.every((c) => holds(c, context, policy));
    case 'or':
      return e.conditions.some((c) => holds(c, context, policy));
    case 'not':
      return !holds(e.condition, context, policy);
    default: {
      const l = value(e.left, context, policy);
      const r = value(e.right, context, policy);
      const equal = Math.abs(l - r) < EPSILON;
      switch (e.op) {
        case '==':
          return equal;
        case '!=':
          return !equal;
        case '<':
          return l < r;
        case '<=':
          return l <= r || equal;
        case '>':
          return l > r;
        default:
          return l >= r || equal;
      }
    }
  }
}

/**
 * The action a validated policy's payment tree gives for one queued payment in `context`, with SimCash's
 * semantics: `==` and `!=` compare within 1e-9, `<=` and `>=` include equality within 1e-9, `<` and `>` are strict;
 * `and` and `or` short-circuit left to right (an empty `and` holds, an empty `or` does not).
 *
 * @example
 * const policy = validatePolicy({ parameters: { urgency_threshold: 3 }, payment_tree: { type: 'condition', node_id: 'N1',
 *   condition: { op: '<=', left: { field: 'ticks_to_deadline' }, right: { param: 'urgency_threshold' } },
 *   on_true: { type: 'action', node_id: 'A1', action: 'Release' }, on_false: { type: 'action', node_id: 'A2', action: 'Hold' } } });
 * const base = { balance: 0, effective_liquidity: 0, amount: 1, remaining_amount: 1, priority: 5, current_tick: 0, system_tick_in_day: 0, deadline_tick: 3, is_overdue: 0 };
 * decidePayment(policy, { ...base, ticks_to_deadline: 3 }); // 'Release'
 * decidePayment(policy, { ...base, ticks_to_deadline: 4 }); // 'Hold'
 */
export function decidePayment(policy: PaymentPolicy, context: Readonly<Record<PolicyField, number>>): PolicyAction {
  if ('decide' in policy) return decideByFunction(policy, context);
  let node = policy.payment_tree;
  while (node.type === 'condition') node = holds(node.condition, context, policy) ? node.on_true : node.on_false;
  return node.action;
}

function decideByFunction(policy: FunctionPolicy, context: Readonly<Record<PolicyField, number>>): PolicyAction {
  const name = policy.policy_id === undefined ? 'a function policy' : `policy ${JSON.stringify(policy.policy_id)}`;
  let action: unknown;
  try {
    // A copy: what the function does to its argument cannot reach the engine.
    action = policy.decide({ ...context });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SimulatorError('SIMULATOR_INVALID_POLICY', `${name} threw: ${why}`, policy.policy_id, { cause: e });
  }
  if (action !== 'Release' && action !== 'Hold') {
    throw new SimulatorError(
      'SIMULATOR_INVALID_POLICY',
      `${name} decided ${typeof action === 'string' ? JSON.stringify(action) : typeof action}; decide must return 'Release' or 'Hold'.`,
    );
  }
  return action;
}

/**
 * The liquidity a policy allocates at the start of the day: floor(pool × initial_liquidity_fraction), the fraction
 * 0.5 when the policy does not set it (the reference's default).
 *
 * @example
 * allocatedLiquidity(BUILTIN_POLICIES['release-all'], 1_000_001); // 500000
 */
export function allocatedLiquidity(policy: PaymentPolicy, pool: number): number {
  const fraction = policy.parameters.initial_liquidity_fraction ?? 0.5;
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_POLICY',
      `initial_liquidity_fraction must be in [0, 1], got ${fraction}.`,
    );
  }
  return Math.floor(pool * fraction);
}

/**
 * Checks what a policy strategy returned: a function policy (an object with `decide`) has numeric `parameters`
 * with `initial_liquidity_fraction` in [0, 1] when set; anything else is checked as a tree by `validatePolicy`.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_POLICY
 * @example
 * const p = validatePaymentPolicy({ policy_id: 'urgent-only', parameters: {}, decide: (c) => (c.ticks_to_deadline <= 1 ? 'Release' : 'Hold') });
 * 'decide' in p; // true
 */
export function validatePaymentPolicy(input: unknown): PaymentPolicy {
  if (typeof input !== 'object' || input === null || !('decide' in input)) return validatePolicy(input);
  const p = input as Partial<FunctionPolicy>;
  const fail = (why: string): never => {
    throw new SimulatorError('SIMULATOR_INVALID_POLICY', `function policy ${why}.`, p.policy_id);
  };
  if (typeof p.decide !== 'function') fail('decide is not a function');
  if ('payment_tree' in p) fail('has both payment_tree and decide: a policy is a tree or a function, not both');
  if (typeof p.parameters !== 'object' || p.parameters === null || Array.isArray(p.parameters)) {
    fail('needs parameters, an object of numbers ({} when it has none)');
  }
  // A snapshot of the parameters (each read once: a getter cannot change them during the run).
  const parameters: Record<string, number> = {};
  for (const [k, v] of Object.entries(p.parameters as object)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`parameter ${JSON.stringify(k)} is not a finite number`);
    parameters[k] = v as number;
  }
  const fraction = parameters.initial_liquidity_fraction;
  if (fraction !== undefined && !(fraction >= 0 && fraction <= 1)) {
    fail(`parameter initial_liquidity_fraction must be in [0, 1], got ${fraction}`);
  }
  const decide = p.decide as FunctionPolicy['decide'];
  return {
    ...(typeof p.policy_id === 'string' ? { policy_id: p.policy_id } : {}),
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
    parameters,
    decide: (context) => decide.call(p, context),
  };
}
