// The reference's hand-made count table (Karwowski-Simulations config.py:75-224, FREQ_DICT), typed in from
// tooling/fixtures/study/REFERENCE-NOTES.md §1.3: counts per level in increasing level order, by n, k and pattern.
import type { CountPattern } from '../src/index';

type Row = Record<CountPattern, readonly number[]>;

export const FREQ_DICT: Readonly<Record<number, Readonly<Record<number, Row>>>> = {
  80: {
    4: { even: [20, 20, 20, 20], heavy_tail: [23, 18, 18, 21], heavy_center: [12, 30, 29, 9] },
    5: { even: [16, 16, 16, 16, 16], heavy_tail: [20, 13, 15, 13, 19], heavy_center: [11, 15, 28, 15, 11] },
    6: { even: [14, 13, 13, 13, 13, 14], heavy_tail: [17, 11, 12, 12, 11, 17], heavy_center: [8, 13, 19, 19, 13, 8] },
    7: {
      even: [12, 11, 11, 12, 11, 11, 12],
      heavy_tail: [15, 10, 9, 12, 9, 10, 15],
      heavy_center: [6, 10, 15, 18, 15, 10, 6],
    },
    8: {
      even: [10, 10, 10, 10, 10, 10, 10, 10],
      heavy_tail: [14, 9, 8, 9, 9, 8, 9, 14],
      heavy_center: [5, 8, 12, 15, 15, 12, 8, 5],
    },
    9: {
      even: [9, 9, 9, 9, 8, 9, 9, 9, 9],
      heavy_tail: [13, 8, 7, 8, 8, 8, 7, 8, 13],
      heavy_center: [4, 7, 10, 13, 12, 13, 10, 7, 4],
    },
    10: {
      even: [8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
      heavy_tail: [12, 7, 7, 7, 7, 7, 7, 7, 7, 12],
      heavy_center: [4, 6, 8, 11, 11, 11, 11, 8, 6, 4],
    },
  },
  82: {
    4: { even: [21, 20, 20, 21], heavy_tail: [24, 18, 18, 22], heavy_center: [12, 30, 30, 10] },
    5: { even: [17, 16, 16, 16, 17], heavy_tail: [21, 13, 15, 13, 20], heavy_center: [11, 16, 28, 16, 11] },
    6: { even: [14, 14, 13, 13, 14, 14], heavy_tail: [18, 11, 12, 12, 11, 18], heavy_center: [8, 14, 19, 19, 14, 8] },
    7: {
      even: [12, 12, 12, 11, 12, 11, 12],
      heavy_tail: [16, 10, 9, 12, 9, 10, 16],
      heavy_center: [6, 10, 16, 18, 16, 10, 6],
    },
    8: {
      even: [11, 10, 10, 10, 10, 10, 10, 11],
      heavy_tail: [14, 9, 9, 9, 9, 9, 9, 14],
      heavy_center: [5, 8, 12, 16, 16, 12, 8, 5],
    },
    9: {
      even: [10, 9, 9, 9, 9, 9, 9, 9, 9],
      heavy_tail: [13, 8, 8, 8, 8, 8, 8, 8, 13],
      heavy_center: [4, 7, 10, 13, 14, 13, 10, 7, 4],
    },
    10: {
      even: [9, 8, 8, 8, 8, 8, 8, 8, 8, 9],
      heavy_tail: [12, 7, 7, 7, 8, 8, 7, 7, 7, 12],
      heavy_center: [4, 6, 8, 11, 12, 12, 11, 8, 6, 4],
    },
  },
  73: {
    4: { even: [19, 18, 18, 18], heavy_tail: [21, 16, 16, 20], heavy_center: [11, 27, 26, 9] },
    5: { even: [15, 15, 14, 14, 15], heavy_tail: [19, 12, 13, 12, 17], heavy_center: [10, 14, 25, 14, 10] },
    6: { even: [13, 12, 12, 12, 12, 12], heavy_tail: [16, 10, 11, 11, 10, 15], heavy_center: [7, 12, 17, 17, 12, 8] },
    7: {
      even: [11, 10, 10, 11, 10, 11, 10],
      heavy_tail: [14, 9, 8, 11, 8, 9, 14],
      heavy_center: [5, 9, 14, 17, 14, 9, 5],
    },
    8: {
      even: [10, 9, 9, 9, 9, 9, 9, 9],
      heavy_tail: [13, 8, 7, 8, 8, 7, 8, 14],
      heavy_center: [4, 7, 11, 14, 15, 11, 7, 4],
    },
    9: {
      even: [9, 8, 8, 8, 8, 8, 8, 8, 8],
      heavy_tail: [12, 7, 7, 7, 7, 7, 7, 7, 12],
      heavy_center: [4, 6, 9, 12, 13, 12, 9, 5, 3],
    },
    10: {
      even: [8, 7, 7, 8, 7, 7, 8, 7, 7, 7],
      heavy_tail: [11, 6, 6, 7, 7, 7, 6, 6, 6, 11],
      heavy_center: [3, 5, 8, 10, 11, 10, 10, 8, 5, 3],
    },
  },
  81: {
    4: { even: [21, 20, 20, 20], heavy_tail: [23, 18, 18, 22], heavy_center: [12, 30, 29, 10] },
    5: { even: [17, 16, 16, 16, 16], heavy_tail: [20, 13, 15, 13, 20], heavy_center: [11, 16, 27, 16, 11] },
    6: { even: [14, 14, 13, 13, 13, 14], heavy_tail: [17, 11, 12, 12, 11, 18], heavy_center: [8, 13, 19, 19, 14, 8] },
    7: {
      even: [12, 12, 11, 12, 11, 11, 12],
      heavy_tail: [15, 10, 9, 12, 9, 10, 16],
      heavy_center: [6, 10, 15, 18, 16, 10, 6],
    },
    8: {
      even: [11, 10, 10, 10, 10, 10, 10, 10],
      heavy_tail: [14, 9, 8, 9, 9, 8, 9, 15],
      heavy_center: [5, 8, 12, 15, 16, 12, 8, 5],
    },
    9: {
      even: [9, 9, 9, 9, 9, 9, 9, 9, 9],
      heavy_tail: [13, 8, 7, 7, 7, 7, 7, 7, 18],
      heavy_center: [4, 7, 10, 13, 13, 13, 10, 7, 4],
    },
    10: {
      even: [9, 8, 8, 8, 8, 8, 8, 8, 8, 8],
      heavy_tail: [12, 7, 7, 7, 7, 7, 7, 7, 7, 13],
      heavy_center: [4, 6, 8, 11, 11, 12, 11, 8, 6, 4],
    },
  },
};

export const FREQ_NS = [73, 80, 81, 82] as const;
export const FREQ_KS = [4, 5, 6, 7, 8, 9, 10] as const;
