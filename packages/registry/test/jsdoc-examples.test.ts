// Every public function's JSDoc has an @example that runs as written (paths from the repository root), and each
// line `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
//
// The registry's examples are TypeScript (type arguments such as `createRegistry<number, number>()`, annotated
// parameters): each is compiled to JavaScript first, comments kept, then run as describeJsdocExamples runs one;
// `import()`, which code built by `new Function` cannot call here, is this module's.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { jsdocExamples, runJsdocExample } from '../../../tooling/test/jsdoc-examples';
import * as registry from '../src/index';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

const scope = {
  ...registry,
  z,
  __import: (url: string) => import(/* @vite-ignore */ url),
  // Paths in the examples are relative to the repository root.
  pathToFileURL: (path: string) => pathToFileURL(resolve(REPO, path)),
};

/** An example's TypeScript as JavaScript: types erased, comments and lines kept, `import(…)` through `__import`. */
function javascript(code: string): string {
  return ts
    .transpileModule(code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
    })
    .outputText.replace(/\bimport\(/g, '__import(');
}

describe('JSDoc examples', () => {
  const found = jsdocExamples(new URL('../src/', import.meta.url));
  const functions = Object.entries(registry)
    .filter(([, v]) => typeof v === 'function' && !/^class\b/.test(Function.prototype.toString.call(v)))
    .map(([name]) => name);

  it('every exported function has one', () => {
    expect(functions.length).toBeGreaterThanOrEqual(10);
    for (const name of functions) expect(found.has(name), name).toBe(true);
  });

  it.each([...found.keys()])('%s: runs, and gives what its comments say', async (name) => {
    expect(await runJsdocExample(javascript(found.get(name) as string), scope)).toBeGreaterThan(0);
  });
});
