import { CI_METHODS } from '@bootstat/stats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, PLAYGROUND_STATISTICS, type PlaygroundState, stateFromHash, stateToHash } from './state';

const anyState: fc.Arbitrary<PlaygroundState> = fc.record({
  tab: fc.constantFrom('ci' as const, 'gate' as const),
  data: fc.string({ unit: 'binary' }),
  statistic: fc.constantFrom(...PLAYGROUND_STATISTICS),
  method: fc.constantFrom(...CI_METHODS),
  level: fc.string(),
  resamples: fc.string(),
  seed: fc.string(),
  scores: fc.string({ unit: 'grapheme' }),
  runId: fc.string({ unit: 'binary' }),
  threshold: fc.string(),
});

describe('the playground state in the URL hash', () => {
  it('round-trips any state, typed text included (spaces, &, #, =, %, emoji, lone surrogates aside)', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        // A lone surrogate cannot be typed, and URLs carry UTF-8, which has none.
        const wellFormed = (s: string) =>
          !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
        fc.pre(Object.values(state).every(wellFormed));
        const back = stateFromHash(stateToHash(state));
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(state);
      }),
    );
  });

  it('names every key, so a link keeps its meaning when a default changes; values percent-encoded', () => {
    expect(stateToHash({ ...DEFAULT_STATE, method: 'percentile', data: '1, 2 & 3+4' })).toBe(
      `#tab=ci&data=1%2C%202%20%26%203%2B4&statistic=mean&method=percentile&level=0.95&resamples=9999&seed=42&scores=${encodeURIComponent(DEFAULT_STATE.scores)}&runId=${DEFAULT_STATE.runId}&threshold=0.8`,
    );
  });

  it("reads '+' as '+' (a hand-written 1e+300), and leaves out a value that is not percent-encoding", () => {
    expect(stateFromHash('#data=1e+300%202').state.data).toBe('1e+300 2');
    const bad = stateFromHash('#data=%E0%A4%A&seed=7');
    expect(bad.state.data).toBe(DEFAULT_STATE.data);
    expect(bad.state.seed).toBe('7');
    expect(bad.problems).toEqual(['The link\'s "data" is not valid percent-encoding; it is left out.']);
  });

  it('falls back to the default for a choice the page does not offer, and says so', () => {
    const { state, problems } = stateFromHash('#method=bootstrap-t&statistic=mode&tab=x&junk=1');
    expect([state.method, state.statistic, state.tab]).toEqual(['bca', 'mean', 'ci']);
    expect(problems).toEqual([
      'The link\'s tab "x" is not one of ci, gate; the playground uses ci.',
      'The link\'s statistic "mode" is not one of mean, median, std, var; the playground uses mean.',
      'The link\'s method "bootstrap-t" is not one of percentile, basic, normal, bca, studentized; the playground uses bca.',
    ]);
  });
});
