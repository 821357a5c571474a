// Plain JavaScript on purpose: tsup loads its config with Node, which cannot import TypeScript from a
// workspace package on Node 20.

/**
 * The shared tsup options for a library package: ESM + CJS + declarations for both, from src/index.ts.
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
