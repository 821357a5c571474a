import { describe, expect, it } from 'vitest';
import { studyRefusal } from '../test/study-refusal';
import { shardFromEnvironment } from './shard-from-environment';

const slurm = (id: string, min: string, count: string, step?: string) => ({
  SLURM_ARRAY_TASK_ID: id,
  SLURM_ARRAY_TASK_MIN: min,
  SLURM_ARRAY_TASK_COUNT: count,
  ...(step === undefined ? {} : { SLURM_ARRAY_TASK_STEP: step }),
});

describe('shardFromEnvironment', () => {
  it('reads a Kubernetes Indexed Job with the count given', () => {
    const found = shardFromEnvironment({ JOB_COMPLETION_INDEX: '3', HOME: '/root' }, { count: 8 });
    expect(found.shard).toEqual({ index: 3, count: 8 });
    expect(found.engine).toBe('kubernetes');
    expect(found.variables).toEqual({ JOB_COMPLETION_INDEX: '3' });
    expect(found.description).toBe('shard 3/8 from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX=3, --shard-count 8)');
  });

  it('reads a Slurm array from 0 or 1, and with a step', () => {
    expect(shardFromEnvironment(slurm('0', '0', '4')).shard).toEqual({ index: 0, count: 4 });
    expect(shardFromEnvironment(slurm('8', '1', '8')).shard).toEqual({ index: 7, count: 8 });
    expect(shardFromEnvironment(slurm('14', '0', '8', '2')).shard).toEqual({ index: 7, count: 8 });
    expect(shardFromEnvironment(slurm('5', '1', '8'), { count: 8 }).description).toBe(
      'shard 4/8 from a Slurm array (SLURM_ARRAY_TASK_ID=5, SLURM_ARRAY_TASK_MIN=1, SLURM_ARRAY_TASK_COUNT=8)',
    );
  });

  it('says that a Slurm array of one task is the whole study (a task resubmitted alone)', () => {
    expect(shardFromEnvironment(slurm('3', '3', '1')).description).toBe(
      'shard 0/1 from a Slurm array (SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_MIN=3, SLURM_ARRAY_TASK_COUNT=1); an array of one task computes the whole study (a task of a larger array resubmitted alone does too: --shard-count N refuses that)',
    );
    expect(studyRefusal(() => shardFromEnvironment(slurm('3', '3', '1'), { count: 8 })).message).toMatch(
      /--shard-count 8 but the Slurm array has 1 tasks/,
    );
  });

  it('reads an AWS Batch array job with the count given', () => {
    const found = shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: '0' }, { count: 2 });
    expect(found).toMatchObject({ shard: { index: 0, count: 2 }, engine: 'aws-batch' });
  });

  it('refuses, saying why, whatever it cannot read as one shard', () => {
    const cases: [Record<string, string>, { count?: number }, RegExp][] = [
      [{}, {}, /found no array job: none of JOB_COMPLETION_INDEX .* give the shard as INDEX\/COUNT/],
      [
        { GITHUB_ACTIONS: 'true' },
        {},
        /GitHub Actions matrix .* --shard \$\{\{ strategy\.job-index \}\}\/\$\{\{ strategy\.job-total \}\}/,
      ],
      [
        { JOB_COMPLETION_INDEX: '1' },
        {},
        /Kubernetes Indexed Job gives the index but not the count: add --shard-count N \(the Job's completions\)/,
      ],
      [
        { AWS_BATCH_JOB_ARRAY_INDEX: '1' },
        {},
        /AWS Batch array job gives the index but not the count: add --shard-count N \(the array's size\)/,
      ],
      [
        { JOB_COMPLETION_INDEX: '1', ...slurm('1', '0', '2') },
        { count: 2 },
        /more than one array job \(a Kubernetes Indexed Job and a Slurm array\)/,
      ],
      [{ JOB_COMPLETION_INDEX: '4' }, { count: 4 }, /gives index 4, outside the 4 shards \(0 to 3\)/],
      [{ JOB_COMPLETION_INDEX: '-1' }, { count: 4 }, /JOB_COMPLETION_INDEX is "-1", not a whole number/],
      [
        { JOB_COMPLETION_INDEX: '1\u001b[2J' },
        { count: 4 },
        /JOB_COMPLETION_INDEX is "1\\u001b\[2J", not a whole number/,
      ],
      [{ SLURM_ARRAY_TASK_ID: '1' }, {}, /a Slurm array should set SLURM_ARRAY_TASK_MIN, and it is not set/],
      [slurm('3', '0', '4', '2'), {}, /task 3 is not in the array from 0 by 2/],
      [slurm('0', '1', '4'), {}, /task 0 is not in the array from 1 by 1/],
      [slurm('1', '0', '4'), { count: 5 }, /--shard-count 5 but the Slurm array has 4 tasks/],
      [slurm('1', '0', '0'), {}, /outside the 0 shards/],
    ];
    for (const [env, options, message] of cases) {
      const e = studyRefusal(() => shardFromEnvironment(env, options));
      expect(e.code).toBe('STUDY_INVALID_OPTION');
      expect(e.message, JSON.stringify(env)).toMatch(message);
      expect(e.message).toMatch(/^--shard auto: /);
    }
  });
});
