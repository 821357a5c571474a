import { type FlagSpec, parseFlags } from '../args';
import { EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { human } from '../output/format-number';
import { render } from '../output/render';
import type { Registries } from '../registries';

export const DEMO_HELP = `Usage: bootstat demo

Every interval method side by side on built-in sample data, with a line explaining each.
`;

/** Built-in sample: response times (ms) of 15 requests to a service — small and right-skewed, as latencies are. */
export const DEMO_SAMPLE = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 19.6, 12.2, 13.4, 11.8, 16.9];

const EXPLAIN: Record<string, string> = {
  percentile: 'the middle 95% of the resampled means',
  basic: 'the percentile interval reflected about the estimate',
  normal: 'estimate ± 1.96 bootstrap standard errors',
  bca: 'percentiles corrected for bias and skew (SciPy’s default)',
  studentized: 'bootstrap-t: resampled t statistics with s/√n',
};

export const DEMO_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const satisfies FlagSpec;

export async function demoCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values } = parseFlags(argv, DEMO_FLAGS, 'demo');
  if (values.help) {
    io.stdout(DEMO_HELP);
    return EXIT.ok;
  }
  io.stdout(
    `Mean of ${DEMO_SAMPLE.length} request latencies (ms), 95% bootstrap intervals, 9999 resamples, seed 42:\n` +
      `  ${DEMO_SAMPLE.join(' ')}\n\n`,
  );
  const statistic = registries.runStatistic('mean', {});
  const rows = Object.keys(EXPLAIN)
    .filter((m) => registries.ciMethod.names().includes(m))
    .map((method) => {
      const r = registries.runCiMethod(method, { samples: [DEMO_SAMPLE], statistic }, { seed: 42 });
      const cells = [method, human(r.estimate), human(r.ci.low), human(r.ci.high), EXPLAIN[method] ?? ''];
      return { human: cells, exact: cells };
    });
  io.stdout(render({ columns: ['method', 'mean', 'low', 'high', 'what it is'], rows }, 'table'));
  io.stdout("\nTry it on your own numbers: bootstat ci FILE.csv --column NAME (see 'bootstat ci --help').\n");
  return EXIT.ok;
}
