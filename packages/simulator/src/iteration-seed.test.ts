import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusal } from '../test/refusal';
import { iterationSeed } from './iteration-seed';

// Made by tooling/fixtures/simulator/simcash_seed_matrix_fixture.py with the reference's own seed_matrix.py.
const fixture = JSON.parse(
  readFileSync(new URL('../../../tooling/fixtures/simulator/simcash-seed-matrix.json', import.meta.url), 'utf8'),
) as { cases: { seed: number; iteration: number; agentId: string; iterationSeed: number }[] };

describe('iterationSeed', () => {
  it("gives the issue's known answer under 'simcash': (42, 0, BANK_A) → 1088125515", () => {
    expect(iterationSeed(42, 0, 'BANK_A', 'simcash')).toBe(1088125515);
  });

  it("equals SimCash's SeedMatrix on 500 (seed, iteration, agent) cases, names with spaces and accents included", () => {
    expect(fixture.cases).toHaveLength(500);
    for (const c of fixture.cases) {
      expect(iterationSeed(c.seed, c.iteration, c.agentId, 'simcash'), JSON.stringify(c)).toBe(c.iterationSeed);
    }
  });

  it("gives fresh seeds per iteration and agent under 'stream', in [0, 2^32), the same on every call", () => {
    const seen = new Set<number>();
    for (let it = 0; it < 50; it++) {
      for (const agent of ['BANK_A', 'BANK_B']) {
        const s = iterationSeed(42, it, agent);
        expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
        expect(iterationSeed(42, it, agent)).toBe(s);
        seen.add(s);
      }
    }
    expect(seen.size).toBe(100);
    expect(iterationSeed(42, 0, 'BANK_A')).not.toBe(iterationSeed(43, 0, 'BANK_A'));
  });

  it('refuses a seed, an iteration, an agent or a scheme it cannot use', () => {
    expect(refusal(() => iterationSeed(-1, 0, 'A')).message).toMatch(
      /a seed must be a whole number in \[0, 4294967295\]/,
    );
    expect(refusal(() => iterationSeed(2 ** 32, 0, 'A')).code).toBe('SIMULATOR_INVALID_OPTION');
    expect(refusal(() => iterationSeed(1, 0.5, 'A')).message).toMatch(/an iteration must be a whole number/);
    expect(refusal(() => iterationSeed(1, 0, '')).message).toMatch(/agent id/);
    expect(refusal(() => iterationSeed(1, 0, 'A', 'numpy' as 'stream')).message).toMatch(/seedScheme must be/);
  });
});
