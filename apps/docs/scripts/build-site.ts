// `pnpm run docs`: builds the documentation site into apps/docs/dist.
//   1. the guides of docs/ are copied into site/guide/ with their links rewritten (docs/ stays the one source);
//   2. TypeDoc writes the API reference of every package entry as Markdown into site/api/, and its JSON model into
//      apps/docs/api.json (the export-coverage test reads it; it is not published);
//   3. VitePress builds the site, the playground included.
// `--prepare-only` stops after 2 (for `vitepress dev`).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, type DeclarationReflection, ReflectionKind } from 'typedoc';
import { build } from 'vitepress';
import { packageEntries, REPO_ROOT } from './entries';
import { markdownOnlyTree, prepareGuides, REPOSITORY_URL } from './guides';

const APP = fileURLToPath(new URL('..', import.meta.url));
const SITE = join(APP, 'site');
/** TypeDoc's model of every entry, for the coverage test: a build product, not a page of the site. */
const API_JSON = join(APP, 'api.json');

async function apiReference(): Promise<void> {
  const entries = packageEntries();
  const out = join(SITE, 'api');
  rmSync(out, { recursive: true, force: true });
  const app = await Application.bootstrapWithPlugins({
    entryPoints: entries.map((e) => e.source),
    entryPointStrategy: 'resolve',
    tsconfig: join(APP, 'tsconfig.typedoc.json'),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out,
    docsRoot: SITE,
    readme: 'none',
    name: 'bootstat',
    excludePrivate: true,
    excludeInternal: true,
    // Each symbol names its source file, linked on GitHub; no git call, so a tarball builds the same pages.
    disableGit: true,
    basePath: REPO_ROOT,
    sourceLinkTemplate: `${REPOSITORY_URL}/blob/main/{path}#L{line}`,
    hideGenerator: true,
    sort: ['kind', 'alphabetical'],
    logLevel: 'Warn',
    // A JSDoc tag TypeDoc does not know, or a link it cannot resolve, fails the build rather than vanishing.
    treatWarningsAsErrors: true,
  } as never);
  const project = await app.convert();
  if (project === undefined) throw new Error('TypeDoc could not convert the packages (see the messages above).');
  // TypeDoc names a module by its path (packages/stats/src/index); a reader knows it by its import specifier.
  const bySource = new Map(entries.map((e) => [e.source, e.specifier]));
  for (const module of project.getChildrenByKind(ReflectionKind.Module) as DeclarationReflection[]) {
    const file = module.sources?.[0]?.fullFileName;
    const specifier = [...bySource].find(([source]) => file !== undefined && source === file)?.[1];
    if (specifier !== undefined) module.name = specifier;
  }
  await app.generateOutputs(project);
  markdownOnlyTree(out);
  await app.generateJson(project, API_JSON);
  if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors (see above).');
}

/**
 * VitePress reports a page that fails to render and goes on (the page ships empty). A docs build that drops a page
 * must fail, so its error reports are counted.
 */
async function site(): Promise<void> {
  const reported: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    reported.push(args[0]);
    original(...args);
  };
  try {
    await build(SITE);
  } finally {
    console.error = original;
  }
  if (reported.length > 0)
    throw new Error(`VitePress reported ${reported.length} error(s) while building (see above).`);
}

const prepareOnly = process.argv.includes('--prepare-only');
prepareGuides(SITE);
await apiReference();
if (!prepareOnly) await site();
