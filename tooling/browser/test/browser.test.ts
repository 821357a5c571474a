// Every package's main entry bundles for the browser with no error (no Node built-in behind it), and computes in
// Chromium the same bits as in Node. Chromium is Debian's (`apt-get install chromium`, which .ci/run does when it
// is missing), driven by playwright-core.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { probe } from '../src/probe';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ENTRIES = [
  '@bootstat/rng',
  '@bootstat/stats',
  '@bootstat/registry',
  '@bootstat/io',
  '@bootstat/campaign',
  '@bootstat/generators',
  '@bootstat/study',
  '@bootstat/simulator',
];

/** Bundles `code` for the browser as a user's bundler would: the packages' built files, browser conditions. */
async function bundle(code: string, format: 'esm' | 'iife' = 'esm') {
  return build({
    stdin: { contents: code, resolveDir: HERE, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format,
    ...(format === 'iife' ? { globalName: 'bootstatProbe' } : {}),
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
}

describe('the main entries in a browser', () => {
  it.each(ENTRIES)('%s bundles for the browser with no error and no Node built-in', async (name) => {
    const r = await bundle(`export * from '${name}';`);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const inputs = Object.keys(r.metafile?.inputs ?? {});
    expect(inputs.filter((f) => /^node:|\/node_modules\/(tinypool)\//.test(f))).toEqual([]);
    // What a user's bundler reads is what is published: each package's dist, not its sources.
    expect(inputs.some((f) => f.includes(`${name.replace('@bootstat/', 'packages/')}/dist/`))).toBe(true);
  });

  it('the Node-only entries stay out of the browser: they do import Node built-ins', async () => {
    for (const name of [
      '@bootstat/stats/node',
      '@bootstat/io/node',
      '@bootstat/campaign/node',
      '@bootstat/study/node',
    ]) {
      const r = await bundle(`export * from '${name}';`).catch((e: { errors: unknown[] }) => e);
      expect(r.errors.length, name).toBeGreaterThan(0);
    }
  });

  it('computes in Chromium the same bits as in Node, through every package', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`).toBe(true);
    const r = await bundle(
      `export { probe } from ${JSON.stringify(fileURLToPath(new URL('../src/probe.ts', import.meta.url)))};`,
      'iife',
    );
    const script = r.outputFiles[0]?.text ?? '';
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!doctype html><title>bootstat</title>');
      await page.addScriptTag({ content: script });
      const inBrowser = await page.evaluate(() =>
        (globalThis as unknown as { bootstatProbe: { probe: () => unknown } }).bootstatProbe.probe(),
      );
      const userAgent = await page.evaluate(() => navigator.userAgent);
      expect(errors).toEqual([]);
      expect(userAgent).toMatch(/Chrome\//);
      // Every number in the probe is a string of its bits, so equal JSON is equal bits.
      expect(JSON.stringify(inBrowser)).toBe(JSON.stringify(probe()));
    } finally {
      await browser.close();
    }
  });

  it("computes the same bits where WebAssembly is refused (a page whose content security policy lacks 'wasm-unsafe-eval')", async () => {
    // The means' fused WebAssembly kernel falls back to the JavaScript path, with the same bits.
    const r = await bundle(
      `export { probe } from ${JSON.stringify(fileURLToPath(new URL('../src/probe.ts', import.meta.url)))};`,
      'iife',
    );
    const script = r.outputFiles[0]?.text ?? '';
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const compiles = async (csp: string | undefined) => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const meta = csp === undefined ? '' : `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
        await page.setContent(`<!doctype html>${meta}<title>bootstat</title>`);
        await page.addScriptTag({ content: script });
        const wasm = await page.evaluate(() => {
          try {
            new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0));
            return 'compiles';
          } catch {
            return 'refused';
          }
        });
        const result = await page.evaluate(() =>
          (globalThis as unknown as { bootstatProbe: { probe: () => unknown } }).bootstatProbe.probe(),
        );
        await page.close();
        return { wasm, result, errors };
      };
      const open = await compiles(undefined);
      const strict = await compiles("script-src 'unsafe-inline'");
      expect(open.wasm).toBe('compiles');
      expect(strict.wasm).toBe('refused');
      expect(strict.errors).toEqual([]);
      expect(JSON.stringify(strict.result)).toBe(JSON.stringify(probe()));
      expect(JSON.stringify(open.result)).toBe(JSON.stringify(strict.result));
    } finally {
      await browser.close();
    }
  });

  it('the probe is not vacuous: it holds numbers from every package', () => {
    const p = probe();
    const keys = Object.keys(p);
    for (const prefix of ['rng.', 'stats.', 'registry.', 'io.', 'campaign.', 'generators.', 'simulator.']) {
      expect(
        keys.some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(p['stats.bootstrap.bca']).toHaveLength(3);
    expect(readFileSync(fileURLToPath(new URL('../src/probe.ts', import.meta.url)), 'utf8')).toContain('bits(');
  });
});
