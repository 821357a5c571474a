import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RegistryError, type RegistryErrorCode } from './errors';
import { createRegistry, Registry } from './registry';
import { defineStrategy } from './strategy';

const scaled = defineStrategy({
  name: 'scaled',
  summary: 'The input times a factor',
  references: ['Nobody (2024)'],
  options: z.strictObject({
    factor: z.number().min(0).default(2).describe('What to multiply by'),
    mode: z.enum(['up', 'down']).default('up'),
    limits: z.strictObject({ max: z.number().int().max(100).default(100) }).default({ max: 100 }),
  }),
  run: (input: number, { factor, mode, limits }) =>
    Math.min(mode === 'up' ? input * factor : input / factor, limits.max),
});

const needsP = defineStrategy({
  name: 'needs-p',
  summary: 'Needs p',
  dependsOn: ['scaled'],
  options: z.strictObject({ p: z.number().min(0).max(1) }),
  run: (input: number, { p }) => input * p,
});

const base = createRegistry<number, number>()('demo');

function codeOf(f: () => unknown): { code: RegistryErrorCode; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof RegistryError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a RegistryError');
}

describe('Registry', () => {
  it('is immutable: register returns a new registry and leaves the old one as it was', () => {
    const one = base.register(scaled);
    const two = one.register(needsP);
    expect(base.names()).toEqual([]);
    expect(one.names()).toEqual(['scaled']);
    expect(two.names()).toEqual(['scaled', 'needs-p']);
    expect(two).toBeInstanceOf(Registry);
    expect(two.kind).toBe('demo');
    expect(one.has('needs-p')).toBe(false);
    expect(two.has('needs-p')).toBe(true);
    expect(two.has('toString')).toBe(false);
  });

  it('runs with the options parsed: omitted options take their defaults', () => {
    const r = base.register(scaled).register(needsP);
    expect(r.run('scaled', 3)).toBe(6);
    expect(r.run('scaled', 3, { factor: 10, mode: 'down' })).toBe(0.3);
    expect(r.run('scaled', 30, { limits: { max: 50 } })).toBe(50);
    expect(r.run('needs-p', 8, { p: 0.25 })).toBe(2);
    expect(r.parseOptions('scaled', { factor: 3 })).toEqual({ factor: 3, mode: 'up', limits: { max: 100 } });
  });

  it('get returns a frozen copy of the strategy, detached from the registered object', () => {
    const mutable = { ...scaled, references: ['A'] };
    const r = base.register(mutable);
    mutable.references.push('B');
    const got = r.get('scaled');
    expect(got.name).toBe('scaled');
    expect(got.references).toEqual(['A']);
    expect(Object.isFrozen(got)).toBe(true);
    expect(got.run(2, { factor: 2, mode: 'up', limits: { max: 100 } })).toBe(4);
  });

  it('calls run with the strategy as `this`', () => {
    const r = createRegistry<number, number>()('demo').register({
      name: 'offset',
      summary: 'Adds this.offset',
      options: z.strictObject({}),
      offsetBy: 5,
      run(input) {
        return input + this.offsetBy;
      },
    } as ReturnType<typeof defineStrategy<'offset', z.ZodObject, number, number>> & { offsetBy: number });
    expect(r.run('offset', 1)).toBe(6);
  });

  it('rejects a duplicate name with REGISTRY_DUPLICATE_NAME', () => {
    const r = base.register(scaled);
    // @ts-expect-error the duplicate is a compile error too
    const e = codeOf(() => r.register(scaled));
    expect(e.code).toBe('REGISTRY_DUPLICATE_NAME');
    expect(e.message).toContain("demo registry already has a strategy named 'scaled'");
  });

  it('rejects a strategy whose dependsOn names are not registered yet with REGISTRY_MISSING_DEPENDENCY', () => {
    const e = codeOf(() => base.register(needsP));
    expect(e.code).toBe('REGISTRY_MISSING_DEPENDENCY');
    expect(e.message).toBe(
      "demo 'needs-p' depends on 'scaled', which is not registered in the demo registry. Register 'scaled' first (registered: none).",
    );
    expect(base.register(scaled).register(needsP).names()).toEqual(['scaled', 'needs-p']);
  });

  it.each([
    ['not an object', 'bca', 'expected a strategy object, got "bca"'],
    ['no name', { summary: 's', options: z.strictObject({}), run: () => 1 }, 'name must be letters'],
    ['a name with a space', { ...scaled, name: 'my method' }, 'got "my method"'],
    ['an empty summary', { ...scaled, summary: ' ' }, "strategy 'scaled' needs a one-line summary"],
    ['no options schema', { ...scaled, options: { factor: 2 } }, 'options must be a zod 4 schema'],
    ['no run', { ...scaled, run: 'go' }, 'run must be a function, got "go"'],
    ['references not strings', { ...scaled, references: [1] }, 'references must be an array of strings'],
    ['dependsOn not an array', { ...scaled, dependsOn: 'x' }, 'dependsOn must be an array of strategy names'],
    ['meta not an object', { ...scaled, meta: 3 }, 'meta must be a plain object, got 3'],
    ['another kind', { ...scaled, kind: 'statistic' }, `is a "statistic" strategy, not a demo one`],
  ])('rejects %s with REGISTRY_INVALID_STRATEGY', (_, strategy, fragment) => {
    const e = codeOf(() => base.register(strategy as never));
    expect(e.code).toBe('REGISTRY_INVALID_STRATEGY');
    expect(e.message).toContain(fragment);
    expect(e.message).toContain('A strategy is { name, summary, options: a zod 4 schema, run(input, options) }');
  });

  it('accepts a strategy whose kind matches the registry', () => {
    expect(base.register({ ...scaled, kind: 'demo' }).names()).toEqual(['scaled']);
  });

  it('rejects an unknown name with REGISTRY_UNKNOWN_NAME, listing the known names and the likely one', () => {
    const r = base.register(scaled).register(needsP);
    const e = codeOf(() => r.run('scaeld' as 'scaled', 1));
    expect(e.code).toBe('REGISTRY_UNKNOWN_NAME');
    expect(e.message).toBe('Unknown demo "scaeld". Did you mean \'scaled\'? Known: scaled, needs-p.');
    expect(codeOf(() => r.get('SCALED' as 'scaled')).message).toContain("Did you mean 'scaled'?");
    expect(codeOf(() => r.get('zzz' as 'scaled')).message).toBe('Unknown demo "zzz". Known: scaled, needs-p.');
    expect(codeOf(() => base.get('x' as never)).message).toBe('Unknown demo "x". Known: none.');
  });

  it('runByName takes a name and options known only at run time, with the same checks', () => {
    const r = base.register(scaled);
    const fromUser: { name: string; options: unknown } = { name: 'scaled', options: { factor: 5 } };
    expect(r.runByName(fromUser.name, 2, fromUser.options)).toBe(10);
    expect(r.runByName('scaled', 2)).toBe(4);
    expect(codeOf(() => r.runByName('scald', 2)).code).toBe('REGISTRY_UNKNOWN_NAME');
    expect(codeOf(() => r.runByName('scaled', 2, { factor: '5' })).code).toBe('REGISTRY_INVALID_OPTIONS');
    expect(codeOf(() => r.runByName(7 as unknown as string, 2)).message).toBe('Unknown demo 7. Known: scaled.');
  });

  it('rejects bad options with REGISTRY_INVALID_OPTIONS naming the strategy, the path and what is accepted', () => {
    const r = base.register(scaled).register(needsP);
    const cases: [unknown, string, string][] = [
      [{ factor: 'x' }, 'scaled', `demo 'scaled': option factor is "x", but it must be a number >= 0 (default 2).`],
      [
        { mode: 'sideways' },
        'scaled',
        `demo 'scaled': option mode is "sideways", but it must be one of "up", "down" (default "up").`,
      ],
      [
        { limits: { max: 1.5 } },
        'scaled',
        `demo 'scaled': option limits.max is 1.5, but it must be an integer <= 100 (default 100).`,
      ],
      [{ factr: 3 }, 'scaled', `demo 'scaled': unknown option factr; it accepts factor, mode, limits.`],
      [undefined, 'needs-p', `demo 'needs-p': option p is required: a number >= 0 and <= 1.`],
      [{ p: 2 }, 'needs-p', `demo 'needs-p': option p is 2, but it must be a number >= 0 and <= 1.`],
      ['p', 'needs-p', `demo 'needs-p': options is "p", but it must be an object with options p.`],
    ];
    for (const [options, name, message] of cases) {
      const e = codeOf(() => r.run(name as 'scaled', 1, options as never));
      expect(e.code).toBe('REGISTRY_INVALID_OPTIONS');
      expect(e.message).toBe(message);
    }
  });

  it('reports every bad option at once, and keeps the ZodError as the cause', () => {
    const r = base.register(scaled);
    try {
      r.run('scaled', 1, { factor: -1, mode: 'x' } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as RegistryError).message).toBe(
        `demo 'scaled': option factor is -1, but it must be a number >= 0 (default 2); ` +
          `option mode is "x", but it must be one of "up", "down" (default "up").`,
      );
      expect((e as Error).cause).toBeInstanceOf(z.ZodError);
    }
  });

  it('lets errors thrown by a strategy pass through unchanged', () => {
    const boom = new TypeError('boom');
    const r = base.register({
      name: 'boom',
      summary: 'Throws',
      options: z.strictObject({}),
      run: () => {
        throw boom;
      },
    });
    expect(() => r.run('boom', 1)).toThrow(boom);
  });

  it('describes each strategy with its options as JSON Schema, defaults included', () => {
    const [first, second] = base.register(scaled).register(needsP).describe();
    expect(first).toEqual({
      kind: 'demo',
      name: 'scaled',
      summary: 'The input times a factor',
      references: ['Nobody (2024)'],
      dependsOn: [],
      options: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: {
          factor: { type: 'number', minimum: 0, default: 2, description: 'What to multiply by' },
          mode: { type: 'string', enum: ['up', 'down'], default: 'up' },
          limits: {
            type: 'object',
            // z.int() states the safe-integer range
            properties: { max: { type: 'integer', minimum: -9007199254740991, maximum: 100, default: 100 } },
            additionalProperties: false,
            default: { max: 100 },
          },
        },
        additionalProperties: false,
      },
    });
    expect(second?.dependsOn).toEqual(['scaled']);
    expect(second?.options.required).toEqual(['p']);
  });

  it('describes options JSON Schema cannot express as {} rather than failing', () => {
    const r = base.register({
      name: 'custom',
      summary: 'Takes a function',
      options: z.strictObject({ f: z.custom<() => number>((v) => typeof v === 'function').optional() }),
      run: (x, { f }) => x + (f?.() ?? 0),
    });
    expect(r.describe()[0]?.options.properties).toEqual({ f: {} });
    expect(r.run('custom', 1, { f: () => 2 })).toBe(3);
    expect(codeOf(() => r.run('custom', 1, { f: 3 } as never)).message).toBe(
      `demo 'custom': option f is 3: Invalid input.`,
    );
  });

  it('needs a kind that is a name', () => {
    expect(() => createRegistry<number, number>()('')).toThrow(RegistryError);
    expect(() => new Registry('two words')).toThrow(/A registry kind is a name/);
  });

  it('holds no state between registries: two built from the same strategies are independent', () => {
    const a = createRegistry<number, number>()('demo').register(scaled);
    const b = createRegistry<number, number>()('demo');
    expect(a.names()).toEqual(['scaled']);
    expect(b.names()).toEqual([]);
    expect(b.register(scaled).names()).toEqual(['scaled']);
  });
});
