import { libraryBuild } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// The browser-safe core, the Node-only entry (spec files, worker threads) and the module each worker thread loads
// (dist/study-worker.js). Shims give the CJS build an import.meta.url.
export default defineConfig(
  libraryBuild({ entries: ['src/index.ts', 'src/node.ts', 'src/study-worker.ts'], shims: true }),
);
