// A user who bundles their own Node app with @bootstat/stats folded in once met "Cannot find module …/worker.js"
// from inside a worker thread. bootstrapAsync now checks for its worker module before starting any thread and says
// the one fix (keep @bootstat/stats external); with that option the bundled app computes the same bits as the
// library. Both are checked here on a real esbuild bundle run by Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '@bootstat/stats';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const HERE = fileURLToPath(new URL('..', import.meta.url));
// Inside this package, so that the external variant finds @bootstat/stats in its node_modules, as an app would.
const DIR = mkdtempSync(join(HERE, '.node-bundle-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const DATA = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 16.3, 10.8];
const APP = `
import { bootstrapAsync } from '@bootstat/stats/node';
const r = await bootstrapAsync([${JSON.stringify(DATA)}], 'mean', { seed: 7, nResamples: 4000, workers: 2 });
console.log(JSON.stringify([r.ci.low, r.ci.high, r.standardError]));
`;

async function bundleApp(name: string, external: string[]): Promise<string> {
  const outfile = join(DIR, name, 'out', 'app.mjs');
  await build({
    stdin: { contents: APP, resolveDir: HERE, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external,
    logLevel: 'silent',
  });
  return outfile;
}

describe('bootstrapAsync in an app bundled for Node', () => {
  it('folded in, it fails before any thread starts and names the fix', async () => {
    const app = await bundleApp('folded', []);
    const r = spawnSync(process.execPath, [app], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toContain('Cannot find module');
    expect(r.stderr).toContain('STATS_INVALID_OPTION');
    expect(r.stderr).toContain('Keep @bootstat/stats external to the bundle (esbuild --external:@bootstat/stats');
  });

  it('folded in next to a stray dist/worker.js, it still names the fix instead of loading that file', async () => {
    const app = await bundleApp('stray', []);
    mkdirSync(join(DIR, 'stray', 'dist'));
    writeFileSync(join(DIR, 'stray', 'dist', 'worker.js'), 'export default () => new Float64Array();\n');
    const r = spawnSync(process.execPath, [app], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Keep @bootstat/stats external to the bundle');
  });

  it('with --external:@bootstat/stats, the app runs its workers and gets the library’s bits', async () => {
    const app = await bundleApp('external', ['@bootstat/stats']);
    const r = spawnSync(process.execPath, [app], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const expected = bootstrap([DATA], 'mean', { seed: 7, nResamples: 4000 });
    expect(JSON.parse(r.stdout)).toEqual([expected.ci.low, expected.ci.high, expected.standardError]);
  });
});
