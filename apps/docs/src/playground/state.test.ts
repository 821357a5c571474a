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

  it('is empty for the defaults, and names only what differs', () => {
    expect(stateToHash(DEFAULT_STATE)).toBe('');
    expect(stateToHash({ ...DEFAULT_STATE, method: 'percentile', data: '1, 2 & 3' })).toBe(
      '#data=1%2C+2+%26+3&method=percentile',
    );
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
