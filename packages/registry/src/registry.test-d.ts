// Type tests: run by `vitest run` (typecheck mode, see vitest.config.ts) and by `pnpm typecheck`.
import type { BootstrapResult, Statistic } from '@bootstat/stats';
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { CiMethodInput } from './create-ci-method-registry';
import { createStatsRegistries } from './create-stats-registries';
import type { IntervalResult } from './interval-result';
import { createRegistry, type Registry } from './registry';
import { defineStrategy, type Strategy } from './strategy';

const half = defineStrategy({
  name: 'half',
  summary: 'Half of the input',
  options: z.strictObject({ scale: z.number().default(1) }),
  run: (input: number, { scale }) => (input / 2) * scale,
});
const quantile = defineStrategy({
  name: 'quantile',
  summary: 'Needs p',
  options: z.strictObject({ p: z.number().min(0).max(1) }),
  run: (input: number, { p }) => input * p,
});
const empty = createRegistry<number, number>()('demo');
const chained = empty.register(half).register(quantile);
const input: CiMethodInput = { samples: [[1, 2, 3]], statistic: 'mean' };

describe('defineStrategy', () => {
  it('keeps the literal name and types run from the options schema', () => {
    expectTypeOf(half.name).toEqualTypeOf<'half'>();
    expectTypeOf(half).toExtend<Strategy<'half', z.ZodType, number, number>>();
    expectTypeOf(half.run).parameter(1).toEqualTypeOf<{ scale: number }>();
  });
});

describe('Registry types', () => {
  it('infers the kind and every name after chained registration', () => {
    expectTypeOf(empty.kind).toEqualTypeOf<'demo'>();
    expectTypeOf(empty.names()).toEqualTypeOf<never[]>();
    expectTypeOf(chained.names()).toEqualTypeOf<('half' | 'quantile')[]>();
    expectTypeOf(chained).toEqualTypeOf<
      Registry<'demo', number, number, { half: typeof half.options; quantile: typeof quantile.options }>
    >();
  });

  it('checks run options against the schema input, and requires them only when something is required', () => {
    expectTypeOf(chained.run('half', 4)).toEqualTypeOf<number>();
    expectTypeOf(chained.run('half', 4, { scale: 3 })).toEqualTypeOf<number>();
    // @ts-expect-error scale is a number
    chained.run('half', 4, { scale: 'x' });
    // @ts-expect-error unknown option
    chained.run('half', 4, { scael: 3 });
    // @ts-expect-error p is required, so the options are too
    chained.run('quantile', 4);
    chained.run('quantile', 4, { p: 0.5 });
    // @ts-expect-error the input type is the registry's
    chained.run('half', 'four');
  });

  it('rejects unknown names at compile time, and has() narrows a string', () => {
    // @ts-expect-error not registered
    chained.run('double', 4);
    // @ts-expect-error not registered
    chained.get('double');
    const flag: string = 'half';
    if (chained.has(flag)) expectTypeOf(flag).toEqualTypeOf<'half' | 'quantile'>();
  });

  it('get() returns the precise strategy type', () => {
    const got = chained.get('quantile');
    expectTypeOf(got).toEqualTypeOf<Strategy<'quantile', typeof quantile.options, number, number>>();
    expectTypeOf(got.name).toEqualTypeOf<'quantile'>();
    expectTypeOf(got.run).parameter(1).toEqualTypeOf<{ p: number }>();
    expectTypeOf(chained.parseOptions('half')).toEqualTypeOf<{ scale: number }>();
  });

  it('rejects a duplicate name and a strategy of another input or output type at compile time', () => {
    // @ts-expect-error 'half' is already registered
    chained.register(half);
    const text = defineStrategy({ name: 'text', summary: 's', options: z.strictObject({}), run: (s: string) => s });
    // @ts-expect-error input and output are strings, not numbers
    chained.register(text);
  });
});

describe('createStatsRegistries types', () => {
  const registries = createStatsRegistries();

  it('types ciMethod.run: names, options and an IntervalResult that a BootstrapResult satisfies', () => {
    expectTypeOf(registries.ciMethod.names()).toEqualTypeOf<
      ('percentile' | 'basic' | 'normal' | 'bca' | 'studentized')[]
    >();
    expectTypeOf(registries.ciMethod.run('bca', input, { nResamples: 1000 })).toEqualTypeOf<IntervalResult>();
    // @ts-expect-error nResamples is a number
    registries.ciMethod.run('bca', input, { nResamples: 'x' });
    // @ts-expect-error alternative is one of 'two-sided' | 'less' | 'greater'
    registries.ciMethod.run('bca', input, { alternative: 'both' });
    // @ts-expect-error standardError belongs to studentized only
    registries.ciMethod.run('bca', input, { standardError: 'nested' });
    registries.ciMethod.run('studentized', input, { standardError: 'nested', nestedResamples: 50 });
    // @ts-expect-error no such method
    registries.ciMethod.run('bcaa', input);
    expectTypeOf<BootstrapResult>().toExtend<IntervalResult>();
  });

  it('types the statistic, rng and resampler registries', () => {
    expectTypeOf(registries.statistic.run('quantile', undefined, { p: 0.9 })).toEqualTypeOf<Statistic>();
    // @ts-expect-error quantile needs p
    registries.statistic.run('quantile', undefined);
    expectTypeOf(registries.statistic.get('spearman').meta).toEqualTypeOf<
      { readonly arity: number; readonly paired: 'required' | 'allowed' } | undefined
    >();
    expectTypeOf(registries.rng.run('mersenne', undefined, { seed: 1 }).name).toEqualTypeOf<
      'xoroshiro128plus' | 'mersenne' | 'xorshift128plus' | 'congruential32' | 'xorshift64star'
    >();
    // @ts-expect-error seed is required
    registries.rng.run('mersenne', undefined);
    expectTypeOf(registries.resampler.run('paired', undefined)).toEqualTypeOf<{ readonly paired: boolean }>();
  });

  it('registering on a built-in registry adds the name to its type', () => {
    const wilson = defineStrategy({
      name: 'wilson',
      summary: 'Wilson',
      options: z.strictObject({ confidenceLevel: z.number().default(0.95) }),
      run: (_: CiMethodInput, { confidenceLevel }): IntervalResult => ({
        estimate: 0,
        ci: { low: 0, high: 0 },
        method: 'wilson',
        confidenceLevel,
        alternative: 'two-sided',
        statistic: 'proportion',
        warnings: [],
      }),
    });
    const extended = registries.ciMethod.register(wilson);
    expectTypeOf(extended.run('wilson', input, { confidenceLevel: 0.9 })).toEqualTypeOf<IntervalResult>();
    expectTypeOf(extended.run('bca', input, { nResamples: 10 })).toEqualTypeOf<IntervalResult>();
    // @ts-expect-error wilson has no nResamples
    extended.run('wilson', input, { nResamples: 10 });
  });
});
