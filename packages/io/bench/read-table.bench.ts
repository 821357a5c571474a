// `pnpm bench` (io suite): the table reader's throughput, in rows per second, and its peak memory on ten million
// rows streamed in 1 MiB chunks, as `seq 1 10000000 | bootstat ci` feeds it. The text is generated piece by piece
// and never held whole, so the peak RSS is the reader's own: the numbers kept (8 bytes a row, in an array that
// grows by doubling) and one chunk. No reference to compare with: the figures are information (docs/benchmarks.md).
//
// Usage: pnpm --filter @bootstat/io bench
import { performance } from 'node:perf_hooks';
import { type BenchRow, report } from '@bootstat/bench';
import { findColumn, type NumericTableOptions, NumericTableReader } from '../src/index';

const CHUNK = 1 << 20;

/** Feeds `rows` lines made by `line(i)` to a reader in 1 MiB chunks; returns the time and the rows read. */
function run(header: string, rows: number, line: (i: number) => string, options: NumericTableOptions) {
  const reader = new NumericTableReader(options);
  const t0 = performance.now();
  let piece = header;
  for (let i = 0; i < rows; i++) {
    piece += line(i);
    if (piece.length >= CHUNK) {
      reader.push(piece);
      piece = '';
    }
  }
  reader.push(piece);
  const table = reader.end();
  const ms = performance.now() - t0;
  if (table.rows !== rows) throw new Error(`read ${table.rows} rows, wrote ${rows}`);
  return ms;
}

/** The cost of making the text alone, to subtract: the reader is what is measured. */
function generateOnly(header: string, rows: number, line: (i: number) => string): number {
  const t0 = performance.now();
  let piece = header;
  let sink = 0;
  for (let i = 0; i < rows; i++) {
    piece += line(i);
    if (piece.length >= CHUNK) {
      sink += piece.length;
      piece = '';
    }
  }
  if (sink < 0) throw new Error('unreachable');
  return performance.now() - t0;
}

const cases: {
  name: string;
  rows: number;
  header: string;
  line: (i: number) => string;
  options: NumericTableOptions;
}[] = [
  {
    name: 'CSV, one number a line (seq 1 10000000)',
    rows: 10_000_000,
    header: '',
    line: (i) => `${i + 1}\n`,
    options: {},
  },
  {
    name: "CSV, ';' and decimal commas, 2 columns of 3, 2,000,000 rows",
    rows: 2_000_000,
    header: 'name;ms;bytes\n',
    line: (i) => `r${i};${(i % 997) + 0.25},5;${i}\n`.replace('.25,5', ',255'),
    options: { select: (c) => [findColumn(c, 'ms'), findColumn(c, 'bytes')] },
  },
  {
    name: 'JSONL records, 1,000,000 lines',
    rows: 1_000_000,
    header: '',
    line: (i) => `{"ms": ${(i % 1000) / 8}, "name": "r${i}"}\n`,
    options: { select: (c) => [findColumn(c, 'ms')] },
  },
];

const rowsOut: BenchRow[] = [];
for (const c of cases) {
  const gen = generateOnly(c.header, c.rows, c.line);
  const total = run(c.header, c.rows, c.line, c.options);
  const ms = Math.max(total - gen, 1);
  rowsOut.push({
    case: c.name,
    oursMs: ms,
    oursPeakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    extra: { 'rows per second': Math.round((c.rows / ms) * 1000).toLocaleString('en-US') },
  });
}
report('io', rowsOut);
