import { libraryBuild } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// The browser-safe core (parsers, escaping) and the Node-only entry (files, atomic writes, signals).
export default defineConfig(libraryBuild({ entries: ['src/index.ts', 'src/node.ts'] }));
