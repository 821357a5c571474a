import { decodeBase64, encodeBase64 } from '@bootstat/io';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import * as z from 'zod';
import { StudyError } from './errors';
import { fromJsonNumber, type JsonNumber, toJsonNumber } from './internal/json-number';
import { STUDY_PART_SCHEMA_VERSION, type StudyPart, type StudyPartRange } from './study-part';
import { checkStudyShard } from './study-shard';
import { type StudySpec, validateStudySpec } from './study-spec';
import { studySpecHash } from './study-spec-hash';
import type { ScenarioDatasets } from './summarize-scenario';

const RANGES_OPEN = ',"ranges":[';
/**
 * Datasets per line at most: a longer range is written as several (contiguous) ranges, so that no line comes near
 * the longest string an engine holds (2^29 characters in V8: a line here is at most 2^16 × 8 × (2 + 2 × 4) bytes,
 * 7 MB in base64).
 */
export const STUDY_PART_LINE_ROWS = 1 << 16;
const CHECKSUM_LINE = /^\],"checksum":"sha256:([0-9a-f]{64})"\}$/;
const NEWLINE = 10;

/** A number in a part's JSON: as bootstat writes numbers, and −0 as "-0" (JSON has no −0). */
const exactJsonNumber = (x: number) => (Object.is(x, -0) ? '-0' : toJsonNumber(x));
const fromExactJsonNumber = (x: JsonNumber | '-0') => (x === '-0' ? -0 : fromJsonNumber(x));

/**
 * Datasets [from, from + rows) of a range's arrays (ρ̂, NaN replicates, each method's lower ends, then upper ends)
 * as little-endian float64 bytes.
 */
function packRange(d: ScenarioDatasets, from: number, rows: number): Uint8Array {
  const arrays = [d.rhoHat, d.nanReplicates, ...d.low, ...d.high].map((a) => a.subarray(from, from + rows));
  const bytes = new Uint8Array(arrays.length * rows * 8);
  const view = new DataView(bytes.buffer);
  arrays.forEach((a, j) => {
    for (let i = 0; i < rows; i++) view.setFloat64((j * rows + i) * 8, a[i] as number, true);
  });
  return bytes;
}

function unpackRange(bytes: Uint8Array, rows: number, methods: number): ScenarioDatasets {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (j: number) => {
    const a = new Float64Array(rows);
    for (let i = 0; i < rows; i++) a[i] = view.getFloat64((j * rows + i) * 8, true);
    return a;
  };
  return {
    rhoHat: at(0),
    nanReplicates: at(1),
    low: Array.from({ length: methods }, (_, j) => at(2 + j)),
    high: Array.from({ length: methods }, (_, j) => at(2 + methods + j)),
  };
}

/**
 * A part as the lines of its file (each ending in `\n`), to write as they come (`writeOutput` of @bootstat/io
 * takes them): the whole file is one JSON object, laid out so that no line holds more than one range.
 * - line 1: `{"schemaVersion":1,"kind":"study-part","version":…,"specHash":…,"shard":{…},"scenarios":…,"spec":{…},"ranges":[`
 * - one line per range of at most STUDY_PART_LINE_ROWS datasets (a longer range takes several lines): its
 *   scenario (index, id, counts), `first`, `rows`, the calibration (−0 written "-0"), and `data`: the datasets'
 *   ρ̂, NaN replicates, lower ends per method and upper ends per method as little-endian float64 in base64, so
 *   every bit (NaN, −0) survives;
 * - last line: `],"checksum":"sha256:…"}`, the SHA-256 of every byte before it.
 *
 * @example
 * const part = runStudyShard({ seed: 7, nReps: 4, nResamples: 50, grid: { k: [4], patterns: ['even'] },
 *   cases: [{ id: 1, n: 20, rho: 0.3, marginal: { median: 10, iqr: 8 } }] }, { index: 0, count: 2 });
 * const text = [...formatStudyPart(part)].join('');
 * parseStudyPart(text).ranges[0].rows; // 2
 */
export function formatStudyPart(part: StudyPart): Generator<string> {
  return partLines(part);
}

function* partLines(part: StudyPart): Generator<string> {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  const emit = (line: string) => {
    hash.update(encoder.encode(line));
    return line;
  };
  const header = JSON.stringify({
    schemaVersion: part.schemaVersion,
    kind: part.kind,
    version: part.version,
    specHash: part.specHash,
    shard: { index: part.shard.index, count: part.shard.count },
    scenarios: part.scenarios,
    spec: part.spec,
  });
  yield emit(`${header.slice(0, -1)}${RANGES_OPEN}\n`);
  const lines = part.ranges.flatMap((r) =>
    Array.from({ length: Math.ceil(r.rows / STUDY_PART_LINE_ROWS) }, (_, k) => {
      const from = k * STUDY_PART_LINE_ROWS;
      return { r, from, rows: Math.min(STUDY_PART_LINE_ROWS, r.rows - from) };
    }),
  );
  for (const [i, { r, from, rows }] of lines.entries()) {
    const line = JSON.stringify({
      scenario: r.scenario,
      id: r.id,
      counts: r.counts,
      first: r.first + from,
      rows,
      calibration: {
        inputRho: exactJsonNumber(r.calibration.inputRho),
        achievedMeanRho: exactJsonNumber(r.calibration.achievedMeanRho),
        standardError: exactJsonNumber(r.calibration.standardError),
        datasets: r.calibration.datasets,
      },
      data: encodeBase64(packRange(r.datasets, from, rows)),
    });
    yield emit(`${line}${i + 1 < lines.length ? ',' : ''}\n`);
  }
  yield `],"checksum":"sha256:${bytesToHex(hash.digest())}"}\n`;
}

const jsonNumber = z.union([
  z.number(),
  z.literal('NaN'),
  z.literal('Infinity'),
  z.literal('-Infinity'),
  z.literal('-0'),
]);
const whole = z.number().int().nonnegative();
const HeaderSchema = z.strictObject({
  schemaVersion: z.number(),
  kind: z.literal('study-part'),
  version: z.string(),
  specHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  shard: z.strictObject({ index: whole, count: whole }),
  scenarios: whole,
  spec: z.unknown(),
});
const RangeSchema = z.strictObject({
  scenario: whole,
  id: z.string(),
  counts: z.array(whole),
  first: whole,
  rows: whole.min(1),
  calibration: z.strictObject({
    inputRho: jsonNumber,
    achievedMeanRho: jsonNumber,
    standardError: jsonNumber,
    datasets: whole,
  }),
  data: z.string(),
});

/**
 * The zod schema of a part file read as one JSON document (the source of
 * `@bootstat/study/schemas/study-part.schema.json`). Built when asked for. A part is checked by `parseStudyPart`
 * (its checksum first); this schema describes it for other tools.
 *
 * @example
 * studyPartJsonSchema().safeParse({ kind: 'study-part' }).success; // false
 */
export function studyPartJsonSchema() {
  return z.strictObject({
    ...HeaderSchema.shape,
    schemaVersion: z.literal(STUDY_PART_SCHEMA_VERSION),
    version: z.string().describe('the @bootstat/study version that computed the part; parts merge only with it'),
    specHash: HeaderSchema.shape.specHash.describe(
      'studySpecHash: SHA-256 of the validated spec as JSON with sorted keys',
    ),
    shard: HeaderSchema.shape.shard.describe('0-based shard index of count'),
    scenarios: whole.describe('scenarios in the whole study'),
    spec: z.record(z.string(), z.unknown()).describe('the validated study spec (with --reps and --resamples applied)'),
    ranges: z.array(
      RangeSchema.extend({
        data: z
          .string()
          .describe(
            "base64 of little-endian float64: rows values of rhoHat, of nanReplicates, of each method's lower ends, then of each method's upper ends",
          ),
      }),
    ),
    checksum: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .describe('SHA-256 of every byte of the file before its last line'),
  });
}

/**
 * Reads a part written by `formatStudyPart` (its bytes, or its text), checking first that it is whole and
 * unchanged: it must end with its checksum line, and the SHA-256 of everything before that line must be the one
 * recorded. Then its header, spec (and the spec's hash) and each range are checked.
 *
 * @throws {StudyError} STUDY_PART_INVALID naming the source and the reason: truncated, changed since written (the
 *   checksum), not a study part, a newer part format, or a malformed header or range
 * @example
 * const code = (text) => { try { parseStudyPart(text); } catch (e) { return e.code; } };
 * code('{"kind":"study"}\n'); // 'STUDY_PART_INVALID'
 */
export function parseStudyPart(input: Uint8Array | string, options: { readonly source?: string } = {}): StudyPart {
  const name = options.source ?? 'the part';
  const fail = (why: string): never => {
    throw new StudyError('STUDY_PART_INVALID', `${name}: ${why}`, options.source);
  };
  const bytes = asWritten(typeof input === 'string' ? new TextEncoder().encode(input) : input);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (from: number, to: number) => {
    try {
      return decoder.decode(bytes.subarray(from, to));
    } catch {
      return fail('is not a bootstat study part (it is not UTF-8 text).');
    }
  };
  const n = bytes.length;
  const lastStart = n < 2 ? 0 : bytes.lastIndexOf(NEWLINE, n - 2) + 1;
  const last = n > 0 && bytes[n - 1] === NEWLINE ? text(lastStart, n - 1) : undefined;
  const checksum = last === undefined ? null : CHECKSUM_LINE.exec(last);
  if (lastStart === 0 || checksum === null) {
    if (n > 0) refuseReformatted(bytes, fail);
    fail(
      n === 0
        ? 'is empty.'
        : 'is truncated or is not a bootstat study part: it does not end with its checksum line (],"checksum":"sha256:…"}); compute the shard again.',
    );
  }
  if (bytesToHex(sha256(bytes.subarray(0, lastStart))) !== checksum?.[1]) {
    fail(
      'its content does not match its checksum: it was changed after it was written (edited, or damaged in transfer); compute the shard again.',
    );
  }
  const lines: [number, number][] = [];
  for (let from = 0; from < lastStart; ) {
    const end = bytes.indexOf(NEWLINE, from);
    lines.push([from, end]);
    from = end + 1;
  }
  const parse = (line: string, what: string): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      return fail(`${what} is not JSON.`);
    }
  };
  const first = text(...(lines[0] as [number, number]));
  if (!first.endsWith(RANGES_OPEN)) fail('is not a bootstat study part (its first line is not a part header).');
  const raw = parse(`${first.slice(0, -RANGES_OPEN.length)}}`, 'its header');
  const version = (raw as { schemaVersion?: unknown })?.schemaVersion;
  if (typeof version === 'number' && version > STUDY_PART_SCHEMA_VERSION) {
    fail(
      `is a part of format ${version}, newer than this bootstat reads (${STUDY_PART_SCHEMA_VERSION}); merge it with the bootstat that wrote it.`,
    );
  }
  const header = HeaderSchema.safeParse(raw);
  if (!header.success || header.data.schemaVersion !== STUDY_PART_SCHEMA_VERSION) {
    return fail(
      `is not a bootstat study part: its header is malformed (${where(header.error?.issues[0]) ?? 'schemaVersion'}).`,
    );
  }
  try {
    checkStudyShard(header.data.shard);
  } catch (e) {
    fail(`its shard ${header.data.shard.index}/${header.data.shard.count} is not a shard: ${(e as Error).message}`);
  }
  let spec: StudySpec;
  try {
    spec = validateStudySpec(header.data.spec);
  } catch (e) {
    return fail(`its spec is not valid: ${(e as Error).message}`);
  }
  if (studySpecHash(spec) !== header.data.specHash) fail('its spec does not have the hash it records.');
  const methods = spec.methods.length;
  const ranges: StudyPartRange[] = lines.slice(1).map(([from, to], i, all) => {
    const isLast = i + 1 === all.length;
    const line = text(from, to);
    if (isLast === line.endsWith(',')) fail(`range ${i + 1} is not laid out as a part's range line.`);
    const r = RangeSchema.safeParse(parse(isLast ? line : line.slice(0, -1), `range ${i + 1}`));
    if (!r.success) return fail(`range ${i + 1} is malformed (${where(r.error.issues[0])}).`);
    const data = decodeBase64(r.data.data);
    if (data === undefined || data.length !== r.data.rows * (2 + 2 * methods) * 8) {
      return fail(
        `range ${i + 1} does not hold ${r.data.rows} datasets of ${methods} method${methods === 1 ? '' : 's'}.`,
      );
    }
    const c = r.data.calibration;
    return {
      scenario: r.data.scenario,
      id: r.data.id,
      counts: r.data.counts,
      first: r.data.first,
      rows: r.data.rows,
      calibration: {
        inputRho: fromExactJsonNumber(c.inputRho),
        achievedMeanRho: fromExactJsonNumber(c.achievedMeanRho),
        standardError: fromExactJsonNumber(c.standardError),
        datasets: c.datasets,
      },
      datasets: unpackRange(data, r.data.rows, methods),
    };
  });
  const { shard, scenarios, specHash } = header.data;
  return {
    schemaVersion: STUDY_PART_SCHEMA_VERSION,
    kind: 'study-part',
    version: header.data.version,
    specHash,
    shard,
    scenarios,
    spec,
    ranges,
    ...(options.source === undefined ? {} : { source: options.source }),
  };
}

/** Where a zod issue is: its field path, or what it says when it is about the object itself. */
function where(issue: z.core.$ZodIssue | undefined): string | undefined {
  if (issue === undefined) return undefined;
  return issue.path.length > 0 ? issue.path.map(String).join('.') : JSON.stringify(issue.message);
}

/**
 * The bytes as `formatStudyPart` wrote them, undoing what a transfer may do without changing the content: a UTF-8
 * byte order mark, CRLF line ends (a Windows checkout, a text-mode copy), blank lines at the end. The checksum then
 * decides whether anything else changed.
 */
function asWritten(bytes: Uint8Array): Uint8Array {
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let to = bytes.length;
  while (to > from && (bytes[to - 1] === NEWLINE || bytes[to - 1] === 13)) to--;
  if (to === from) return bytes.subarray(from, from);
  let out = bytes.subarray(from, to);
  const lf = out.indexOf(NEWLINE);
  if (lf > 0 && out[lf - 1] === 13) {
    // CRLF: only when every line ends so (a lone CR or LF is content, and the checksum will say so).
    const kept = new Uint8Array(out.length);
    let k = 0;
    for (let i = 0; i < out.length; i++) {
      if (out[i] === 13 && out[i + 1] === NEWLINE) continue;
      kept[k++] = out[i] as number;
    }
    const lines = out.filter((b) => b === NEWLINE).length;
    if (out.length - k === lines) out = kept.subarray(0, k);
  }
  const whole = new Uint8Array(out.length + 1);
  whole.set(out);
  whole[out.length] = NEWLINE;
  return whole;
}

/** A part that was reformatted (jq, an editor) is intact JSON without its layout: say so rather than "truncated". */
function refuseReformatted(bytes: Uint8Array, fail: (why: string) => never): void {
  if (bytes.length > 64 * 1024 * 1024) return;
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return;
  }
  if ((doc as { kind?: unknown })?.kind === 'study-part') {
    fail(
      'was reformatted (its JSON is whole, but not laid out as written: pretty-printed, or compacted by a tool such as jq); its checksum covers the bytes as written, so merge the original file.',
    );
  }
}
