/**
 * Orders strings with their digit runs compared as numbers, so `cycle-2.json` comes before `cycle-10.json`.
 * Independent of locale: ties in value (`01` and `1`) fall back to plain code-unit order.
 *
 * @example
 * ['cycle-10.json', 'cycle-2.json', 'cycle-1.json'].sort(naturalCompare); // ['cycle-1.json', 'cycle-2.json', 'cycle-10.json']
 */
export function naturalCompare(a: string, b: string): number {
  const chunks = /(\d+)|(\D+)/g;
  const as = a.match(chunks) ?? [];
  const bs = b.match(chunks) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] as string;
    const y = bs[i] as string;
    if (x === y) continue;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const xt = x.replace(/^0+(?=\d)/, '');
      const yt = y.replace(/^0+(?=\d)/, '');
      if (xt.length !== yt.length) return xt.length - yt.length;
      if (xt !== yt) return xt < yt ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (as.length !== bs.length) return as.length - bs.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
