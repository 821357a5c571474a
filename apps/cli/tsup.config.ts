import { libraryPreset } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

// The bin (cli.js; tsup keeps its shebang and makes it executable), the in-process entry (main.js), and the
// drawings (plots.js, browser-safe; the docs site's playground uses them).
export default defineConfig(libraryPreset({ entry: ['src/cli.ts', 'src/main.ts', 'src/plots.ts'], format: ['esm'] }));
