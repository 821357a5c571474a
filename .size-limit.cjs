// Size budgets, checked by `pnpm test` (size-limit with its esbuild plugin: minified, then gzipped unless said).
// What a browser app pays for one import from @bootstat/stats, and the gate Action's committed bundle.
module.exports = [
  {
    name: 'import { bootstrap } from @bootstat/stats',
    path: 'packages/stats/dist/index.js',
    import: '{ bootstrap }',
    limit: '35 kB', // the ecosystem issue's budget was 45 kB; zod/mini for the options brought it to 27 kB, two WebAssembly kernels add about 3
    gzip: true,
  },
  {
    name: 'import { mean } from @bootstat/stats',
    path: 'packages/stats/dist/index.js',
    import: '{ mean }',
    limit: '5 kB',
    gzip: true,
  },
  {
    name: 'import { percentile } from @bootstat/stats',
    path: 'packages/stats/dist/index.js',
    import: '{ percentile }',
    limit: '5 kB',
    gzip: true,
  },
  {
    name: 'import { spearman } from @bootstat/stats',
    path: 'packages/stats/dist/index.js',
    import: '{ spearman }',
    limit: '5 kB',
    gzip: true,
  },
  {
    name: 'the gate Action bundle (apps/gate-action/dist/index.js, as committed)',
    path: 'apps/gate-action/dist/index.js',
    limit: '1 MB',
    gzip: false,
    brotli: false,
    // size-limit bundles again, for Node (the file is already one bundle); the test of the Action checks the
    // committed file's own size (apps/gate-action/test/bundle.test.ts).
    modifyEsbuildConfig: (config) => ({ ...config, platform: 'node', format: 'esm' }),
  },
];
