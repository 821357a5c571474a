import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces, isGlob } from './glob';

describe('compileGlob', () => {
  it.each([
    ['runs/*.json', 'runs', ['a.json'], ['a/b.json', 'a.jsonl']],
    ['runs/**/cycle-*.json', 'runs', ['cycle-1.json', 'x/y/cycle-22.json'], ['x/other.json']],
    ['**/*.csv', '.', ['a.csv', 'a/b/c.csv'], ['a.json']],
    ['r/c?.json', 'r', ['c1.json'], ['c12.json']],
    ['r/(x).json*', 'r', ['(x).json', '(x).jsonl'], ['x.json']],
    ['r/cycle-[1-3].json', 'r', ['cycle-1.json', 'cycle-3.json'], ['cycle-4.json', 'cycle-12.json']],
    ['r/[!a]*.json', 'r', ['b.json', 'zz.json'], ['a.json', 'x/b.json']],
    ['r/[]x].json', 'r', ['].json', 'x.json'], ['y.json']],
  ])('%s walks %s and matches what it should', (pattern, base, yes, no) => {
    const g = compileGlob(pattern);
    expect(g.base).toBe(base);
    for (const p of yes) expect(g.matches(p), p).toBe(true);
    for (const p of no) expect(g.matches(p), p).toBe(false);
  });

  it('refuses a class that never closes', () => {
    expect(() => compileGlob('r/[ab.json')).toThrow(expect.objectContaining({ code: 'IO_INVALID_OPTION' }));
  });
});

describe('expandBraces', () => {
  it('expands alternatives as a shell does, nested and repeated', () => {
    expect(expandBraces('runs/{a,b}/c.json')).toEqual(['runs/a/c.json', 'runs/b/c.json']);
    expect(expandBraces('{a,b{1,2}}-{x,y}')).toEqual(['a-x', 'a-y', 'b1-x', 'b1-y', 'b2-x', 'b2-y']);
    expect(expandBraces('x{y}z')).toEqual(['x{y}z']);
    expect(expandBraces('plain')).toEqual(['plain']);
  });

  it('refuses an expansion past 1024 patterns', () => {
    expect(() => expandBraces('{a,b,c,d}'.repeat(6))).toThrow(expect.objectContaining({ code: 'IO_INVALID_OPTION' }));
  });

  it('knows a glob', () => {
    for (const p of ['*.json', 'a?.csv', 'a/[xy]', 'a/{b,c}']) expect(isGlob(p)).toBe(true);
    expect(isGlob('runs/a.json')).toBe(false);
  });
});
