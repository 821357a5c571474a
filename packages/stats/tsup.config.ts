import { libraryBuild } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// Three public entries: the browser-safe core, the Node-only one (worker threads), and worker.ts, the module each
// worker thread of bootstrapAsync loads (dist/worker.js). Shims give the CJS build an import.meta.url.
export default defineConfig(libraryBuild({ entries: ['src/index.ts', 'src/node.ts', 'src/worker.ts'], shims: true }));
