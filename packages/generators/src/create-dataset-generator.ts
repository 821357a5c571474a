import type { Generator, Stream } from '@bootstat/rng';
import { createGeneratorRegistries, type GeneratorRegistries } from './create-generator-registries';
import type { DatasetDesign, DatasetOptions } from './dataset-design';
import { GeneratorsError } from './errors';
import { describe } from './internal/describe';
import { randomPermutation } from './internal/draws';
import { prepareTemplate } from './internal/prepare-template';
import type { Marginal } from './marginal';
import type { OutcomeModel } from './outcome-model';

/** A design prepared once (strategies looked up, options parsed, work buffers allocated) to draw many datasets. */
export interface DatasetGenerator {
  /** The sample size: the template's length. */
  readonly n: number;
  /** The design, as given. */
  readonly design: DatasetDesign;
  /** The outcome model and the marginal the design resolved to. */
  readonly model: OutcomeModel;
  readonly marginal: Marginal;
  /** One dataset from `stream.generator()`: x and y, each a Float64Array of length n (overwritten). */
  generate(stream: Stream, x: Float64Array, y: Float64Array): void;
  /**
   * Rows firstRow … firstRow + rows − 1 of a batch: row j is written to X and Y (row-major, n per row, at j·n) and is
   * bit for bit `generate(root.child(firstRow + j), …)`, however the rows are split into calls.
   */
  generateRows(root: Stream, firstRow: number, rows: number, X: Float64Array, Y: Float64Array): void;
}

function checkBuffer(value: unknown, length: number, where: string, what: string): Float64Array {
  if (!(value instanceof Float64Array) || value.length < length) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_BUFFER',
      `${where}: ${what} must be a Float64Array of at least ${length} values, got ${
        value instanceof Float64Array ? `length ${value.length}` : describe(value)
      }.`,
    );
  }
  return value;
}

function checkStream(value: unknown, where: string, what: string): Stream {
  if (typeof value !== 'object' || value === null || typeof (value as Stream).generator !== 'function') {
    throw new GeneratorsError(
      'GENERATORS_INVALID_OPTION',
      `${where}: ${what} must be a Stream of @bootstat/rng (e.g. streamTree(seed).child('data')), got ${describe(value)}.`,
    );
  }
  return value as Stream;
}

/**
 * Prepares a design for drawing datasets: looks up the outcome and the marginal, parses their options, checks that
 * they fit together (log-linear needs the lognormal) and allocates the work buffers, once. One dataset draws only
 * from its stream's generator (`stream.generator()`, xoroshiro128+), in this order:
 *
 * 1. x: a Fisher–Yates shuffle of the template (as `shuffleLevels`; n − 1 bounded integers, Lemire's rejection);
 * 2. the outcome's noise (rank mixing: a Fisher–Yates permutation of 1 … n, then n uniforms; the copula and
 *    log-linear: n normals by `fillNormal`);
 * 3. y: score = a(ρ_in)·levelScore(x) + b(ρ_in)·noise mapped to y (rank mixing draws n marginal values here, two
 *    words each; the others draw nothing more).
 *
 * The generator keeps work buffers: use one per thread.
 *
 * @throws {GeneratorsError} GENERATORS_INVALID_BUFFER (template), GENERATORS_INVALID_SIZE (n < 2),
 *   GENERATORS_INVALID_OPTION (inputRho not in [−1, 1]), GENERATORS_MARGINAL_MISMATCH; {RegistryError}
 *   REGISTRY_UNKNOWN_NAME / REGISTRY_INVALID_OPTIONS for the outcome or the marginal
 * @example
 * const template = tiedLevels({ counts: levelCounts(80, 4, 'even') });
 * const gen = createDatasetGenerator({
 *   template,
 *   outcome: { name: 'rank-mixing' },
 *   marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } },
 *   inputRho: -0.15,
 * });
 * const X = new Float64Array(10 * 80);
 * const Y = new Float64Array(10 * 80);
 * gen.generateRows(streamTree(7).child('data'), 0, 10, X, Y); // 10 datasets
 * gen.n; // 80
 */
export function createDatasetGenerator(design: DatasetDesign, options: DatasetOptions = {}): DatasetGenerator {
  const where = 'createDatasetGenerator';
  if (typeof design !== 'object' || design === null) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_OPTION',
      `${where}: pass a design { template, outcome, marginal, inputRho }, got ${describe(design)}.`,
    );
  }
  const { template, midranks } = prepareTemplate(design.template, where);
  const inputRho = design.inputRho;
  if (typeof inputRho !== 'number' || !(inputRho >= -1 && inputRho <= 1)) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_OPTION',
      `${where}: inputRho must be a number in [−1, 1] (e.g. calibrateRho(...).inputRho), got ${describe(inputRho)}.`,
    );
  }
  const registries: GeneratorRegistries = options.registries ?? createGeneratorRegistries();
  const outcomeName = design.outcome?.name;
  const marginalName = design.marginal?.name;
  const model = registries.outcome.runByName(outcomeName, { template, midranks }, design.outcome.options);
  const marginal = registries.marginal.runByName(marginalName, undefined, design.marginal.options);
  const needs = registries.outcome.get(outcomeName).meta?.marginal;
  if (needs !== undefined && needs !== marginalName) {
    throw new GeneratorsError(
      'GENERATORS_MARGINAL_MISMATCH',
      `${where}: the ${outcomeName} outcome needs the '${needs}' marginal, got '${marginalName}'. ` +
        `Use marginal { name: '${needs}', … } or another outcome.`,
    );
  }
  const n = template.length;
  const { levelScores } = model;
  const [a, b] = model.weights(inputRho);
  const perm = new Uint32Array(n);
  const words = new Uint32Array(n);
  const noise = new Float64Array(n);
  const score = new Float64Array(n);
  const yRow = new Float64Array(n);

  const draw = (rng: Generator, x: Float64Array, xAt: number, y: Float64Array): void => {
    randomPermutation(rng, perm, words);
    for (let j = 0; j < n; j++) x[xAt + j] = template[perm[j] as number] as number;
    model.drawNoise(rng, noise);
    for (let j = 0; j < n; j++) score[j] = a * (levelScores[perm[j] as number] as number) + b * (noise[j] as number);
    model.scoresToOutcome(score, marginal, rng, y);
  };

  return {
    n,
    design,
    model,
    marginal,
    generate(stream, x, y) {
      checkStream(stream, 'generate', 'stream');
      checkBuffer(x, n, 'generate', 'x');
      checkBuffer(y, n, 'generate', 'y');
      if (x.buffer === y.buffer) {
        throw new GeneratorsError('GENERATORS_INVALID_BUFFER', 'generate: x and y must be separate buffers.');
      }
      draw(stream.generator(), x, 0, y);
    },
    generateRows(root, firstRow, rows, X, Y) {
      checkStream(root, 'generateRows', 'root');
      if (!Number.isSafeInteger(firstRow) || firstRow < 0 || !Number.isSafeInteger(rows) || rows < 0) {
        throw new GeneratorsError(
          'GENERATORS_INVALID_OPTION',
          `generateRows: firstRow and rows must be non-negative integers, got ${describe(firstRow)} and ${describe(rows)}.`,
        );
      }
      checkBuffer(X, rows * n, 'generateRows', 'X');
      checkBuffer(Y, rows * n, 'generateRows', 'Y');
      for (let j = 0; j < rows; j++) {
        draw(root.child(firstRow + j).generator(), X, j * n, yRow);
        Y.set(yRow, j * n);
      }
    },
  };
}
