import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IoError } from './errors';
import { configFormat, parseConfigText } from './parse-config-text';

const refusal = (f: () => unknown): IoError => {
  try {
    f();
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('accepted');
};

describe('parseConfigText', () => {
  it('reads the same data from YAML and from JSON', () => {
    const yaml = 'ticks: 12\nagents:\n  - { id: A, pool: 1000 }\n  - id: B\nrate: 0.5 # a comment\nname: "x: y"\n';
    const json = '{"ticks": 12, "agents": [{"id": "A", "pool": 1000}, {"id": "B"}], "rate": 0.5, "name": "x: y"}';
    expect(parseConfigText(yaml, { format: 'yaml' })).toEqual(parseConfigText(json, { format: 'json' }));
    expect(parseConfigText(json, { format: 'yaml' })).toEqual(JSON.parse(json)); // JSON is YAML 1.2
  });

  it('refuses a key named twice, in either format', () => {
    expect(refusal(() => parseConfigText('a: 1\nb: 2\na: 3\n', { format: 'yaml' })).code).toBe('IO_INVALID_YAML');
    expect(refusal(() => parseConfigText('{"a": 1, "a": 2}', { format: 'json' })).code).toBe('IO_DUPLICATE_KEY');
  });

  it('refuses an unknown tag with its line instead of printing a warning', () => {
    const e = refusal(() => parseConfigText('a: 1\nb: !custom hello\n', { format: 'yaml', source: 's.yaml' }));
    expect(e.message).toBe('YAML bootstat does not accept: Unresolved tag: !custom');
    expect(e.location).toMatchObject({ source: 's.yaml', line: 2 });
    expect(refusal(() => parseConfigText('f: !!js/function "x"\n', { format: 'yaml' })).code).toBe('IO_INVALID_YAML');
  });

  it('refuses text that is not YAML, with its line', () => {
    const e = refusal(() => parseConfigText('a: 1\nb: [1\nc: 2\n', { format: 'yaml' }));
    expect(e.message).toMatch(/^not valid YAML: /);
    expect(e.location.line).toBeGreaterThanOrEqual(2);
  });

  it('does not expand a "billion laughs" of aliases', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      laughs.push(`${name}: &${name} [${new Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(refusal(() => parseConfigText(`${laughs.join('\n')}\n`, { format: 'yaml' })).code).toBe('IO_INVALID_YAML');
  });

  it('drops a byte-order mark in either format', () => {
    expect(parseConfigText('\uFEFFa: 1\n', { format: 'yaml' })).toEqual({ a: 1 });
    expect(parseConfigText('\uFEFF{"a": 1}', { format: 'json' })).toEqual({ a: 1 });
  });

  it('throws only IoError, whatever the text (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('json', 'yaml'), (text, format) => {
        try {
          parseConfigText(text, { format: format as 'json' | 'yaml' });
        } catch (e) {
          expect(e).toBeInstanceOf(IoError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('configFormat', () => {
  it('goes by the extension, then by a leading brace', () => {
    expect(configFormat('a.JSON', 'x: 1')).toBe('json');
    expect(configFormat('a.yml', '{}')).toBe('yaml');
    expect(configFormat('a.yaml', '{}')).toBe('yaml');
    expect(configFormat('spec', '\uFEFF  {"a": 1}')).toBe('json');
    expect(configFormat('spec', 'a: 1')).toBe('yaml');
  });
});

describe('parseConfigText: what the adversarial review found', () => {
  it('refuses a second YAML document instead of dropping it, with its line', () => {
    const e = refusal(() => parseConfigText('ticks: 12\n---\ngarbage: [\n', { format: 'yaml', source: 's.yaml' }));
    expect(e.code).toBe('IO_INVALID_YAML');
    expect(e.message).toBe('a second YAML document (after ---): a configuration file holds one');
    expect(e.location).toMatchObject({ source: 's.yaml', line: 2 });
    expect(refusal(() => parseConfigText('a: 1\n---\nb: 2\n', { format: 'yaml' })).code).toBe('IO_INVALID_YAML');
    // One document, marked or not, is one.
    expect(parseConfigText('---\na: 1\n', { format: 'yaml' })).toEqual({ a: 1 });
    expect(parseConfigText('a: 1\n...\n', { format: 'yaml' })).toEqual({ a: 1 });
    expect(parseConfigText('', { format: 'yaml' })).toBeNull();
  });
});
