import { parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { METHODS_JSON_SCHEMA_VERSION } from '../output/methods-json';
import { OUTPUT_FORMATS, render } from '../output/render';
import type { Registries } from '../registries';

export const METHODS_HELP = `Usage: bootstat methods [--format table|json|markdown] [--plugin FILE]

Lists the registered interval methods, statistics and generators with their options, from the registries
(plugins included).
`;

function optionSummary(schema: unknown): string {
  const props =
    (schema as { properties?: Record<string, { default?: unknown; type?: unknown; enum?: unknown[] }> }).properties ??
    {};
  return Object.entries(props)
    .map(([k, v]) => (v.default === undefined ? k : `${k}=${JSON.stringify(v.default)}`))
    .join(' ');
}

export async function methodsCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values } = parseFlags(
    argv,
    {
      format: { type: 'string' },
      plugin: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      debug: { type: 'boolean' },
    },
    'methods',
  );
  if (values.help) {
    io.stdout(METHODS_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'table';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format: use one of ${OUTPUT_FORMATS.join(', ')}.`);
  }
  const entries = registries.describeAll();
  io.stdout(
    render(
      {
        columns: ['kind', 'name', 'summary', 'options'],
        rows: entries.map((e) => ({
          human: [e.kind, e.name, e.summary, optionSummary(e.options)],
          exact: [e.kind, e.name, e.summary, optionSummary(e.options)],
        })),
        json: { schemaVersion: METHODS_JSON_SCHEMA_VERSION, kind: 'methods', strategies: entries },
      },
      format as (typeof OUTPUT_FORMATS)[number],
    ),
  );
  return EXIT.ok;
}
