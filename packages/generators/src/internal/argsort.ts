/**
 * Writes into `order` the indices 0 … n − 1 sorted by values[index], ties by index (a stable sort), n = order.length.
 * Bottom-up merge sort with `scratch` (a Uint32Array of length n) as the second buffer: O(n log n), no allocation.
 * Short runs are first put in order by insertion.
 */
export function argsortInto(values: Float64Array, order: Uint32Array, scratch: Uint32Array): void {
  const n = order.length;
  const RUN = 16;
  for (let i = 0; i < n; i++) order[i] = i;
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(start + RUN, n);
    for (let i = start + 1; i < end; i++) {
      const idx = order[i] as number;
      const v = values[idx] as number;
      let j = i - 1;
      while (j >= start && (values[order[j] as number] as number) > v) {
        order[j + 1] = order[j] as number;
        j--;
      }
      order[j + 1] = idx;
    }
  }
  let from = order;
  let to = scratch;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        const ia = from[a] as number;
        const ib = from[b] as number;
        // <= keeps the left (earlier) index first among equal values: stable.
        if ((values[ia] as number) <= (values[ib] as number)) {
          to[k++] = ia;
          a++;
        } else {
          to[k++] = ib;
          b++;
        }
      }
      while (a < mid) to[k++] = from[a++] as number;
      while (b < hi) to[k++] = from[b++] as number;
    }
    const t = from;
    from = to;
    to = t;
  }
  if (from !== order) order.set(from);
}
