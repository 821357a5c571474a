import { libraryPreset } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// worker.ts is the entry each worker thread of bootstrapAsync loads (dist/worker.js); shims give the CJS build
// an import.meta.url to find it.
export default defineConfig(libraryPreset({ entry: ['src/index.ts', 'src/worker.ts'], shims: true }));
