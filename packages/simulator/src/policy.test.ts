import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusal } from '../test/refusal';
import { BUILTIN_POLICIES } from './builtin-policies';
import { decidePayment, POLICY_FIELDS, type PolicyField, validatePolicy } from './policy';

const act = (id: string, action = 'Release') => ({ type: 'action', node_id: id, action });
const tree = (condition: unknown) => ({
  type: 'condition',
  node_id: 'N1',
  condition,
  on_true: act('A1'),
  on_false: act('A2', 'Hold'),
});
const context = (over: Partial<Record<PolicyField, number>> = {}) =>
  ({
    balance: 0,
    effective_liquidity: 0,
    amount: 100,
    remaining_amount: 100,
    priority: 5,
    current_tick: 2,
    system_tick_in_day: 2,
    deadline_tick: 6,
    ticks_to_deadline: 4,
    is_overdue: 0,
    ...over,
  }) as Record<PolicyField, number>;

describe('validatePolicy', () => {
  it("reads the reference's format, ignoring its unused trees when null", () => {
    // SimCash's simulator/policies/fifo.json, as written.
    const fifo = validatePolicy({
      version: '1.0',
      policy_id: 'fifo_policy',
      description: 'FIFO',
      payment_tree: { type: 'action', node_id: 'A1', action: 'Release', parameters: {} },
      strategic_collateral_tree: null,
      end_of_tick_collateral_tree: null,
      parameters: { initial_liquidity_fraction: 1.0 },
    });
    expect(decidePayment(fifo, context())).toBe('Release');
  });

  it('refuses, naming the node id and the key: unknown fields, ops, fields, actions, params; duplicate ids; a fraction outside [0, 1]', () => {
    const cases: [unknown, RegExp][] = [
      [{ payment_tree: act('A1'), colour: 'red' }, /^policy has an unknown key "colour"\.$/],
      [{ payment_tree: { ...act('A1'), invented: 1 } }, /^policy node "A1" has an unknown key "invented"\.$/],
      [
        { payment_tree: act('A1', 'Drop') },
        /^policy node "A1" has an unknown action \(the actions are Release, Hold\)\.$/,
      ],
      [
        { payment_tree: tree({ op: '~=', left: { value: 1 }, right: { value: 1 } }) },
        /^policy node "N1" condition has an unknown op "~=" \(the ops are == != < <= > >= and or not\)\.$/,
      ],
      [
        { payment_tree: tree({ op: '<', left: { field: 'mood' }, right: { value: 1 } }) },
        /^policy node "N1" condition\.left: reads an unknown field "mood" \(the fields are balance, /,
      ],
      [
        { payment_tree: tree({ op: '<', left: { param: 'x' }, right: { value: 1 } }) },
        /^policy node "N1" condition\.left: \{param: "x"\} is not among the parameters \(none\)\.$/,
      ],
      [
        { payment_tree: tree({ op: '<', left: { value: 1, field: 'balance' }, right: { value: 1 } }) },
        /condition\.left: has an operand that is not one \{field\}, \{value\}/,
      ],
      [
        {
          payment_tree: tree({
            op: 'and',
            conditions: [{ op: 'not', condition: { op: '==', left: { value: 1 }, right: { value: 2 }, extra: 0 } }],
          }),
        },
        /^policy node "N1" condition\.conditions\.0\.condition has an unknown key "extra"\.$/,
      ],
      [
        {
          payment_tree: { ...tree({ op: '>', left: { value: 1 }, right: { value: 0 } }), on_false: act('N1', 'Hold') },
        },
        /^policy node "N1" uses a node_id that another node has/,
      ],
      [
        { payment_tree: { type: 'branch', node_id: 'B' } },
        /^policy node "B" has type "branch"; a node is "condition" or "action"\.$/,
      ],
      [
        { parameters: { initial_liquidity_fraction: 1.5 }, payment_tree: act('A1') },
        /^policy parameters initial_liquidity_fraction must be in \[0, 1\], got 1\.5\.$/,
      ],
      [{ parameters: { initial_liquidity_fraction: -0.1 }, payment_tree: act('A1') }, /must be in \[0, 1\], got -0\.1/],
      [
        { payment_tree: tree({ op: '<', left: { value: Number.NaN }, right: { value: 1 } }) },
        /has an operand that is not one/,
      ],
      [{ bank_tree: { type: 'action' }, payment_tree: act('A1') }, /^policy key "bank_tree": /],
    ];
    for (const [input, message] of cases) {
      const e = refusal(() => validatePolicy(input));
      expect(e.code).toBe('SIMULATOR_INVALID_POLICY');
      expect(e.message, JSON.stringify(input)).toMatch(message);
    }
  });
});

/** The reference's comparison rules, restated: == and != within 1e-9; <= and >= with that equality; < and > strict. */
function compare(op: string, l: number, r: number): boolean {
  const eq = Math.abs(l - r) < 1e-9;
  return { '==': eq, '!=': !eq, '<': l < r, '<=': l < r || eq, '>': l > r, '>=': l > r || eq }[op] as boolean;
}

describe('decidePayment', () => {
  it('compares as the reference does, for every op, field and value (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('==', '!=', '<', '<=', '>', '>='),
        fc.constantFrom(...POLICY_FIELDS),
        fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -10, max: 10, noNaN: true })),
        fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -10, max: 10, noNaN: true })),
        fc.boolean(),
        (op, field, x, y, near) => {
          const right = near ? x + 1e-12 : y; // within the epsilon, where == and <= differ from plain JavaScript
          const policy = validatePolicy({
            parameters: { t: right },
            payment_tree: tree({ op, left: { field }, right: { param: 't' } }),
          });
          expect(decidePayment(policy, context({ [field]: x }))).toBe(compare(op, x, right) ? 'Release' : 'Hold');
        },
      ),
    );
  });

  it('and, or and not: short-circuit, and the empty cases (and holds, or does not)', () => {
    const T = { op: '==', left: { value: 1 }, right: { value: 1 } };
    const F = { op: '==', left: { value: 1 }, right: { value: 2 } };
    const d = (condition: unknown) => decidePayment(validatePolicy({ payment_tree: tree(condition) }), context());
    expect(d({ op: 'and', conditions: [] })).toBe('Release');
    expect(d({ op: 'or', conditions: [] })).toBe('Hold');
    expect(d({ op: 'and', conditions: [T, F] })).toBe('Hold');
    expect(d({ op: 'or', conditions: [F, T] })).toBe('Release');
    expect(d({ op: 'not', condition: { op: 'or', conditions: [F, F] } })).toBe('Release');
  });

  it('the built-ins decide as documented', () => {
    expect(decidePayment(BUILTIN_POLICIES['release-all'], context())).toBe('Release');
    const deadline = BUILTIN_POLICIES['deadline-aware'];
    expect(decidePayment(deadline, context({ ticks_to_deadline: 5 }))).toBe('Release');
    expect(decidePayment(deadline, context({ ticks_to_deadline: 6 }))).toBe('Hold');
    expect(decidePayment(deadline, context({ ticks_to_deadline: -2, is_overdue: 1 }))).toBe('Release');
    const liquidity = BUILTIN_POLICIES['liquidity-aware'];
    expect(decidePayment(liquidity, context({ effective_liquidity: 100, ticks_to_deadline: 9 }))).toBe('Release');
    expect(decidePayment(liquidity, context({ effective_liquidity: 99, ticks_to_deadline: 9 }))).toBe('Hold');
    expect(decidePayment(liquidity, context({ effective_liquidity: 0, ticks_to_deadline: 3 }))).toBe('Release');
  });
});
