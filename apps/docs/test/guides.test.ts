// The guides on the site: each docs/*.md has its place in the sidebar, links are rewritten for the site as
// documented, and the method-choosing page's table of warnings is the library's list of warning codes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATS_WARNING_CODES } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../scripts/entries';
import { GUIDE_SIDEBAR, GUIDES, REPOSITORY_URL, rewriteGuideLinks } from '../scripts/guides';

describe('the guides', () => {
  it('every docs/*.md is in the sidebar, once, and nothing else is', () => {
    const files = readdirSync(join(REPO_ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    const listed = GUIDES.flatMap((g) => g.items.map(([file]) => file));
    expect([...listed].sort()).toEqual(files);
    expect(new Set(listed).size).toBe(listed.length);
    const adrs = GUIDE_SIDEBAR.at(-1)?.items.map((i) => i.link) ?? [];
    expect(adrs).toContain('/guide/adr/0002-docs-site-vitepress-and-typedoc');
  });

  it('keep links between guides, send examples to their copies, and other files to GitHub', () => {
    const md = [
      '[m](methods.md#ties) [a](adr/0001-x.md) [up](../docs/gate.md)',
      '![plot](examples/study-quick.svg) [spec](examples/karwowski-study.yaml)',
      '[readme](../packages/generators/README.md#the-counts-rule) [action](../apps/gate-action)',
      '[web](https://example.org/x.md) [here](#section) [abs](/playground)',
    ].join('\n');
    expect(rewriteGuideLinks(md, 'docs/study.md').split('\n')).toEqual([
      '[m](methods.md#ties) [a](adr/0001-x.md) [up](gate.md)',
      '![plot](/guide/examples/study-quick.svg) [spec](/guide/examples/karwowski-study.yaml)',
      `[readme](${REPOSITORY_URL}/blob/main/packages/generators/README.md#the-counts-rule) [action](${REPOSITORY_URL}/tree/main/apps/gate-action)`,
      '[web](https://example.org/x.md) [here](#section) [abs](/playground)',
    ]);
    expect(rewriteGuideLinks('[back](../methods.md)', 'docs/adr/0002-x.md')).toBe('[back](../methods.md)');
  });
});

describe('docs/choosing-a-method.md', () => {
  const page = readFileSync(join(REPO_ROOT, 'docs', 'choosing-a-method.md'), 'utf8');

  it('explains every warning code the library has, and no other', () => {
    const section = page.slice(page.indexOf('## What the warnings mean'));
    const rows = section
      .split('\n')
      .slice(section.split('\n').findIndex((l) => l.startsWith('|')) + 2)
      .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
    const codes = rows.map((r) => /^\|\s*`([A-Z_]+)`/.exec(r)?.[1]);
    expect(codes).toEqual([...STATS_WARNING_CODES]);
  });
});
