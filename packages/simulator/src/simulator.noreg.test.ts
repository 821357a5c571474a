// Pinned outputs: the 'stream' seeds and a sample drawn with them. These change only with a major version
// (docs/determinism.md); the 'simcash' scheme is pinned by the reference's own fixture instead.
import { describe, expect, it } from 'vitest';
import { bootstrapSample } from './bootstrap-sample';
import { sampleSeed } from './sample-seed';
import { validateTransactionRecords } from './transaction-record';

describe('pinned bits', () => {
  it("'stream' sample seeds and one sample", () => {
    expect(Array.from({ length: 5 }, (_, i) => sampleSeed(2026, i))).toMatchSnapshot();
    const outgoing = validateTransactionRecords(
      Array.from({ length: 6 }, (_, i) => ({
        txId: `p${i}`,
        senderId: 'A',
        receiverId: 'B',
        amount: 1000 * (i + 1),
        priority: i,
        originalArrivalTick: i,
        deadlineOffset: i + 2,
        settlementOffset: i % 2 === 0 ? i : null,
      })),
    );
    const sample = bootstrapSample(
      { agentId: 'A', outgoing, incoming: outgoing },
      { seed: 2026, sampleIdx: 3, totalTicks: 12 },
    );
    expect(sample).toMatchSnapshot();
  });
});
