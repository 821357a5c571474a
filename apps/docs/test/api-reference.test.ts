// The API reference holds every exported symbol of every package entry: the names TypeScript sees exported from
// each entry (types included) are the names in TypeDoc's model of the built site (dist/api.json), and each has its
// place in the published pages. Run after `pnpm run docs` (pnpm test builds the site first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { packageEntries } from '../scripts/entries';

const APP = fileURLToPath(new URL('..', import.meta.url));
const API_JSON = join(APP, 'api.json');

interface ApiNode {
  readonly name: string;
  readonly children?: readonly ApiNode[];
}

const entries = packageEntries();

/** Every name each entry exports, as the TypeScript compiler sees it (values, types and re-exports). */
function exportedNames(): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(APP, 'tsconfig.typedoc.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('cannot read tsconfig.typedoc.json');
  const program = ts.createProgram(
    entries.map((e) => e.source),
    config.options,
  );
  const checker = program.getTypeChecker();
  const names = new Map<string, string[]>();
  for (const e of entries) {
    const file = program.getSourceFile(e.source);
    const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    if (symbol === undefined) throw new Error(`${e.specifier}: ${e.source} is not a module`);
    names.set(
      e.specifier,
      checker
        .getExportsOfModule(symbol)
        .map((s) => s.name)
        .sort(),
    );
  }
  return names;
}

describe('the API reference', () => {
  it('was built (pnpm run docs)', () => {
    expect(existsSync(API_JSON), `${API_JSON} is missing: run pnpm run docs`).toBe(true);
  });
  const api = existsSync(API_JSON)
    ? (JSON.parse(readFileSync(API_JSON, 'utf8')) as ApiNode)
    : { name: '', children: [] };
  const modules = new Map((api.children ?? []).map((m) => [m.name, m]));
  const exported = exportedNames();

  it('has one module per package entry, named as it is imported', () => {
    expect([...modules.keys()].sort()).toEqual(entries.map((e) => e.specifier).sort());
    expect(entries.map((e) => e.specifier)).toEqual(
      expect.arrayContaining(['@bootstat/stats', '@bootstat/stats/node', 'bootstat/plots']),
    );
  });

  it.each(entries.map((e) => e.specifier))(
    '%s: every exported symbol is in the reference, and nothing else',
    (specifier) => {
      const names = exported.get(specifier) ?? [];
      expect(names.length).toBeGreaterThan(0);
      const documented = (modules.get(specifier)?.children ?? []).map((c) => c.name).sort();
      expect(documented).toEqual(names);
    },
  );

  it.each(entries.map((e) => e.specifier))(
    '%s: every value exported at run time is in the reference',
    async (specifier) => {
      const documented = new Set((modules.get(specifier)?.children ?? []).map((c) => c.name));
      const module = (await import(specifier)) as Record<string, unknown>;
      const missing = Object.keys(module).filter((k) => !documented.has(k));
      expect(missing).toEqual([]);
    },
  );

  it.each(entries.map((e) => e.specifier))('%s: the published page lists every symbol', (specifier) => {
    const page = join(APP, 'dist', 'api', ...specifier.split('/'), 'index.html');
    expect(existsSync(page), page).toBe(true);
    // The page's own content: every page's sidebar lists every symbol of every package.
    const html = readFileSync(page, 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main.length).toBeGreaterThan(0);
    for (const name of exported.get(specifier) ?? []) expect(main, `${specifier}: ${name}`).toContain(`>${name}<`);
  });
});

describe('a page of the reference', () => {
  /** The page's text as a reader sees it: tags (syntax highlighting included) removed, a few entities decoded. */
  const page = (path: string) =>
    readFileSync(join(APP, 'dist', 'api', path), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, '')
      .replaceAll('&#39;', "'")
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&')
      .replaceAll('\u200b', '');
  const has = (text: string, pattern: RegExp) => expect(pattern.test(text), String(pattern)).toBe(true);

  it('gives a function its signature, parameters with defaults, @throws codes and its example', () => {
    const text = page('@bootstat/stats/functions/bootstrap.html');
    has(text, /bootstrap\(samples, statistic, options\?\): BootstrapResult/);
    has(text, /options\?\s*BootstrapOptions = \{\}/);
    has(text, /Throws\s*STATS_INVALID_INPUT, STATS_EMPTY_SAMPLE/);
    has(text, /Example\s*(?:ts)?[\s\S]{0,80}bootstrap\(\[\[/);
  });

  it('gives an options interface each option with its default', () => {
    const text = page('@bootstat/stats/interfaces/BootstrapOptions.html');
    has(text, /confidenceLevel\?\s*readonly optional confidenceLevel\?: number[\s\S]{0,120}Default 0\.95\./);
  });
});
