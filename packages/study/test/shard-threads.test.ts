// runStudyShardAsync on worker threads (the built dist/study-worker.js) gives runStudyShard's part byte for byte,
// for any worker count and chunk; and a part written and read back merges to runStudyAsync's result.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeStudyParts } from '../src/merge-study-parts';
import { runStudyAsync, runStudyShardAsync } from '../src/run-study-async';
import { studyToJson } from '../src/study-json';
import { runStudyShard } from '../src/study-part';
import { readStudyPart, writeStudyPart } from '../src/study-part-file';
import { formatStudyPart } from '../src/study-part-text';
import { SHARD_SPEC } from './shard-spec';

const text = (p: Parameters<typeof formatStudyPart>[0]) => [...formatStudyPart(p)].join('');

describe('shards on worker threads', () => {
  it('runStudyShardAsync gives the part of runStudyShard for 1, 2 and 3 workers, batch or per dataset, any chunk', async () => {
    for (const index of [0, 2]) {
      const shard = { index, count: 3 };
      const reference = text(runStudyShard(SHARD_SPEC, shard));
      expect(text(await runStudyShardAsync(SHARD_SPEC, shard, { workers: 2 }))).toBe(reference);
      expect(text(await runStudyShardAsync(SHARD_SPEC, shard, { workers: 3, chunk: 2, mode: 'per-dataset' }))).toBe(
        reference,
      );
      expect(text(await runStudyShardAsync(SHARD_SPEC, shard, { workers: 1, chunk: 5 }))).toBe(reference);
    }
  });

  it("parts written to files and read back merge to runStudyAsync's result; the directory holds only the parts", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bootstat-shards-'));
    for (const index of [3, 1, 0, 2]) {
      const written = await writeStudyPart(
        join(dir, `part-${index}.json`),
        await runStudyShardAsync(SHARD_SPEC, { index, count: 4 }, { workers: 2 }),
      );
      expect(written.how).toBe('atomic');
    }
    expect(readdirSync(dir).sort()).toEqual(['part-0.json', 'part-1.json', 'part-2.json', 'part-3.json']);
    const merged = mergeStudyParts(readdirSync(dir).map((f) => readStudyPart(f, { cwd: dir })));
    expect(JSON.stringify(studyToJson(merged))).toBe(
      JSON.stringify(studyToJson(await runStudyAsync(SHARD_SPEC, { workers: 2 }))),
    );
  });

  it('readStudyPart names the file as given when it cannot be read', () => {
    expect(() => readStudyPart('no-such-part.json', { cwd: tmpdir() })).toThrow(/^cannot read no-such-part\.json: /);
  });
});
