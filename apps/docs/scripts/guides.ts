import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { REPO_ROOT } from './entries';

/** Where the repository's files are read on GitHub, for links that leave docs/. */
export const REPOSITORY_URL = 'https://github.com/bootstat/bootstat';

interface GuideLink {
  readonly text: string;
  readonly link: string;
}

/** The guides of docs/, in the order a reader meets them, grouped as the sidebar shows them. */
export const GUIDES: readonly { readonly text: string; readonly items: readonly [file: string, title: string][] }[] = [
  {
    text: 'Start here',
    items: [
      ['choosing-a-method', 'Choosing a method'],
      ['methods', 'Methods and conventions'],
      ['determinism', 'Determinism'],
      ['input-output', 'Input and output'],
      ['output', 'The JSON output contract'],
    ],
  },
  {
    text: 'Tools',
    items: [
      ['gate', 'The promotion gate'],
      ['campaign', 'Benchmark campaigns'],
      ['study', 'Simulation studies'],
      ['scaling', 'Scaling studies'],
      ['simulator', 'Policy evaluation (simulator)'],
    ],
  },
  {
    text: 'Extending and maintaining',
    items: [
      ['plugins', 'Plugins'],
      ['benchmarks', 'Benchmarks'],
      ['release', 'Releases'],
    ],
  },
];

/** The sidebar of the guide pages: the groups above, then the architecture decision records. */
export const GUIDE_SIDEBAR: { text: string; items: GuideLink[] }[] = [
  ...GUIDES.map((g) => ({ text: g.text, items: g.items.map(([file, text]) => ({ text, link: `/guide/${file}` })) })),
  {
    text: 'Decisions (ADRs)',
    items: readdirSync(join(REPO_ROOT, 'docs', 'adr'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({
        text: f
          .replace(/\.md$/, '')
          .replace(/^(\d+)-/, '$1 ')
          .replaceAll('-', ' '),
        link: `/guide/adr/${f.replace(/\.md$/, '')}`,
      })),
  },
];

/**
 * Rewrites one guide's Markdown links for the site. A link to another guide stays relative (VitePress turns it into
 * the page's URL); a link to an example file points at its copy under /guide/examples/; any other link that leaves
 * docs/ (a package's README, an app's folder) points at the file on GitHub.
 */
export function rewriteGuideLinks(markdown: string, guidePath: string): string {
  const fromDir = posix.dirname(guidePath);
  return markdown.replace(/(!?\[[^\]]*\]\()([^)\s]+)(\))/g, (whole, open: string, target: string, close: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/')) return whole;
    const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
    const resolved = posix.normalize(posix.join(fromDir, path));
    const hash = anchor === undefined ? '' : `#${anchor}`;
    if (resolved.startsWith('docs/') && resolved.endsWith('.md')) {
      return `${open}${posix.relative(fromDir, resolved)}${hash}${close}`;
    }
    if (resolved.startsWith('docs/examples/')) return `${open}/guide/${resolved.slice('docs/'.length)}${hash}${close}`;
    const kind = existsAsDirectory(resolved) ? 'tree' : 'blob';
    return `${open}${REPOSITORY_URL}/${kind}/main/${resolved}${hash}${close}`;
  });
}

function existsAsDirectory(repoPath: string): boolean {
  try {
    return statSync(join(REPO_ROOT, repoPath)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A page VitePress renders as Markdown only, not as a Vue template: `${{ matrix.shard }}` in a workflow snippet or
 * a JSDoc comment stays text instead of failing the page's render.
 */
export function markdownOnly(markdown: string): string {
  return `::: v-pre\n${markdown}\n:::\n`;
}

/** Applies `markdownOnly` to every Markdown file under `dir` (the generated API reference). */
export function markdownOnlyTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) markdownOnlyTree(path);
    else if (entry.name.endsWith('.md')) writeFileSync(path, markdownOnly(readFileSync(path, 'utf8')));
  }
}

/**
 * Copies docs/*.md and docs/adr/*.md into the site's guide/ folder with their links rewritten, and docs/examples/
 * into the site's public folder. docs/ stays the one source: the copies are build output (git-ignored).
 */
export function prepareGuides(siteDir: string): string[] {
  const docs = join(REPO_ROOT, 'docs');
  const out = join(siteDir, 'guide');
  rmSync(out, { recursive: true, force: true });
  const written: string[] = [];
  for (const dir of [docs, join(docs, 'adr')]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const repoPath = relative(REPO_ROOT, join(dir, file)).split('\\').join('/');
      const target = join(out, relative(docs, join(dir, file)));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, markdownOnly(rewriteGuideLinks(readFileSync(join(dir, file), 'utf8'), repoPath)));
      written.push(target);
    }
  }
  const examples = join(siteDir, 'public', 'guide', 'examples');
  rmSync(examples, { recursive: true, force: true });
  cpSync(join(docs, 'examples'), examples, { recursive: true });
  return written;
}
