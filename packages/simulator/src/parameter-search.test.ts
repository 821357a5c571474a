import { describe, expect, it } from 'vitest';
import { refusal } from '../test/refusal';
import { BUILTIN_POLICIES } from './builtin-policies';
import { createParameterSearch } from './parameter-search';
import { type Policy, validatePolicy } from './policy';
import type { ContextHistoryEntry, ProposerContext } from './proposer-context';
import { checkBounds, coordinateValue, type SearchBounds, withCoordinate } from './search-bounds';

const contextOf = (bounds: SearchBounds, accepted: readonly boolean[] = []) =>
  ({
    bounds,
    history: accepted.map(
      (a, iteration): ContextHistoryEntry => ({ iteration, proposal: null, accepted: a, reasons: [], meanDelta: null }),
    ),
  }) as unknown as ProposerContext;
const fraction = (p: unknown) => (p as Policy).parameters.initial_liquidity_fraction;

describe('createParameterSearch: the compass schedule', () => {
  const search = createParameterSearch();
  const bounds = { initial_liquidity_fraction: { min: 0, max: 1 } };
  const start = BUILTIN_POLICIES['release-all']; // fraction 0.5

  it('moves up, then down, by step × range; the step halves after a round of 2d proposals with none accepted', async () => {
    // t = 0: 0.5 + 0.25; t = 1: 0.5 − 0.25.
    expect(fraction(await search.propose(contextOf(bounds), start))).toBe(0.75);
    expect(fraction(await search.propose(contextOf(bounds, [false]), start))).toBe(0.25);
    // Round 0 (t = 0, 1) had no acceptance: the step is 0.125 at t = 2.
    expect(fraction(await search.propose(contextOf(bounds, [false, false]), start))).toBe(0.625);
    // Round 0 had one: the step stays 0.25.
    expect(fraction(await search.propose(contextOf(bounds, [false, true]), start))).toBe(0.75);
    // Two rounds without: 0.0625 at t = 4 (down at t = 5).
    expect(fraction(await search.propose(contextOf(bounds, [false, false, false, false, false]), start))).toBe(0.4375);
  });

  it('tries the other way at a bound, and moves whole coordinates by whole steps (at least 1)', async () => {
    const atTop = withCoordinate(start, 'initial_liquidity_fraction', 1);
    expect(fraction(await search.propose(contextOf(bounds), atTop))).toBe(0.75);
    const deadline = BUILTIN_POLICIES['deadline-aware']; // urgency_threshold 5
    const ints = { urgency_threshold: { min: 0, max: 12, integer: true } };
    const up = (await search.propose(contextOf(ints), deadline)) as Policy;
    expect(up.parameters.urgency_threshold).toBe(8); // 5 + round(0.25 × 12)
    const tiny = createParameterSearch({ step: 0.01 });
    expect(((await tiny.propose(contextOf(ints), deadline)) as Policy).parameters.urgency_threshold).toBe(6);
  });

  it('walks the coordinates in the order of the bounds, thresholds of the tree included', async () => {
    const tree = validatePolicy({
      parameters: { initial_liquidity_fraction: 0.5 },
      payment_tree: {
        type: 'condition',
        node_id: 'N1',
        condition: {
          op: 'and',
          conditions: [{ op: '<=', left: { field: 'ticks_to_deadline' }, right: { value: 4 } }],
        },
        on_true: { type: 'action', node_id: 'A1', action: 'Release' },
        on_false: { type: 'action', node_id: 'A2', action: 'Hold' },
      },
    });
    const two = { initial_liquidity_fraction: { min: 0, max: 1 }, 'N1:conditions.0.right': { min: 0, max: 8 } };
    // t = 2: the second coordinate, up by 0.25 × 8.
    const p = (await search.propose(contextOf(two, [false, true]), tree)) as Policy;
    expect(coordinateValue(p, 'N1:conditions.0.right')).toBe(6);
    expect(coordinateValue(tree, 'N1:conditions.0.right')).toBe(4); // the current policy is not changed
  });

  it('refuses a step outside (0, 1]', () => {
    expect(refusal(() => createParameterSearch({ step: 0 })).code).toBe('SIMULATOR_INVALID_OPTION');
    expect(refusal(() => createParameterSearch({ step: 1.5 })).message).toMatch(/step must be in \(0, 1\]/);
  });
});

describe('search bounds', () => {
  it('refuses a policy out of its bounds, bounds that are not ones, and keys that name nothing', () => {
    const p = BUILTIN_POLICIES['deadline-aware'];
    expect(refusal(() => checkBounds(p, { urgency_threshold: { min: 0, max: 4 } })).message).toBe(
      'urgency_threshold is 5, outside its bounds [0, 4].',
    );
    expect(refusal(() => checkBounds(p, { urgency_threshold: { min: 6, max: 4 } })).code).toBe(
      'SIMULATOR_INVALID_OPTION',
    );
    expect(refusal(() => checkBounds(p, { patience: { min: 0, max: 1 } })).message).toMatch(
      /bounds name "patience", which is not a parameter of the policy/,
    );
    expect(refusal(() => checkBounds(p, { 'N1:right': { min: 0, max: 1 } })).message).toMatch(/no \{value\} threshold/);
    expect(coordinateValue(BUILTIN_POLICIES['release-all'], 'initial_liquidity_fraction')).toBe(0.5);
  });
});
