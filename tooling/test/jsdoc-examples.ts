// The one harness behind each package's test/jsdoc-examples.test.ts: every exported function (and, where asked, class)
// has a JSDoc @example that runs as written, and each line `expression; // value` whose value is a JavaScript literal
// is checked, so an example says what it gives.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The @example code of each exported declaration under `src` (recursively), by name. */
export function jsdocExamples(src: URL): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(src, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.endsWith('.test-d.ts')) continue;
    const text = readFileSync(new URL(file, src), 'utf8');
    for (const m of text.matchAll(
      /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:async function|function|class|const) (\w+)/g,
    )) {
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

/**
 * Runs an example with `scope`'s names in reach (inside an async function, so it may await) and checks every line
 * `expression; // literal`. Returns how many such lines were checked.
 */
export async function runJsdocExample(code: string, scope: Readonly<Record<string, unknown>>): Promise<number> {
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
  const all = { ...scope, __check: check };
  await new Function(...Object.keys(all), `return (async () => {\n${body}\n})();`)(...Object.values(all));
  return checks;
}

/**
 * The tests: every function exported by `modules` (and every class, with `classes: true`) has an example, and each
 * example runs and gives what its comments say.
 */
export function describeJsdocExamples(options: {
  readonly src: URL;
  readonly modules: readonly Readonly<Record<string, unknown>>[];
  readonly scope: Readonly<Record<string, unknown>>;
  readonly classes?: boolean;
  readonly atLeast: number;
  readonly timeout?: number;
}): void {
  describe('JSDoc examples', () => {
    const found = jsdocExamples(options.src);
    const functions = Object.entries(Object.assign({}, ...options.modules) as Record<string, unknown>)
      .filter(
        ([, v]) =>
          typeof v === 'function' &&
          (options.classes === true || !/^class\b/.test(Function.prototype.toString.call(v))),
      )
      .map(([name]) => name);

    it(`every exported function${options.classes === true ? ' and class' : ''} has one`, () => {
      expect(functions.length).toBeGreaterThanOrEqual(options.atLeast);
      for (const name of functions) expect(found.has(name), name).toBe(true);
    });

    it.each([...found.keys()])(
      '%s: runs, and gives what its comments say',
      async (name) => {
        expect(await runJsdocExample(found.get(name) as string, options.scope)).toBeGreaterThan(0);
      },
      options.timeout ?? 5000,
    );
  });
}
