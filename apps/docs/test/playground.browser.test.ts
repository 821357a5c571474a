// The playground in Debian's Chromium (playwright-core, /usr/bin/chromium; .ci/run installs it), against the built
// site served as GitHub Pages serves it. The numbers on the page must be the library's in Node, bit for bit, and
// the command and library call it shows must print them too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, CI_METHODS, lowerBound95 } from '@bootstat/stats';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from './serve-site';

const CHROMIUM = '/usr/bin/chromium';
const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(REPO, 'apps/cli/dist/cli.js');
const STATS_DIST = join(REPO, 'packages/stats/dist/index.js');
/** Screenshots are kept here for a person to look at (git-ignored; a CI job can upload the folder). */
const ARTIFACTS = fileURLToPath(new URL('../test-results', import.meta.url));

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`).toBe(true);
  site = await serveSite();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the playground (with `hash`), failing the test on any error the page throws. */
async function open(hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url}playground.html${hash}`);
  await page.waitForSelector('[data-role="status"][data-status="done"]');
  return { page, errors };
}

/** Clicks Compute and waits for the run it starts to finish (or fail). */
async function compute(page: Page): Promise<void> {
  const before = Number((await page.getAttribute('[data-role="status"]', 'data-run')) ?? 0);
  await page.click('[data-action="run"]');
  await page.waitForFunction((n) => {
    const s = document.querySelector<HTMLElement>('[data-role="status"]');
    return s !== null && (s.dataset['status'] === 'error' || Number(s.dataset['run'] ?? 0) > n);
  }, before);
}

/** Each method's row on the page, as numbers read back from the text shown. */
async function intervalsOnPage(page: Page): Promise<Record<string, { low: number; high: number }>> {
  const rows = await page.$$eval('[data-role="intervals"] tbody tr', (trs) =>
    trs.map((tr) => ({
      method: tr.getAttribute('data-method') ?? '',
      low: tr.querySelector('[data-value="low"]')?.textContent ?? '',
      high: tr.querySelector('[data-value="high"]')?.textContent ?? '',
    })),
  );
  return Object.fromEntries(rows.map((r) => [r.method, { low: Number(r.low), high: Number(r.high) }]));
}

const bits = (x: number) => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0).toString(16);
};

describe('the playground', () => {
  it('shows, for typed data and a changed method, the bits bootstrap() gives in Node, and the command and call that print them', async () => {
    const { page, errors } = await open();
    const data = [3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.3, 2.9, 4.1, 5.2, 3.3, 7.8];
    await page.fill('[data-field="data"]', data.join(', '));
    await page.selectOption('[data-field="method"]', 'percentile');
    await page.fill('[data-field="resamples"]', '2000');
    await page.fill('[data-field="seed"]', '7');
    await compute(page);
    const shown = await intervalsOnPage(page);
    expect(Object.keys(shown)).toEqual([...CI_METHODS]);
    for (const method of CI_METHODS) {
      const r = bootstrap([data], 'mean', { method, nResamples: 2000, seed: 7, confidenceLevel: 0.95 });
      expect([bits(shown[method]?.low ?? NaN), bits(shown[method]?.high ?? NaN)], method).toEqual([
        bits(r.ci.low),
        bits(r.ci.high),
      ]);
    }
    const estimate = Number(await page.textContent('[data-value="estimate"]'));
    expect(bits(estimate)).toBe(bits(bootstrap([data], 'mean', { nResamples: 10, seed: 1 }).estimate));

    // The command the page shows, run as shown (bootstat is the built CLI), prints the chosen method's interval.
    const command = (await page.textContent('[data-role="command"]')) ?? '';
    expect(command).toContain('--method percentile');
    // As shown: only the program's name is replaced by the built CLI's path.
    const json = execFileSync('sh', ['-c', command.replace('| bootstat ci', `| node ${CLI} ci`)], { encoding: 'utf8' });
    const cli = JSON.parse(json) as { ci: { low: number; high: number }; method: string };
    expect(cli.method).toBe('percentile');
    expect([bits(cli.ci.low), bits(cli.ci.high)]).toEqual([
      bits(shown['percentile']?.low ?? NaN),
      bits(shown['percentile']?.high ?? NaN),
    ]);

    // The library call the page shows, run as shown (against the built @bootstat/stats), gives the same interval.
    const call = (await page.textContent('[data-role="library"]')) ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'bootstat-playground-'));
    const script = join(dir, 'call.mjs');
    writeFileSync(
      script,
      `${call.replace("'@bootstat/stats'", JSON.stringify(STATS_DIST))}\nprocess.stdout.write(JSON.stringify(r.ci));\n`,
    );
    const fromCall = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as {
      low: number;
      high: number;
    };
    rmSync(dir, { recursive: true, force: true });
    expect([bits(fromCall.low), bits(fromCall.high)]).toEqual([
      bits(shown['percentile']?.low ?? NaN),
      bits(shown['percentile']?.high ?? NaN),
    ]);

    // The histogram draws the five intervals.
    const labels = await page.$$eval('[data-role="histogram"] svg text', (ts) => ts.map((t) => t.textContent));
    for (const method of CI_METHODS) expect(labels).toContain(method);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its state in the URL: a copied link opens the same data, choices and numbers', async () => {
    const { page, errors } = await open();
    await page.fill('[data-field="data"]', '10 12 9 14 11 13 8 15 12');
    await page.selectOption('[data-field="statistic"]', 'median');
    await page.selectOption('[data-field="method"]', 'basic');
    await page.fill('[data-field="level"]', '0.9');
    await page.fill('[data-field="resamples"]', '999');
    await page.fill('[data-field="seed"]', '123');
    await compute(page);
    const url = page.url();
    expect(url).toContain('#');
    const shown = await intervalsOnPage(page);
    const copy = await open(url.slice(url.indexOf('#')));
    for (const [field, value] of [
      ['data', '10 12 9 14 11 13 8 15 12'],
      ['statistic', 'median'],
      ['method', 'basic'],
      ['level', '0.9'],
      ['resamples', '999'],
      ['seed', '123'],
    ]) {
      expect(await copy.page.inputValue(`[data-field="${field}"]`), field).toBe(value);
    }
    expect(await intervalsOnPage(copy.page)).toEqual(shown);
    const basic = bootstrap([[10, 12, 9, 14, 11, 13, 8, 15, 12]], 'median', {
      method: 'basic',
      confidenceLevel: 0.9,
      nResamples: 999,
      seed: 123,
    });
    expect([bits(shown['basic']?.low ?? NaN), bits(shown['basic']?.high ?? NaN)]).toEqual([
      bits(basic.ci.low),
      bits(basic.ci.high),
    ]);
    expect([...errors, ...copy.errors]).toEqual([]);
    await page.close();
    await copy.page.close();
  });

  it('refuses a bad paste with a message naming the item, and shows no number', async () => {
    const { page } = await open();
    await page.fill('[data-field="data"]', '1, 2, abc');
    await compute(page);
    expect(await page.getAttribute('[data-role="status"]', 'data-status')).toBe('error');
    const message = await page.textContent('[data-role="message"]');
    expect(message).toBe(
      'Item 3 of the data, "abc", is not a number. Give numbers only, separated by commas, spaces or new lines.',
    );
    expect(await page.isVisible('[data-role="ci-result"]')).toBe(false);
    expect(await page.isVisible('[data-role="intervals"]')).toBe(false);
    await page.close();
  });

  it('shows hostile text as text: a pasted tag is quoted in the message, never run or drawn', async () => {
    const { page, errors } = await open();
    await page.fill('[data-field="data"]', '1 <img src=x onerror="window.pwned=1">');
    await compute(page);
    expect(await page.textContent('[data-role="message"]')).toContain('"<img"');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$$('[data-role="message"] img')).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a dropped CSV file with the CLI’s reader', async () => {
    const { page } = await open();
    await page.setInputFiles('[data-field="file"]', {
      name: 'latencies.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ms,host\n12.5,a\n13.25,b\n11,a\n14.75,b\n12,a\n'),
    });
    await page.waitForFunction(() =>
      document.querySelector<HTMLTextAreaElement>('[data-field="data"]')?.value.startsWith('12.5'),
    );
    expect(await page.inputValue('[data-field="data"]')).toBe('12.5\n13.25\n11\n14.75\n12');
    expect(await page.textContent('[data-role="notes"]')).toContain('Read column "ms" of latencies.csv: 5 numbers');
    await page.close();
  });

  it('reads a file dropped on the data box', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['ms\n3.5\n4\n4.5\n'], 'dropped.csv', { type: 'text/csv' }));
      const box = document.querySelector('[data-field="data"]');
      box?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[data-field="data"]')?.value === '3.5\n4\n4.5',
    );
    expect(await page.textContent('[data-role="notes"]')).toContain('Read column "ms" of dropped.csv: 3 numbers');
    await page.close();
  });

  it('works offline once loaded, shows progress on a long run, and cancels it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}playground.html`);
    await page.waitForSelector('[data-role="status"][data-status="done"]');
    await context.setOffline(true);
    await page.fill('[data-field="seed"]', '99');
    await compute(page);
    const offline = await intervalsOnPage(page);
    const sample = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 19.6, 12.2, 13.4, 11.8, 16.9];
    const bca = bootstrap([sample], 'mean', { seed: 99 });
    expect([bits(offline['bca']?.low ?? NaN), bits(offline['bca']?.high ?? NaN)]).toEqual([
      bits(bca.ci.low),
      bits(bca.ci.high),
    ]);

    await page.selectOption('[data-field="statistic"]', 'median');
    await page.fill('[data-field="resamples"]', '1000000');
    await page.click('[data-action="run"]');
    await page.waitForFunction(() => (document.querySelector('[data-role="progress-text"]')?.textContent ?? '') !== '');
    expect(await page.textContent('[data-role="progress-text"]')).toMatch(
      /^[\d,]+ of 5,000,000 resamples \(5 methods × 1,000,000\)$/,
    );
    await page.click('[data-action="cancel"]');
    expect(await page.getAttribute('[data-role="status"]', 'data-status')).toBe('cancelled');
    expect(await page.isVisible('[data-role="ci-result"]')).toBe(false);

    // After a cancel, still offline, the next run works (a new worker, from the page's own code).
    await page.fill('[data-field="resamples"]', '500');
    await compute(page);
    expect(await page.getAttribute('[data-role="status"]', 'data-status')).toBe('done');
    await context.close();
  });

  it('drops a run in progress when the input turns bad: its late result is never shown', async () => {
    const started = Date.now();
    const { page } = await open('#statistic=median&resamples=1000000');
    const runTime = Date.now() - started; // the page computes on load: as long as the run below would take
    await page.click('[data-action="run"]');
    await page.waitForFunction(() => (document.querySelector('[data-role="progress-text"]')?.textContent ?? '') !== '');
    await page.fill('[data-field="data"]', '1, 2, abc');
    await page.waitForSelector('[data-role="status"][data-status="error"]', { state: 'attached' });
    // The long run would have finished by now, had it gone on.
    await page.waitForTimeout(Math.max(2000, 1.5 * runTime));
    expect(await page.getAttribute('[data-role="status"]', 'data-status')).toBe('error');
    expect(await page.isVisible('[data-role="ci-result"]')).toBe(false);
    expect(await page.textContent('[data-role="progress-text"]')).toBe('');
    await page.close();
  });

  it('refuses an option out of range with one message and no result (seed, level, resamples)', async () => {
    for (const [hash, text] of [
      ['#seed=-1', 'seed'],
      ['#seed=4294967296', 'seed'],
      ['#level=1.5', 'confidenceLevel'],
      ['#resamples=0', 'nResamples'],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(`${site.url}playground.html${hash}`);
      await page.waitForSelector('[data-role="status"][data-status="error"]', { state: 'attached' });
      expect(await page.textContent('[data-role="message"]'), hash).toContain(text);
      expect(await page.isVisible('[data-role="ci-result"]'), hash).toBe(false);
      await page.close();
    }
  });

  it('keeps the input when an anchor on the page changes the hash (a heading link, the skip link)', async () => {
    const { page } = await open();
    await page.fill('[data-field="data"]', '1 2 3 4 5 6 7 8 9 10');
    await compute(page);
    await page.evaluate(() => {
      window.location.hash = '#playground';
    });
    await page.waitForTimeout(500);
    expect(await page.inputValue('[data-field="data"]')).toBe('1 2 3 4 5 6 7 8 9 10');
    await page.close();
  });

  it('says once, with no result, when no method can give an interval (the std of one value)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}playground.html#data=5&statistic=std`);
    await page.waitForSelector('[data-role="status"][data-status="error"]', { state: 'attached' });
    expect(await page.textContent('[data-role="message"]')).toMatch(/^bootstrap: /);
    expect(await page.isVisible('[data-role="ci-result"]')).toBe(false);
    await page.close();
  });

  it("shows each tab's result only on its tab", async () => {
    const { page } = await open();
    expect(await page.isVisible('[data-role="ci-result"]')).toBe(true);
    await page.click('[data-tab="gate"]');
    await page.waitForSelector('[data-role="gate-result"]:not([hidden])');
    expect(await page.isVisible('[data-role="ci-result"]')).toBe(false);
    expect(await page.isVisible('[data-role="verdict"]')).toBe(true);
    await page.click('[data-tab="ci"]');
    await page.waitForSelector('[data-role="status"][data-status="done"]');
    expect(await page.isVisible('[data-role="verdict"]')).toBe(false);
    await page.close();
  });

  it('follows a link pasted into the same tab (a hash change), and keeps too long data out of the link', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      window.location.hash = '#data=1%202%203%204%205&resamples=99&seed=5&method=basic';
    });
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[data-field="resamples"]')?.value === '99',
    );
    await page.waitForSelector('[data-role="status"][data-status="done"]');
    const shown = await intervalsOnPage(page);
    const basic = bootstrap([[1, 2, 3, 4, 5]], 'mean', { method: 'basic', nResamples: 99, seed: 5 });
    expect([bits(shown['basic']?.low ?? NaN), bits(shown['basic']?.high ?? NaN)]).toEqual([
      bits(basic.ci.low),
      bits(basic.ci.high),
    ]);

    const many = Array.from({ length: 30000 }, (_, i) => (i % 97) + 0.25).join(' ');
    await page.fill('[data-field="data"]', many);
    await page.waitForFunction(() => (document.querySelector('[data-role="link-note"]')?.textContent ?? '') !== '');
    expect(await page.textContent('[data-role="link-note"]')).toContain('too long to share by link');
    expect(page.url()).toContain('data=&');
    expect(page.url().length).toBeLessThan(2000);
    await page.close();
  });

  it('reads the first column of numbers of a file, and names the file when it cannot', async () => {
    const { page } = await open();
    await page.setInputFiles('[data-field="file"]', {
      name: 'ab.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('variant,ms\nA,12\nB,14\nA,13\n'),
    });
    await page.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[data-field="data"]')?.value === '12\n14\n13',
    );
    expect(await page.textContent('[data-role="notes"]')).toContain(
      'Read column "ms" of ab.csv: 3 numbers; its other columns (variant)',
    );
    await page.setInputFiles('[data-field="file"]', {
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(''),
    });
    await page.waitForSelector('[data-role="status"][data-status="error"]', { state: 'attached' });
    expect(await page.textContent('[data-role="message"]')).toMatch(/^empty\.csv: /);
    expect(await page.textContent('[data-role="notes"]')).toBe('');
    await page.close();
  });

  it('the gate tab gives lowerBound95 of the pasted scores, seeded by the run id, against the threshold', async () => {
    const { page, errors } = await open('#tab=gate');
    const scores = [0.81, 0.92, 0.77, 0.88, 0.95, 0.84, 0.9, 0.86, 0.93, 0.79, 0.89, 0.87];
    await page.fill('[data-field="scores"]', scores.join('\n'));
    await page.fill('[data-field="runId"]', 'a1b2c3d4-run');
    await page.fill('[data-field="threshold"]', '0.83');
    await compute(page);
    const expected = lowerBound95(scores, { runId: 'a1b2c3d4-run' });
    const shown = Number(await page.textContent('[data-value="lower-bound"]'));
    expect(bits(shown)).toBe(bits(expected.lowerBound));
    expect(await page.getAttribute('[data-role="verdict"]', 'data-passed')).toBe(String(expected.lowerBound > 0.83));

    // The report and command shown give the same verdict from the CLI.
    const command = (await page.textContent('[data-role="command"]')) ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'bootstat-gate-'));
    let code = 0;
    let out = '';
    try {
      out = execFileSync('sh', ['-c', `${command.replace('bootstat gate', `node ${CLI} gate`)} --format json`], {
        cwd: dir,
        encoding: 'utf8',
      });
    } catch (e) {
      code = (e as { status: number }).status;
      out = String((e as { stdout: string }).stdout);
    }
    const gate = JSON.parse(out) as { passed: boolean; reports: { lowerBound: number }[] };
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(expected.lowerBound > 0.83 ? 0 : 1);
    expect(bits(gate.reports[0]?.lowerBound ?? NaN)).toBe(bits(expected.lowerBound));
    expect(errors).toEqual([]);
    await page.close();
  });
});
