import { describe, expect, it } from 'vitest';
import { studyRefusal as refusal } from '../test/study-refusal';
import { type CountRule, expandScenarios } from './expand-scenarios';
import { validateStudySpec } from './study-spec';

// A stand-in for the generators' rule: every level gets ⌊n/k⌋, the first level the remainder.
const rule: CountRule = {
  patterns: ['even', 'heavy_tail'],
  levelCounts: (n, k) => Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i === 0 ? n % k : 0)),
};
const spec = (over: object) =>
  validateStudySpec({
    seed: 1,
    nReps: 10,
    nResamples: 100,
    grid: { k: [4, 5], patterns: ['even', 'heavy_tail'], allDistinct: true },
    cases: [
      { id: 1, n: 80, rho: -0.13 },
      { id: 'b', n: 9, rho: 0.06 },
    ],
    ...over,
  });

describe('expandScenarios', () => {
  it("orders cases × k × patterns, then each case's all-distinct scenario, as the reference does", () => {
    const s = expandScenarios(spec({}), rule);
    expect(s.map((x) => x.id)).toEqual([
      'case-1/k4/even',
      'case-1/k4/heavy_tail',
      'case-1/k5/even',
      'case-1/k5/heavy_tail',
      'case-1/all-distinct',
      'case-b/k4/even',
      'case-b/k4/heavy_tail',
      'case-b/k5/even',
      'case-b/k5/heavy_tail',
      'case-b/all-distinct',
    ]);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s[4]).toMatchObject({ k: 80, pattern: 'all-distinct', countsFrom: 'all-distinct' });
    expect(s[4]?.counts).toHaveLength(80);
    expect(s[0]).toMatchObject({ counts: [20, 20, 20, 20], countsFrom: 'rule', rho: -0.13 });
  });

  it('takes counts from the table when it has them, and a table may name its own pattern', () => {
    const s = expandScenarios(
      spec({
        grid: { k: [4], patterns: ['even', 'custom'] },
        counts: {
          '80': { '4': { even: [21, 19, 20, 20], custom: [10, 30, 30, 10] } },
          '9': { '4': { custom: [3, 2, 2, 2] } },
        },
      }),
      rule,
    );
    expect(s.map((x) => [x.id, x.countsFrom, x.counts.join(',')])).toEqual([
      ['case-1/k4/even', 'table', '21,19,20,20'],
      ['case-1/k4/custom', 'table', '10,30,30,10'],
      ['case-b/k4/even', 'rule', '3,2,2,2'],
      ['case-b/k4/custom', 'table', '3,2,2,2'],
    ]);
  });

  it.each([
    [
      'counts that do not sum to n',
      { counts: { '80': { '4': { even: [20, 20, 20, 21] } } } },
      'STUDY_INVALID_DESIGN',
      /sum to 81, not n = 80/,
    ],
    [
      'a count table row of the wrong length',
      { counts: { '80': { '4': { even: [40, 40] } } } },
      'STUDY_INVALID_DESIGN',
      /2 counts for k = 4/,
    ],
    [
      'a zero count',
      { counts: { '80': { '4': { even: [0, 40, 20, 20] } } } },
      'STUDY_INVALID_DESIGN',
      /at least 1, got 0/,
    ],
    [
      'k > n',
      { grid: { k: [10], patterns: ['even'] } },
      'STUDY_INVALID_DESIGN',
      /grid.k 10 is more levels than case b has values \(n = 9\)/,
    ],
    [
      'an unknown pattern',
      { grid: { k: [4], patterns: ['heavy-tail'] } },
      'STUDY_UNKNOWN_NAME',
      /unknown count pattern "heavy-tail"/,
    ],
    ['an empty grid', { grid: {} }, 'STUDY_INVALID_SPEC', /no scenario/],
    ['k without patterns', { grid: { k: [4] } }, 'STUDY_INVALID_SPEC', /needs at least one pattern/],
    [
      'a case id used twice',
      {
        cases: [
          { id: 1, n: 80, rho: 0.1 },
          { id: '1', n: 80, rho: 0.2 },
        ],
      },
      'STUDY_INVALID_SPEC',
      /used twice/,
    ],
  ])('refuses %s', (_, over, code, message) => {
    const e = refusal(() => expandScenarios(spec(over), rule));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});
