import { libraryPreset } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// The bin (cli.js; tsup keeps its shebang and makes it executable) and the in-process entry (main.js).
export default defineConfig(libraryPreset({ entry: ['src/cli.ts', 'src/main.ts'], format: ['esm'] }));
