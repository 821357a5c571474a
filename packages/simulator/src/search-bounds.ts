import { SimulatorError } from './errors';
import type { Expression, Operand, Policy, PolicyNode } from './policy';

/** The range one coordinate of a policy may take. */
export interface SearchBound {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (a tick count, say). */
  readonly integer?: boolean;
}

/**
 * Bounds by coordinate. A key is a parameter's name (`initial_liquidity_fraction`), or `NODE_ID:path` for a numeric
 * threshold `{ value }` in a condition node's expression: `N1:right`, or `N1:conditions.1.left` inside an and/or.
 */
export type SearchBounds = Readonly<Record<string, SearchBound>>;

/** The default bounds: the share of the pool allocated, in [0, 1]. */
export const DEFAULT_SEARCH_BOUNDS: SearchBounds = { initial_liquidity_fraction: { min: 0, max: 1 } };

/** The fraction a policy allocates when it does not say (the reference's default). */
const DEFAULT_FRACTION = 0.5;

function findNode(node: PolicyNode, id: string): PolicyNode | undefined {
  if (node.node_id === id) return node;
  if (node.type !== 'condition') return undefined;
  return findNode(node.on_true, id) ?? findNode(node.on_false, id);
}

function operandAt(expression: Expression, path: readonly string[]): Operand | undefined {
  let at: unknown = expression;
  for (const step of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return typeof at === 'object' && at !== null && 'value' in at ? (at as Operand) : undefined;
}

/**
 * A coordinate's value in a policy: a parameter (`initial_liquidity_fraction` is 0.5 when the policy leaves it
 * out), or a threshold `{ value }` at `NODE_ID:path`.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for a key that names no parameter or threshold of the policy
 * @example
 * coordinateValue(BUILTIN_POLICIES['deadline-aware'], 'urgency_threshold'); // 5
 */
export function coordinateValue(policy: Policy, key: string): number {
  const colon = key.indexOf(':');
  if (colon < 0) {
    const v = Object.hasOwn(policy.parameters, key)
      ? policy.parameters[key]
      : key === 'initial_liquidity_fraction'
        ? DEFAULT_FRACTION
        : undefined;
    if (v === undefined) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_OPTION',
        `bounds name ${JSON.stringify(key)}, which is not a parameter of the policy (its parameters: ${Object.keys(policy.parameters).join(', ') || 'none'}; a threshold is NODE_ID:path, e.g. N1:right).`,
        key,
      );
    }
    return v;
  }
  const node = findNode(policy.payment_tree, key.slice(0, colon));
  const operand = node?.type === 'condition' ? operandAt(node.condition, key.slice(colon + 1).split('.')) : undefined;
  if (operand === undefined || !('value' in operand)) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `bounds name ${JSON.stringify(key)}, which is no {value} threshold of the policy: NODE_ID:path names a condition node and the path to a {value} operand in its condition (e.g. N1:right, N1:conditions.0.left).`,
      key,
    );
  }
  return operand.value;
}

/**
 * A copy of the policy with one coordinate set (a parameter, or a threshold at `NODE_ID:path`).
 *
 * @example
 * withCoordinate(BUILTIN_POLICIES['release-all'], 'initial_liquidity_fraction', 0.25).parameters; // { initial_liquidity_fraction: 0.25 }
 */
export function withCoordinate(policy: Policy, key: string, value: number): Policy {
  coordinateValue(policy, key); // the key names something
  const copy = structuredClone(policy) as { -readonly [K in keyof Policy]: Policy[K] };
  const colon = key.indexOf(':');
  if (colon < 0) {
    copy.parameters = { ...copy.parameters, [key]: value };
    return copy;
  }
  const node = findNode(copy.payment_tree, key.slice(0, colon)) as PolicyNode & { condition: Expression };
  (operandAt(node.condition, key.slice(colon + 1).split('.')) as { value: number }).value = value;
  return copy;
}

/**
 * Checks the policy's coordinates against the bounds: each bounded coordinate must exist, lie in [min, max] and be
 * whole when asked; the bounds themselves must be finite with min ≤ max.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_POLICY naming the coordinate, its value and its bounds;
 *   SIMULATOR_INVALID_OPTION for bounds that are not ones or name nothing in the policy
 * @example
 * checkBounds(BUILTIN_POLICIES['deadline-aware'], { urgency_threshold: { min: 0, max: 12, integer: true } }); // undefined
 */
export function checkBounds(policy: Policy, bounds: SearchBounds): void {
  for (const [key, b] of Object.entries(bounds)) {
    if (
      typeof b !== 'object' ||
      b === null ||
      !Number.isFinite(b.min) ||
      !Number.isFinite(b.max) ||
      !(b.min <= b.max) ||
      (b.integer === true && !(Number.isInteger(b.min) && Number.isInteger(b.max)))
    ) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_OPTION',
        `the bounds of ${JSON.stringify(key)} must be finite numbers with min ≤ max (whole numbers when integer), got ${JSON.stringify(b)}.`,
        key,
      );
    }
    if (key === 'initial_liquidity_fraction' && (b.min < 0 || b.max > 1)) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_OPTION',
        `the bounds of initial_liquidity_fraction must lie within [0, 1], got [${b.min}, ${b.max}].`,
        key,
      );
    }
    const v = coordinateValue(policy, key);
    if (!(v >= b.min && v <= b.max) || (b.integer === true && !Number.isInteger(v))) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_POLICY',
        `${key} is ${v}, outside its bounds [${b.min}, ${b.max}]${b.integer === true ? ' (whole numbers)' : ''}.`,
        key,
      );
    }
  }
}
