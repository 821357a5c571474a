import { parseAllDocuments, parseDocument, type YAMLError, YAMLParseError } from 'yaml';
import { IoError } from './errors';
import { parseJson } from './parse-json';

/** The formats a configuration file (a study spec, a payment scenario, a policy) may be written in. */
export const CONFIG_FORMATS = ['json', 'yaml'] as const;
export type ConfigFormat = (typeof CONFIG_FORMATS)[number];

/** YAML aliases expanded at most this many times: a "billion laughs" text cannot grow past it. */
const MAX_ALIASES = 100;

/**
 * The format of a configuration file: `.json` is JSON, `.yaml` and `.yml` are YAML, anything else is JSON when its
 * text starts with `{` (after a byte-order mark and blanks) and YAML otherwise.
 *
 * @example
 * configFormat('scenario.yml', ''); // 'yaml'
 * configFormat('spec.txt', '{"seed": 1}'); // 'json'
 */
export function configFormat(path: string, text: string): ConfigFormat {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'yaml';
}

/**
 * Parses a configuration file's text, strictly, into plain data for a zod schema to check. The one reader of
 * JSON-or-YAML configuration in bootstat:
 * - JSON by `parseJson` (a duplicate key is an error, nesting is capped);
 * - YAML 1.2 with the `yaml` library: a duplicate key is an error, an unknown tag (`!custom`, `!!js/function`) is
 *   an error rather than a printed warning, aliases expand at most 100 times, and a second document (`---`) is an
 *   error rather than silently dropped;
 * - a byte-order mark is dropped first (editors on Windows add one), in either format.
 *
 * @throws {IoError} IO_INVALID_YAML for text that is not YAML or uses what this reader refuses (with its line);
 *   the JSON reader's codes (IO_INVALID_JSON, IO_DUPLICATE_KEY, IO_TOO_DEEP) for JSON
 * @example
 * parseConfigText('ticks: 12\nseed: 7\n', { format: 'yaml' }); // { ticks: 12, seed: 7 }
 * parseConfigText('{"ticks": 12}', { format: 'json' }); // { ticks: 12 }
 */
export function parseConfigText(
  text: string,
  options: { readonly format: ConfigFormat; readonly source?: string },
): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const source = options.source === undefined ? {} : { source: options.source };
  if (options.format === 'json') return parseJson(body, source);
  const yamlOptions = { uniqueKeys: true, prettyErrors: true, strict: true, logLevel: 'silent' } as const;
  // parseDocument keeps the first of several documents silently (its MULTIPLE_DOCS error is dropped at this log
  // level): a configuration file is one document, so a second is an error.
  const all = parseAllDocuments(body, yamlOptions);
  const second = Array.isArray(all) ? all[1] : undefined;
  if (second !== undefined) {
    const line = lineOf(body, second.range[0]);
    throw new IoError('IO_INVALID_YAML', 'a second YAML document (after ---): a configuration file holds one', {
      ...source,
      line,
    });
  }
  const doc = parseDocument(body, yamlOptions);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem !== undefined) throw yamlError(problem, source);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof Error) {
      throw new IoError('IO_INVALID_YAML', `YAML bootstat does not accept: ${e.message.split('\n')[0]}`, source);
    }
    throw e;
  }
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function yamlError(e: YAMLError, source: { source?: string }): IoError {
  const line = e.linePos?.[0]?.line;
  const col = e.linePos?.[0]?.col;
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
  const what = e instanceof YAMLParseError ? 'not valid YAML' : 'YAML bootstat does not accept';
  return new IoError('IO_INVALID_YAML', `${what}: ${first}`, {
    ...source,
    ...(line === undefined ? {} : { line }),
    ...(col === undefined ? {} : { column: col }),
  });
}
