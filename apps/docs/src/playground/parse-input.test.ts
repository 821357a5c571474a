import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberField, parseNumberList } from './parse-input';

describe('parseNumberList', () => {
  it('reads numbers separated by commas, semicolons, spaces, tabs and new lines (one of , and ; in the first line)', () => {
    expect(parseNumberList('1, 2, 3\n4 5\t6\n-6.5e1\r\n+.5')).toEqual({
      ok: true,
      value: [1, 2, 3, 4, 5, 6, -65, 0.5],
    });
    expect(parseNumberList('1;2;3\n4\n5 6')).toEqual({ ok: true, value: [1, 2, 3, 4, 5, 6] });
  });

  it('names the first item that is not a number, and gives no number', () => {
    expect(parseNumberList('1, 2, abc')).toEqual({
      ok: false,
      message:
        'Item 3 of the data, "abc", is not a number. Give numbers only, separated by commas, spaces or new lines.',
    });
    expect(parseNumberList('4 NA 5')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"NA", is a missing value'),
    });
    expect(parseNumberList('1e999')).toMatchObject({ ok: false, message: expect.stringContaining('too large') });
    expect(parseNumberList('0x10')).toMatchObject({ ok: false });
    expect(parseNumberList(' \n ,, ')).toEqual({
      ok: false,
      message: 'There are no numbers in the data: type or paste some.',
    });
    expect(parseNumberList('', 'scores')).toEqual({
      ok: false,
      message: 'There are no numbers in the scores: type or paste some.',
    });
  });

  it('finds the decimal mark as the CLI does, and refuses a text that reads two ways', () => {
    for (const text of ['1,5', '1,000', '1,5;2,5', '1,5\n2,5\n3,5', '3,5 4,5 5,5']) {
      expect(parseNumberList(text), text).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^The data reads two ways: cannot tell .*Write decimals with '\.'/),
      });
    }
    expect(parseNumberList('1,5')).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        `whether ',' separates two columns or is the decimal mark ("1,5" reads either way).`,
      ),
    });
    expect(parseNumberList('1,2,3')).toEqual({ ok: true, value: [1, 2, 3] });
    expect(parseNumberList('1,2, 3\n4')).toEqual({ ok: true, value: [1, 2, 3, 4] });
    expect(parseNumberList('1.5,2.5 3.5')).toEqual({ ok: true, value: [1.5, 2.5, 3.5] });
    expect(parseNumberList('12.1,11.4\n12.7,15.2')).toEqual({ ok: true, value: [12.1, 11.4, 12.7, 15.2] });
    // Decimal commas between tabs or semicolons are what detectDialect calls a decimal comma.
    expect(parseNumberList('1,5\t2,25\n3,5\t4')).toEqual({ ok: true, value: [1.5, 2.25, 3.5, 4] });
    expect(parseNumberList('12,5;13,25\n14;15,5')).toEqual({ ok: true, value: [12.5, 13.25, 14, 15.5] });
  });

  it('cuts a long bad item in its message', () => {
    const r = parseNumberList(`1 ${'x'.repeat(1000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(160);
  });

  it('reads back exactly the doubles it was given, written in their shortest form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }),
        fc.constantFrom(', ', '\n', ' ', ';'),
        (xs, sep) => {
          const r = parseNumberList(xs.map(String).join(sep));
          // -0 is written "0" by String: the one double whose text does not keep its sign.
          expect(r).toEqual({ ok: true, value: xs.map((x) => (Object.is(x, -0) ? 0 : x)) });
        },
      ),
    );
  });

  it('never throws, and either reads numbers or says why not (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const r = parseNumberList(text);
        if (r.ok) {
          expect(r.value.length).toBeGreaterThan(0);
          expect(r.value.every(Number.isFinite)).toBe(true);
        } else
          expect(r.message).toMatch(
            /^(Item \d+ of the data|There are no numbers|The data reads two ways|The data cannot be read)/,
          );
      }),
    );
  });
});

describe('parseNumberField', () => {
  it('reads one number, and refuses a fraction where a whole number is needed', () => {
    expect(parseNumberField(' 0.9 ', 'Level')).toEqual({ ok: true, value: 0.9 });
    expect(parseNumberField('95%', 'Level')).toEqual({ ok: false, message: 'Level: "95%" is not a number.' });
    expect(parseNumberField('10.5', 'Seed', true)).toEqual({
      ok: false,
      message: 'Seed: "10.5" is not a whole number.',
    });
    expect(parseNumberField('1e3', 'Resamples', true)).toEqual({ ok: true, value: 1000 });
  });
});
