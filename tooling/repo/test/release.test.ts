// The release works as a release: licences, package metadata npm shows, changesets that parse, and workflows and
// action metadata that GitHub accepts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const GITHUB = 'https://github.com/bootstat/bootstat';
const bin = (name: string) => join(REPO, 'tooling/repo/node_modules/.bin', name);

interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  bin?: Record<string, string>;
  repository?: { type: string; url: string; directory: string };
  homepage?: string;
  bugs?: { url: string };
  publishConfig?: { access?: string; provenance?: boolean };
}

const packages = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(REPO, group)).map((dir) => ({
    dir: `${group}/${dir}`,
    manifest: JSON.parse(readFileSync(join(REPO, group, dir, 'package.json'), 'utf8')) as Manifest,
  })),
);
const published = packages.filter((p) => p.manifest.private !== true);

describe('licences', () => {
  const root = readFileSync(join(REPO, 'LICENSE'), 'utf8');

  it('the root LICENSE is MIT', () => {
    expect(root).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the bootstat contributors\n/);
    expect(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it.each(packages.map((p) => [p.dir, p]))('%s has the same LICENSE and says MIT', (_, p) => {
    expect(readFileSync(join(REPO, p.dir, 'LICENSE'), 'utf8')).toBe(root);
    expect(p.manifest.license).toBe('MIT');
  });
});

describe('what npm shows', () => {
  it.each(published.map((p) => [p.manifest.name, p]))('%s links its repository, homepage and issues', (_, p) => {
    expect(p.manifest.repository).toEqual({ type: 'git', url: `git+${GITHUB}.git`, directory: p.dir });
    expect(p.manifest.homepage).toBe(`${GITHUB}/tree/main/${p.dir}#readme`);
    expect(p.manifest.bugs).toEqual({ url: `${GITHUB}/issues` });
    expect(p.manifest.publishConfig).toEqual({ access: 'public', provenance: true });
  });

  it.each(published.map((p) => [p.manifest.name, p]))(
    "%s's README uses absolute links (relative ones break on npm's site)",
    (_, p) => {
      const readme = readFileSync(join(REPO, p.dir, 'README.md'), 'utf8');
      const relative = [...readme.matchAll(/\]\(([^)]+)\)/g)]
        .map((m) => m[1] as string)
        .filter((u) => !/^(https:|#)/.test(u));
      expect(relative).toEqual([]);
    },
  );

  it('publishes the CLI unscoped, so that npx bootstat works', () => {
    const cli = packages.find((p) => p.dir === 'apps/cli')?.manifest;
    expect(cli?.name).toBe('bootstat');
    expect(cli?.bin).toEqual({ bootstat: './dist/cli.js' });
  });
});

describe('changesets', () => {
  it('every changeset parses: `changeset status` runs and names the packages to release', () => {
    const r = spawnSync(bin('changeset'), ['status'], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr + r.stdout).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/Packages to be bumped/);
  });

  it('every changeset names only packages of this repository', () => {
    const names = new Set(published.map((p) => p.manifest.name));
    for (const file of readdirSync(join(REPO, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const text = readFileSync(join(REPO, '.changeset', file), 'utf8');
      const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
      expect(front, file).toBeDefined();
      for (const line of (front ?? '').split('\n')) {
        const m = /^"([^"]+)": (major|minor|patch)$/.exec(line);
        expect(m, `${file}: ${line}`).not.toBeNull();
        expect(names.has(m?.[1] as string), `${file}: ${m?.[1]}`).toBe(true);
      }
    }
  });
});

describe('workflows and the Action metadata', () => {
  const validate = (file: string, text?: string) => {
    let path = join(REPO, file);
    if (text !== undefined) {
      path = join(mkdtempSync(join(tmpdir(), 'bootstat-yml-')), file.split('/').at(-1) as string);
      writeFileSync(path, text);
    }
    return spawnSync(bin('action-validator'), [path], { encoding: 'utf8' });
  };

  const workflows = readdirSync(join(REPO, '.github/workflows')).map((f) => `.github/workflows/${f}`);

  it('are the CI, release and Pages workflows', () => {
    expect(workflows.sort()).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/pages.yml',
      '.github/workflows/release.yml',
    ]);
  });

  it.each(workflows)('%s is a valid workflow (action-validator)', (file) => {
    const r = validate(file);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('apps/gate-action/action.yml is valid action metadata (action-validator)', () => {
    // action-validator 0.6.0's schema predates node24 (GitHub's runtime since 2025): everything else is checked as is.
    const text = readFileSync(join(REPO, 'apps/gate-action/action.yml'), 'utf8');
    expect(text).toMatch(/^ {2}using: node24$/m);
    const r = validate('apps/gate-action/action.yml', text.replace(/^ {2}using: node24$/m, '  using: node20'));
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the validator is not a rubber stamp: it refuses a step with an unknown key', () => {
    const r = validate(
      '.github/workflows/bad.yml',
      'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo\n        bogus: 1\n',
    );
    expect(r.status).not.toBe(0);
  });

  it('Pages publishes what `pnpm run docs` builds, from the README install command', () => {
    const pages = readFileSync(join(REPO, '.github/workflows/pages.yml'), 'utf8');
    const root = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(root.scripts['docs']).toBe('turbo run build --filter=@bootstat/docs');
    // `pnpm docs` without `run` is npm's docs command (pnpm hands it to npm, which opens a browser): it must be `run`.
    expect(pages).toMatch(/run: npx --yes pnpm@[\d.]+ install --frozen-lockfile && npx --yes pnpm@[\d.]+ run docs\n/);
    expect(pages).toContain('path: apps/docs/dist');
    expect(pages).toContain('uses: actions/deploy-pages@');
  });

  it('CI runs the README test command through .ci/run', () => {
    const ci = readFileSync(join(REPO, '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toContain('run: bash .ci/run');
    const run = readFileSync(join(REPO, '.ci/run'), 'utf8');
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const command = /npx --yes pnpm@[\d.]+ install --frozen-lockfile && npx --yes pnpm@[\d.]+ test/.exec(readme)?.[0];
    expect(command).toBeDefined();
    expect(run).toContain(command);
  });

  it('the docs give the gate Action a tagged uses: line, the tag the release workflow makes', () => {
    const docs = [readFileSync(join(REPO, 'docs/gate.md'), 'utf8'), readFileSync(join(REPO, 'README.md'), 'utf8')].join(
      '\n',
    );
    const uses = [...docs.matchAll(/uses: (bootstat\/bootstat\/apps\/gate-action@\S+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/@gate-action-v\d+(\.\d+\.\d+)?$/);
    const release = readFileSync(join(REPO, '.github/workflows/release.yml'), 'utf8');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable in the workflow, not a JS template
    expect(release).toContain('git tag "gate-action-v${version}"');
  });
});
