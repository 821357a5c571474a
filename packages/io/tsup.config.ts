import { libraryPreset } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// Two entries: the browser-safe core (parsers, escaping) and the Node-only one (files, atomic writes). Splitting
// puts what they share (IoError above all) in one chunk, so `instanceof IoError` holds across the two entries.
export default defineConfig(libraryPreset({ entry: ['src/index.ts', 'src/node.ts'], splitting: true }));
