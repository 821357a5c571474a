// Plain JavaScript on purpose: tsup loads its config with Node, which cannot import TypeScript from a
// workspace package on Node 20.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared tsup options for one build: ESM + CJS + declarations for both, from src/index.ts. Apps (the CLI) use
 * it as it is; library packages use `libraryBuild`.
 * @param {import('tsup').Options} [overrides]
 * @returns {import('tsup').Options}
 */
export function libraryPreset(overrides = {}) {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    ...overrides,
  };
}

/**
 * Removes `import './chunk-….js';` lines from the ESM output. esbuild's code splitting adds such bare imports to
 * keep the evaluation order of every chunk an entry reaches; our modules have no side effects (every package says
 * `"sideEffects": false`), so they order nothing, and a user's bundler would only warn that it ignores them.
 * @param {string} dir
 */
function stripBareChunkImports(dir) {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const stripped = text.replace(/^import '\.\/chunk-[A-Za-z0-9_-]+\.js';\n/gm, '');
    if (stripped !== text) writeFileSync(path, stripped);
  }
}

/**
 * The builds of a library package. ESM: every source module is an entry of one code-split build, so each module's
 * code lands in a chunk of its own and a bundler that imports `{ mean }` takes mean's code alone — zod schemas used
 * elsewhere stay out. CJS (not tree-shaken by bundlers anyway): the public entries only, split so that they share
 * one copy of each class (`instanceof` holds across entries). Declarations for the public entries.
 * @param {{ entries?: string[], shims?: boolean }} [options]
 * @returns {import('tsup').Options[]}
 */
export function libraryBuild({ entries = ['src/index.ts'], shims = false } = {}) {
  return [
    libraryPreset({
      entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.properties.ts'],
      format: ['esm'],
      splitting: true,
      shims,
      dts: { entry: entries },
      onSuccess: async () => stripBareChunkImports('dist'),
    }),
    libraryPreset({ entry: entries, format: ['cjs'], splitting: true, shims, dts: { entry: entries }, clean: false }),
  ];
}
