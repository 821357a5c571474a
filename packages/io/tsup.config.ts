import { libraryPreset } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// Two entries: the browser-safe core (parsers, escaping) and the Node-only one (files, atomic writes).
export default defineConfig(libraryPreset({ entry: ['src/index.ts', 'src/node.ts'] }));
