import type { Options } from 'tsup';

/** The shared tsup options for one build: ESM + CJS + declarations for both, from src/index.ts (apps use it). */
export declare function libraryPreset(overrides?: Options): Options;

/**
 * The builds of a library package: ESM with every module split out (tree-shakeable to the function), CJS with the
 * public entries; declarations for the public entries.
 */
export declare function libraryBuild(options?: { entries?: string[]; shims?: boolean }): Options[];
