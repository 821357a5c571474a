// Pinned outputs. These snapshots may change only in a major version: a diff here means every seeded result
// of every user changes. The IEEE-754 bits of doubles are pinned, not their printed decimals.
import { describe, expect, it } from 'vitest';
import { createGenerator } from './create-generator';
import { fillIndices } from './fill-indices';
import { fillNormal } from './fill-normal';
import { fillUniform } from './fill-uniform';
import { GENERATOR_NAMES } from './generator';
import { seedFromRunId } from './seed-from-run-id';
import { seedFromString } from './seed-from-string';
import { streamTree } from './stream-tree';

const hex32 = (w: number) => w.toString(16).padStart(8, '0');
const bits = (x: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};

describe.each(GENERATOR_NAMES)('%s, seed 42', (name) => {
  it('first words', () => {
    const g = createGenerator(name, 42);
    expect(Array.from({ length: 8 }, () => hex32(g.next()))).toMatchSnapshot();
  });

  it('fillIndices n = 1000 and n = 2^31 + 1', () => {
    expect(Array.from(fillIndices(createGenerator(name, 42), 1000, new Uint32Array(8)))).toMatchSnapshot();
    expect(Array.from(fillIndices(createGenerator(name, 42), 2 ** 31 + 1, new Uint32Array(8)))).toMatchSnapshot();
  });

  it('fillUniform bits', () => {
    expect(Array.from(fillUniform(createGenerator(name, 42), new Float64Array(6)), bits)).toMatchSnapshot();
  });

  it('fillNormal bits', () => {
    expect(Array.from(fillNormal(createGenerator(name, 42), new Float64Array(6)), bits)).toMatchSnapshot();
  });
});

describe('stream tree and seeds', () => {
  it('stream ids and first words along a path', () => {
    const root = streamTree(seedFromRunId('3f2a9c1e-77b0'));
    const node = root.child('bootstrap').child(0);
    const g = node.generator();
    expect({
      root: root.id,
      node: node.id,
      words: Array.from({ length: 4 }, () => hex32(g.next())),
      scenario: streamTree(seedFromString('scenario-7')).child(3).id,
    }).toMatchSnapshot();
  });
});
