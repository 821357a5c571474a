import * as z from 'zod';
import { COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { METHODS_JSON_SCHEMA_VERSION } from '../output/methods-json';
import { OUTPUT_FORMATS, render } from '../output/render';
import { checkOutputs, writeReport } from '../output/write-file';
import type { Registries } from '../registries';

export const METHODS_HELP = `Usage: bootstat methods [--format table|json|csv|markdown] [--plugin FILE] [-o FILE]

Lists the registered interval methods, statistics, random generators, the study's marginals and outcome
generators, and the simulator's payment policies, with their options, from the registries (plugins included). The table wraps to the terminal's width (100 columns when standard output is no terminal).

  --format F       table (default), json, csv, markdown
  --plugin FILE    a module of extra strategies (see docs/plugins.md); repeatable
  -o, --out FILE   write the list to FILE instead of standard output (atomically)
  --debug          show stack traces
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
  const { values, positionals } = parseFlags(argv, METHODS_FLAGS, 'methods');
  if (values.help) {
    io.stdout(METHODS_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new CliError(
      `methods takes no argument; got ${JSON.stringify(positionals[0])}. See 'bootstat methods --help'.`,
    );
  }
  const { format } = parseOptions(z.object({ format: choiceFlag('format', OUTPUT_FORMATS).default('table') }), {
    format: values.format,
  });
  checkOutputs(io, { '--out': values.out }, values.plugin ?? []);
  const entries = registries.describeAll();
  await writeReport(
    io,
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
      format,
      // Long summaries wrap to the terminal (100 columns when stdout is no terminal).
      { width: io.stdoutColumns ?? 100 },
    ),
    values.out,
  );
  return EXIT.ok;
}
