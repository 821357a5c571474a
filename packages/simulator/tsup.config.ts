import { libraryBuild } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// The browser-safe core and the Node-only entry (the command proposer).
export default defineConfig(libraryBuild({ entries: ['src/index.ts', 'src/node.ts'] }));
