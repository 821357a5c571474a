import { RngError } from './errors';
import { DEFAULT_GENERATOR, type Generator, type GeneratorName } from './generator';
import { definitionOf } from './internal/definition-of';
import { describe } from './internal/describe';
import { fnv1a64 } from './internal/fnv1a64';
import { fromWords, mix64Words, splitmix64Words, toWords, type Words } from './internal/splitmix64';
import { assertSeed } from './internal/validate';

/** A child key: a non-negative safe integer (repetition, block or worker index) or a string (scenario id). */
export type StreamKey = number | string;

/**
 * A node of the stream tree: a 128-bit key derived from the root seed and the path of child keys to it.
 * Every node gives its own generator; the numbers drawn below a node depend only on the seed and the path,
 * never on how many other nodes exist or in which order they are used.
 */
export interface Stream {
  /** The root seed of the tree. */
  readonly seed: number;
  /** The child keys from the root to this node. */
  readonly path: readonly StreamKey[];
  /** The node's 128-bit key as 32 hex digits (for logs and reproducibility reports). */
  readonly id: string;
  /** The child stream for `key`; calling it twice with the same key gives equal streams. */
  child(key: StreamKey): Stream;
  /** A new generator at the start of this node's sequence (the same sequence on every call). */
  generator(name?: GeneratorName): Generator;
}

const TOP_BIT = 1n << 63n;

// Recent string keys' words ('resample', 'nested', scenario ids): FNV-1a in BigInt is the slow part of a child.
const stringKeys = new Map<string, Words>();

// String keys get the top bit set; integer keys are below 2^53, so no string key equals an integer key.
function keyWord(key: StreamKey): Words {
  if (typeof key === 'number') {
    if (!Number.isSafeInteger(key) || key < 0) {
      throw new RngError(
        'RNG_INVALID_KEY',
        `A numeric stream key must be a non-negative safe integer, got ${describe(key)}.`,
      );
    }
    return [Math.floor(key / 4294967296), key >>> 0];
  }
  if (typeof key === 'string') {
    let words = stringKeys.get(key);
    if (words === undefined) {
      if (stringKeys.size >= 256) stringKeys.clear();
      words = toWords(fnv1a64(key) | TOP_BIT);
      stringKeys.set(key, words);
    }
    return words;
  }
  throw new RngError('RNG_INVALID_KEY', `A stream key is a non-negative integer or a string, got ${describe(key)}.`);
}

class StreamNode implements Stream {
  readonly seed: number;
  readonly path: readonly StreamKey[];
  // The 64-bit lanes as unsigned 32-bit halves: lane0 = h0·2^32 + l0, lane1 = h1·2^32 + l1.
  private readonly h0: number;
  private readonly l0: number;
  private readonly h1: number;
  private readonly l1: number;

  /** state: the node's 64-bit state word as halves. */
  constructor(seed: number, path: readonly StreamKey[], stateHi: number, stateLo: number) {
    this.seed = seed;
    this.path = path;
    // The node's two 64-bit lanes are the first two SplitMix64 outputs from its state word.
    [this.h0, this.l0] = splitmix64Words(stateHi, stateLo, 1);
    [this.h1, this.l1] = splitmix64Words(stateHi, stateLo, 2);
  }

  get id(): string {
    const hex = (h: number, l: number) => fromWords(h, l).toString(16).padStart(16, '0');
    return hex(this.h0, this.l0) + hex(this.h1, this.l1);
  }

  child(key: StreamKey): Stream {
    // state' = lane0 XOR mix64(lane1 XOR key): distinct keys give distinct states (mix64 is a bijection).
    const [kh, kl] = keyWord(key);
    const [mh, ml] = mix64Words((this.h1 ^ kh) >>> 0, (this.l1 ^ kl) >>> 0);
    return new StreamNode(this.seed, [...this.path, key], (this.h0 ^ mh) >>> 0, (this.l0 ^ ml) >>> 0);
  }

  generator(name: GeneratorName = DEFAULT_GENERATOR): Generator {
    return definitionOf(name).fromKey([this.h0, this.l0, this.h1, this.l1]);
  }
}

/**
 * The root of a stream tree for `seed`. Derive independent streams by key, e.g.
 * `streamTree(seed).child('bootstrap').child(blockIndex).generator()`, so that a result never depends on how
 * the work is split into batches or across workers. docs/determinism.md gives the derivation.
 *
 * @param seed - an integer in [0, 2^32)
 * @throws {RngError} RNG_INVALID_SEED; RNG_INVALID_KEY from `child` for a key that is neither a non-negative
 * safe integer nor a string
 * @example
 * const root = streamTree(42);
 * const block7 = root.child('resample').child(7).generator();
 * block7.next() === streamTree(42).child('resample').child(7).generator().next(); // true
 * root.child('resample').child(7).path; // ['resample', 7]
 */
export function streamTree(seed: number): Stream {
  assertSeed(seed);
  return new StreamNode(seed, [], 0, seed >>> 0);
}
