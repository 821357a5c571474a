/**
 * Rearranges a[from..to) so that a[k] holds the value it would hold if that range were sorted, everything
 * before it is ≤ a[k] and everything after is ≥ a[k] (Hoare's FIND, with median-of-three pivots). O(n) on
 * average, in place, no allocation. NaN-free input assumed.
 */
export function selectInPlace(a: Float64Array, k: number, from = 0, to = a.length): void {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    if (hi - lo < 16) {
      insertionSort(a, lo, hi);
      return;
    }
    const mid = lo + ((hi - lo) >> 1);
    // Median of three into a[mid]; a[lo] <= a[mid] <= a[hi] afterwards.
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return; // j < k < i: a[k] equals the pivot and is in place
  }
}

/** Moves the smallest of a[from..to) to a[from]. */
export function minToFront(a: Float64Array, from: number, to: number): void {
  let m = from;
  for (let i = from + 1; i < to; i++) if ((a[i] as number) < (a[m] as number)) m = i;
  swap(a, from, m);
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= lo && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/**
 * `selectInPlace` by Floyd & Rivest's SELECT (CACM 18(3), 1975, Algorithm 489): on a range longer than 600 it
 * first selects within a small sample window around k, so the pivot lands next to the k-th value and one
 * partition of the range nearly finishes the job: about n + min(k, n − k) comparisons instead of about 3n. For
 * bootstrap ends near the tails of 1000–10 000 replicates. NaN-free input assumed; −0 and +0 are equal to it.
 */
export function floydRivestSelect(a: Float64Array, k: number, from = 0, to = a.length): void {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const i = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      floydRivestSelect(
        a,
        k,
        Math.max(lo, Math.floor(k - (i * s) / n + sd)),
        Math.min(hi, Math.floor(k + ((n - i) * s) / n + sd)) + 1,
      );
    }
    // Partition [lo, hi] around t = a[k], with a[lo] ≤ t ≤ a[hi] as sentinels.
    const t = a[k] as number;
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if ((a[hi] as number) > t) swap(a, lo, hi);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if ((a[lo] as number) === t) swap(a, lo, j);
    else {
      j++;
      swap(a, j, hi);
    }
    // a[j] = t is in its final place.
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}
