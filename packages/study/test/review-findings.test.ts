// Failures an adversarial review of the study found, each pinned: bad designs fail before any dataset is drawn,
// whatever the thread; memory is judged before anything of size n is built; scenario ids cannot collide.
import { describe, expect, it } from 'vitest';
import { StudyError } from '../src/errors';
import { expandScenarios } from '../src/expand-scenarios';
import { defaultGeneratorSet } from '../src/generator-set';
import { planStudy } from '../src/plan-study';
import { runStudy } from '../src/run-study';
import { runStudyAsync } from '../src/run-study-async';
import { validateStudySpec } from '../src/study-spec';
import { studyRefusal as refusal } from './study-refusal';

const base = {
  seed: 3,
  nReps: 5,
  nResamples: 20,
  calibration: { datasets: 100 },
  grid: { k: [2], patterns: ['even'] },
  cases: [
    { id: 1, n: 30, rho: 0.2, marginal: { median: 1, iqr: 1 } },
    { id: 2, n: 30, rho: 0.99, marginal: { median: 1, iqr: 1 } },
  ],
};

describe('a design that cannot be run fails before any dataset is drawn', () => {
  it('on one thread: every calibration runs first', () => {
    let datasets = 0;
    const e = refusal(() => runStudy(base, { onProgress: (p) => (datasets = Math.max(datasets, p.datasetsDone)) }));
    expect(e.code).toBe('STUDY_INVALID_DESIGN');
    expect(e.message).toMatch(/scenario case-2\/k2\/even: .*0\.99 cannot be reached/);
    expect(datasets).toBe(0);
  });

  it('on worker threads: the same StudyError, its class and code carried back from the thread', async () => {
    const e = await runStudyAsync(base, { workers: 2 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StudyError);
    expect((e as StudyError).code).toBe('STUDY_INVALID_DESIGN');
    expect((e as StudyError).message).toMatch(/0\.99 cannot be reached/);
  }, 30_000);

  it('a marginal whose values overflow is refused by the plan, naming the case', () => {
    const e = refusal(() =>
      planStudy({ ...base, cases: [{ id: 1, n: 30, rho: 0.2, marginal: { median: 1e308, iqr: 1e308 } }] }),
    );
    expect(e.message).toMatch(/^study spec field cases\.0\.marginal: the lognormal marginal gives Infinity/);
  });

  it('the studentized method is refused by the schema (it needs a standard error per resample)', () => {
    const e = refusal(() => validateStudySpec({ ...base, methods: ['studentized'] }));
    expect(e.path).toBe('methods.0');
    expect(e.message).toMatch(/percentile, basic, normal, bca/);
  });
});

describe('memory is judged before anything of size n is built', () => {
  it('refuses a huge n without expanding a scenario or building a generator', () => {
    const generators = {
      ...defaultGeneratorSet(),
      check: () => {
        throw new Error('the generators were consulted before the memory estimate');
      },
    };
    const spec = {
      ...base,
      calibration: { datasets: 4000 },
      grid: { allDistinct: true },
      cases: [{ id: 1, n: 1e7, rho: 0.1 }],
    };
    const e = refusal(() => planStudy(spec, { memoryLimit: 1e9, generators }));
    expect(e.code).toBe('STUDY_TOO_LARGE');
    expect(e.message).toMatch(/lower calibration\.datasets/);
  });
});

describe("scenario ids (the streams' keys) cannot collide", () => {
  const rule = defaultGeneratorSet().countRule;
  it('refuses a case id and a table pattern that would give two scenarios one id', () => {
    const spec = validateStudySpec({
      ...base,
      grid: { k: [4], patterns: ['all-distinct'], allDistinct: true },
      counts: { '20': { '4': { 'all-distinct': [5, 5, 5, 5] } } },
      cases: [
        { id: '1', n: 20, rho: 0.1 },
        { id: '1/k4', n: 20, rho: 0.1 },
      ],
    });
    expect(refusal(() => expandScenarios(spec, rule)).message).toMatch(
      /two scenarios would have the id "case-1\/k4\/all-distinct"/,
    );
  });

  it('refuses a k, pattern or method listed twice', () => {
    expect(refusal(() => validateStudySpec({ ...base, grid: { k: [2, 2], patterns: ['even'] } })).message).toMatch(
      /a k is listed twice/,
    );
    expect(refusal(() => validateStudySpec({ ...base, grid: { k: [2], patterns: ['even', 'even'] } })).message).toMatch(
      /a pattern is listed twice/,
    );
    expect(refusal(() => validateStudySpec({ ...base, methods: ['bca', 'bca'] })).message).toMatch(
      /a method is listed twice/,
    );
  });

  it('checks every entry of the count table, used by the grid or not', () => {
    const spec = validateStudySpec({ ...base, counts: { '999': { '3': { mine: [0, -1, 1.5] } } } });
    expect(refusal(() => expandScenarios(spec, rule)).message).toMatch(
      /counts\.999\.3\.mine: 3 counts|counts\.999\.3\.mine\.0: a level's count/,
    );
  });
});
