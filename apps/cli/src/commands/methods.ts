import { COMMON_FLAGS, type FlagSpec, parseFlags } from '../args';
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

export const METHODS_FLAGS = {
  format: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

export async function methodsCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values } = parseFlags(argv, METHODS_FLAGS, 'methods');
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
        columns: format === 'table' ? ['kind', 'name', 'summary (options)'] : ['kind', 'name', 'summary', 'options'],
        rows: entries.map((e) => {
          const options = optionSummary(e.options);
          const cells =
            format === 'table'
              ? [e.kind, e.name, options === '' ? e.summary : `${e.summary} (options: ${options})`]
              : [e.kind, e.name, e.summary, options];
          return { human: cells, exact: cells };
        }),
        json: { schemaVersion: METHODS_JSON_SCHEMA_VERSION, kind: 'methods', strategies: entries },
      },
      format as (typeof OUTPUT_FORMATS)[number],
      // Long summaries wrap to the terminal (100 columns when stdout is no terminal).
      { width: io.stdoutColumns ?? 100 },
    ),
  );
  return EXIT.ok;
}
