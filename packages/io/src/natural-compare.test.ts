import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
