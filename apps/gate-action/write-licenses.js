// Plain JavaScript: tsup loads its config (and this) with Node. Writes dist/licenses.txt, the licence notices of
// every third-party package the bundle holds, from esbuild's metafile; then removes the metafile.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package directory of a bundled input path, or undefined for our own sources. */
function packageDir(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m === null ? undefined : m[1];
}

/** @param {string} dist */
export function writeLicenses(dist) {
  const metafile = join(dist, 'metafile-esm.json');
  const meta = JSON.parse(readFileSync(metafile, 'utf8'));
  const dirs = new Set();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, info] of Object.entries(output.inputs)) {
      if (info.bytesInOutput === 0) continue;
      const dir = packageDir(input);
      if (dir !== undefined) dirs.add(dir);
    }
  }
  const sections = [...dirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
      const text =
        file === undefined
          ? `(no licence file in the package; package.json says ${pkg.license})`
          : readFileSync(join(dir, file), 'utf8').trim();
      return { name: pkg.name, text: `${pkg.name} ${pkg.version} — ${pkg.license ?? 'unknown licence'}\n\n${text}\n` };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const own = readFileSync(join(dirname(dist), 'LICENSE'), 'utf8').trim();
  writeFileSync(
    join(dist, 'licenses.txt'),
    `The bootstat gate Action (dist/index.js) bundles the code below. Its own licence:\n\n${own}\n\n${sections
      .map((s) => `${'-'.repeat(78)}\n${s.text}`)
      .join('\n')}`,
  );
  if (existsSync(metafile)) rmSync(metafile);
}
