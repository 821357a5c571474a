import type { GeneratorName, StreamKey } from '@bootstat/rng';
import type { StatisticName } from '../statistic';

/** A built-in statistic in a form that crosses a thread (no functions). */
export type PortableStatistic = StatisticName | { readonly name: StatisticName; readonly [option: string]: unknown };

/** What one worker of bootstrapAsync computes: the replicates of blocks [blockStart, blockEnd). */
export interface WorkerTask {
  /** The samples, in SharedArrayBuffer-backed arrays shared by every worker (no copy per worker). */
  readonly data: readonly Float64Array[];
  readonly statistic: PortableStatistic;
  readonly paired: boolean;
  readonly generator: GeneratorName;
  /** The root stream as (seed, path): the worker rebuilds it with streamTree(seed).child(…)… */
  readonly seed: number;
  readonly path: readonly StreamKey[];
  readonly nResamples: number;
  readonly batch: number | undefined;
  readonly blockStart: number;
  readonly blockEnd: number;
  readonly studentized?: { readonly kind: 'formula' | 'nested'; readonly nested: number; readonly estimate: number };
}
