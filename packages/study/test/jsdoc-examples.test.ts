// Every public function's JSDoc has an @example that runs as written (paths from the repository root), and each
// line `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGeneratorRegistries } from '@bootstat/generators';
import { describe, expect, it } from 'vitest';
import * as study from '../src/index';
import * as studyNode from '../src/node';

const SRC = new URL('../src/', import.meta.url);
const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** The @example code of each exported declaration, by name. */
function examples(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(SRC)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(new URL(file, SRC), 'utf8');
    for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export (?:async function|function|class|const) (\w+)/g)) {
      const doc = (m[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const at = doc.findIndex((l) => l.startsWith('@example'));
      if (at < 0) continue;
      const end = doc.findIndex((l, k) => k > at && l.startsWith('@'));
      found.set(m[2] as string, doc.slice(at + 1, end < 0 ? undefined : end).join('\n'));
    }
  }
  return found;
}

/** The value a trailing comment states, when it is a literal (`'lower'`, `[1, 2]`, `100`); else undefined. */
function stated(comment: string): { value: unknown } | undefined {
  try {
    return { value: new Function(`return (${comment});`)() };
  } catch {
    return undefined;
  }
}

async function run(code: string): Promise<number> {
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
  const scope = {
    ...study,
    ...studyNode,
    createGeneratorRegistries,
    // Paths in the examples are relative to the repository root.
    readStudySpec: (path: string) => studyNode.readStudySpec(`${REPO}/${path}`),
    __check: check,
  };
  await new Function(...Object.keys(scope), `return (async () => {\n${body}\n})();`)(...Object.values(scope));
  return checks;
}

describe('JSDoc examples', () => {
  const found = examples();
  const functions = Object.entries({ ...study, ...studyNode })
    .filter(([, v]) => typeof v === 'function' && !/^class\b/.test(Function.prototype.toString.call(v)))
    .map(([name]) => name);

  it('every exported function has one', () => {
    expect(functions.length).toBeGreaterThanOrEqual(10);
    for (const name of functions) expect(found.has(name), name).toBe(true);
  });

  it.each([...found.keys()])(
    '%s: runs, and gives what its comments say',
    async (name) => {
      expect(await run(found.get(name) as string)).toBeGreaterThan(0);
    },
    60_000,
  );
});
