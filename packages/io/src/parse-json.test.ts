import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IoError } from './errors';
import { JSON_MAX_DEPTH, locateJson, parseJson, positionAt } from './parse-json';

function thrown(f: () => unknown): IoError {
  try {
    f();
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('expected an IoError');
}

describe('parseJson', () => {
  it('reads what JSON.parse reads, value for value (documents without repeated keys)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJson(text)).toStrictEqual(JSON.parse(text));
      }),
    );
  });

  it('refuses what JSON.parse refuses, with a coded error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        fc.pre(!native);
        expect(thrown(() => parseJson(text)).code).toMatch(/^IO_/);
      }),
    );
  });

  it('refuses a repeated key, naming it and where the second one is', () => {
    const e = thrown(() => parseJson('{\n  "runId": "a",\n  "cases": [],\n  "cases": [1]\n}', { source: 'r.json' }));
    expect(e.code).toBe('IO_DUPLICATE_KEY');
    expect(e.message).toContain('"cases"');
    expect(e.location).toEqual({ source: 'r.json', line: 4, column: 3 });
  });

  it('refuses a repeated key written with escapes ("a" and "\\u0061" are one key)', () => {
    expect(thrown(() => parseJson('{"a": 1, "\\u0061": 2}')).code).toBe('IO_DUPLICATE_KEY');
  });

  it('allows one key in different objects', () => {
    expect(parseJson('[{"a": 1}, {"a": 2}]')).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('names a number too large for a double as written, not as null or Infinity', () => {
    const e = thrown(() => parseJson('[1, 2,\n -1e999]'));
    expect(e.code).toBe('IO_NUMBER_OUT_OF_RANGE');
    expect(e.message).toContain('-1e999');
    expect(e.location).toEqual({ line: 2, column: 2 });
  });

  it('reads -0 and the extremes exactly', () => {
    expect(Object.is(parseJson('-0'), -0)).toBe(true);
    expect(parseJson('[5e-324, 1.7976931348623157e308, 1e-400]')).toEqual([5e-324, Number.MAX_VALUE, 0]);
  });

  it('keeps "__proto__" as data, never as the prototype', () => {
    const v = parseJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('limits nesting instead of overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const e = thrown(() => parseJson(deep));
    expect(e.code).toBe('IO_TOO_DEEP');
    expect(e.message).toContain(String(JSON_MAX_DEPTH));
    expect(parseJson(`${'['.repeat(JSON_MAX_DEPTH)}${']'.repeat(JSON_MAX_DEPTH)}`)).toBeInstanceOf(Array);
  });

  it.each([
    ['NaN', 'NaN is not a JSON value'],
    ['[1,]', 'expected a value'],
    ['{"a" 1}', "expected ':'"],
    ['"abc', 'never ends'],
    ['"a\u0001b"', 'U+0001'],
    ['01', 'after the end'],
    ['{"a":1}{', 'after the end'],
    ["{'a':1}", 'a key in quotes'],
    ['"\\x41"', 'bad escape'],
  ])('explains invalid JSON %j', (text, words) => {
    const e = thrown(() => parseJson(text));
    expect(e.code).toBe('IO_INVALID_JSON');
    expect(e.message).toContain(words);
  });

  it('counts lines from firstLine (a JSONL line)', () => {
    expect(thrown(() => parseJson('[1, x]', { firstLine: 7 })).location).toEqual({ line: 7, column: 5 });
  });
});

describe('locateJson', () => {
  it('finds where a value starts', () => {
    const text = '{\n "a": [10,\n   20],\n "b": {"c": null}\n}';
    expect(locateJson(text, ['a', 1])).toEqual({ line: 3, column: 4 });
    expect(locateJson(text, ['b', 'c'])).toEqual({ line: 4, column: 13 }); // ' "b": {"c": null}': n is the 13th character
    expect(locateJson(text, [])).toEqual({ line: 1, column: 1 });
    expect(locateJson(text, ['nope'])).toBeUndefined();
  });

  it('agrees with positionAt', () => {
    expect(positionAt('ab\ncd\r\nef', 8)).toEqual({ line: 3, column: 2 });
  });
});
