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
