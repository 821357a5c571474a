import { StudyError } from './errors';
import { checkStudyShard, type StudyShard } from './study-shard';

/** The engines whose array jobs `shardFromEnvironment` reads (a GitHub Actions matrix passes its values itself). */
export const SHARD_ENGINES = ['kubernetes', 'slurm', 'aws-batch'] as const;
export type ShardEngine = (typeof SHARD_ENGINES)[number];

/** A shard read from the environment, with where it came from (to tell the user). */
export interface DetectedShard {
  readonly shard: StudyShard;
  readonly engine: ShardEngine;
  /** The variables read, as set (each a whole number, checked). */
  readonly variables: Readonly<Record<string, string>>;
  /** One line for a person, e.g. `shard 3/8 from a Slurm array (SLURM_ARRAY_TASK_ID=5, …)`. */
  readonly description: string;
}

const ENGINE_NAMES: Record<ShardEngine, string> = {
  kubernetes: 'a Kubernetes Indexed Job',
  slurm: 'a Slurm array',
  'aws-batch': 'an AWS Batch array job',
};

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The shard an array job runs as, from its engine's environment:
 * - Kubernetes Indexed Job: `JOB_COMPLETION_INDEX`; the count is the Job's `completions`, which it does not
 *   export: give it as `count` (`--shard-count`);
 * - Slurm array: (`SLURM_ARRAY_TASK_ID` − `SLURM_ARRAY_TASK_MIN`) / `SLURM_ARRAY_TASK_STEP` (default 1) of
 *   `SLURM_ARRAY_TASK_COUNT`, so `--array=1-8` and `--array=0-14:2` both give 0 … 7 of 8;
 * - AWS Batch array job: `AWS_BATCH_JOB_ARRAY_INDEX`; the count is the array size: give it as `count`.
 * A GitHub Actions matrix is not read: a workflow passes `--shard ${{ strategy.job-index }}/${{ strategy.job-total }}`.
 *
 * @throws {StudyError} STUDY_INVALID_OPTION when no engine or more than one is found, a count is needed and not
 *   given (or differs from Slurm's), a variable is not a whole number, or the index is outside the count
 * @example
 * shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' }).shard; // { index: 4, count: 8 }
 * shardFromEnvironment({ JOB_COMPLETION_INDEX: '2' }, { count: 4 }).engine; // 'kubernetes'
 */
export function shardFromEnvironment(env: Environment, options: { readonly count?: number } = {}): DetectedShard {
  const found: ShardEngine[] = [];
  if (env.JOB_COMPLETION_INDEX !== undefined) found.push('kubernetes');
  if (env.SLURM_ARRAY_TASK_ID !== undefined) found.push('slurm');
  if (env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined) found.push('aws-batch');
  const fail = (why: string): never => {
    throw new StudyError('STUDY_INVALID_OPTION', `--shard auto: ${why}`);
  };
  if (found.length === 0) {
    fail(
      env.GITHUB_ACTIONS === 'true'
        ? // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, written as the user types it
          'a GitHub Actions matrix does not set a shard in the environment; pass it: --shard ${{ strategy.job-index }}/${{ strategy.job-total }}.'
        : 'found no array job: none of JOB_COMPLETION_INDEX (Kubernetes), SLURM_ARRAY_TASK_ID (Slurm) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch) is set; give the shard as INDEX/COUNT.',
    );
  }
  if (found.length > 1) {
    fail(
      `found more than one array job (${found.map((e) => ENGINE_NAMES[e]).join(' and ')}); give the shard as INDEX/COUNT.`,
    );
  }
  const engine = found[0] as ShardEngine;
  const variables: Record<string, string> = {};
  const read = (name: string, fallback?: string): number => {
    const text = env[name] ?? fallback;
    if (text === undefined) return fail(`${ENGINE_NAMES[engine]} should set ${name}, and it is not set.`);
    if (!/^\d{1,9}$/.test(text)) return fail(`${name} is ${JSON.stringify(text.slice(0, 40))}, not a whole number.`);
    if (env[name] !== undefined) variables[name] = text;
    return Number(text);
  };
  const given = options.count;
  let index: number;
  let count: number;
  if (engine === 'slurm') {
    const id = read('SLURM_ARRAY_TASK_ID');
    const min = read('SLURM_ARRAY_TASK_MIN');
    count = read('SLURM_ARRAY_TASK_COUNT');
    const step = read('SLURM_ARRAY_TASK_STEP', '1');
    if (step === 0 || (id - min) % step !== 0 || id < min) {
      fail(
        `task ${id} is not in the array from ${min} by ${step}: give the array as a range (--array=0-${count - 1}).`,
      );
    }
    index = (id - min) / step;
    if (given !== undefined && given !== count) fail(`--shard-count ${given} but the Slurm array has ${count} tasks.`);
  } else {
    index = read(engine === 'kubernetes' ? 'JOB_COMPLETION_INDEX' : 'AWS_BATCH_JOB_ARRAY_INDEX');
    if (given === undefined) {
      fail(
        `${ENGINE_NAMES[engine]} gives the index but not the count: add --shard-count N (${engine === 'kubernetes' ? "the Job's completions" : "the array's size"}).`,
      );
    }
    count = given as number;
  }
  if (index >= count)
    fail(`${ENGINE_NAMES[engine]} gives index ${index}, outside the ${count} shards (0 to ${count - 1}).`);
  const shard = checkStudyShard({ index, count });
  const list = Object.entries(variables)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return {
    shard,
    engine,
    variables,
    description:
      `shard ${shard.index}/${shard.count} from ${ENGINE_NAMES[engine]} (${list}${engine === 'slurm' ? '' : `, --shard-count ${count}`})` +
      (engine === 'slurm' && count === 1 && given === undefined
        ? '; an array of one task computes the whole study (a task of a larger array resubmitted alone does too: --shard-count N refuses that)'
        : ''),
  };
}
