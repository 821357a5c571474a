/** Writes dist/licenses.txt, the licence notices of the bundled third-party packages, from esbuild's metafile. */
export declare function writeLicenses(dist: string): void;
