// Every exported function and class has a JSDoc @example that runs as written, and each line
// `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
import { readdirSync, readFileSync } from 'node:fs';
import * as rng from '@bootstat/rng';
import { describe, expect, it } from 'vitest';
import * as generators from '../src/index';

const SRC = new URL('../src/', import.meta.url);

/** The @example code of each exported declaration, by name (a doc comment directly above `export …`). */
function examples(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(SRC, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(new URL(file, SRC), 'utf8');
    for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:function|class|const) (\w+)/g)) {
      const doc = (m[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const at = doc.findIndex((l) => l.startsWith('@example'));
      if (at < 0) continue;
      const end = doc.findIndex((l, k) => k > at && l.startsWith('@'));
      found.set(m[2] as string, doc.slice(at + 1, end < 0 ? undefined : end).join('\n'));
    }
  }
  return found;
}

/** The value a trailing comment states, when it is a literal (`[20, 20]`, `true`, `80`); else undefined. */
function stated(comment: string): { value: unknown } | undefined {
  try {
    return { value: new Function(`return (${comment});`)() };
  } catch {
    return undefined;
  }
}

function run(code: string): number {
  let checks = 0;
  const check = (actual: unknown, comment: string) => {
    const expected = stated(comment);
    if (expected === undefined) return;
    checks++;
    expect(actual, comment).toEqual(expected.value);
  };
  const body = code
    .split('\n')
    .map((line) => {
      const m = /^(?!const |let |\/\/)(.+?);\s*\/\/\s*(.+)$/.exec(line);
      return m === null ? line : `__check((${m[1]}), ${JSON.stringify(m[2])});`;
    })
    .join('\n');
  const scope = { ...rng, ...generators, __check: check };
  new Function(...Object.keys(scope), body)(...Object.values(scope));
  return checks;
}

describe('JSDoc examples', () => {
  const found = examples();
  const functions = Object.entries(generators)
    .filter(([, v]) => typeof v === 'function')
    .map(([name]) => name);

  it('every exported function and class has one', () => {
    expect(functions.length).toBeGreaterThanOrEqual(15);
    for (const name of functions) expect(found.has(name), name).toBe(true);
  });

  it.each([...found.keys()])('%s: runs, and gives what its comments say', (name) => {
    expect(run(found.get(name) as string)).toBeGreaterThan(0);
  });
});
