import type { Options } from 'tsup';

/** The shared tsup options for a library package: ESM + CJS + declarations for both, from src/index.ts. */
export declare function libraryPreset(overrides?: Options): Options;
