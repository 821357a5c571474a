import { defineConfig } from 'tsup';
import { writeLicenses } from './write-licenses.js';

// One self-contained bundle, committed: GitHub runs dist/index.js without installing anything. Workspace packages
// are read from their sources (the @bootstat/source condition) and every dependency is inlined. CommonJS
// dependencies call require() for Node built-ins, which an ES module lacks: the banner provides it. The licence
// notices of the bundled packages go to dist/licenses.txt, beside the bundle.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  outDir: 'dist',
  target: 'node20',
  platform: 'node',
  noExternal: [/.*/],
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: true,
  treeshake: false,
  metafile: true,
  banner: {
    js: "import { createRequire as __bootstatCreateRequire } from 'node:module';\nconst require = __bootstatCreateRequire(import.meta.url);",
  },
  esbuildOptions(options) {
    options.conditions = ['@bootstat/source'];
    options.legalComments = 'none';
  },
  onSuccess: async () => writeLicenses('dist'),
});
