import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob } from './glob';
import { naturalCompare } from './natural-compare';

describe('naturalCompare', () => {
  it('orders digit runs by value, and is a total order', () => {
    const names = ['cycle-10.json', 'cycle-2.json', 'cycle-1.json', 'b', 'a10b', 'a9b', 'cycle-02.json'];
    expect([...names].sort(naturalCompare)).toEqual([
      'a9b',
      'a10b',
      'b',
      'cycle-1.json',
      'cycle-02.json',
      'cycle-2.json',
      'cycle-10.json',
    ]);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(naturalCompare(a, b)) + Math.sign(naturalCompare(b, a))).toBe(0);
        if (naturalCompare(a, b) === 0) expect(a).toBe(b);
      }),
    );
  });
});

describe('compileGlob', () => {
  it.each([
    ['runs/*.json', 'runs', ['a.json'], ['a/b.json', 'a.jsonl']],
    ['runs/**/cycle-*.json', 'runs', ['cycle-1.json', 'x/y/cycle-22.json'], ['x/other.json']],
    ['**/*.csv', '.', ['a.csv', 'a/b/c.csv'], ['a.json']],
    ['r/c?.json', 'r', ['c1.json'], ['c12.json']],
    ['r/(x).json*', 'r', ['(x).json', '(x).jsonl'], ['x.json']],
  ])('%s walks %s and matches what it should', (pattern, base, yes, no) => {
    const g = compileGlob(pattern);
    expect(g.base).toBe(base);
    for (const p of yes) expect(g.matches(p)).toBe(true);
    for (const p of no) expect(g.matches(p)).toBe(false);
  });
});
