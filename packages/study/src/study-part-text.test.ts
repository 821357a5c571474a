import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARD_SPEC } from '../test/shard-spec';
import { studyRefusal } from '../test/study-refusal';
import { runStudyShard, type StudyPart } from './study-part';
import { formatStudyPart, parseStudyPart, STUDY_PART_LINE_ROWS } from './study-part-text';
import { studySpecHash } from './study-spec-hash';

const text = (part: StudyPart) => [...formatStudyPart(part)].join('');
// Shard 2 of 3 holds the n = 5 scenarios (and the end of an n = 24 one).
const part = runStudyShard(SHARD_SPEC, { index: 2, count: 3 });
const written = text(part);
const bits = (a: Float64Array) => Array.from(new BigUint64Array(Float64Array.from(a).buffer), String);

/** A part with its content changed and its checksum made right again, as a forger (or a bug) would. */
export function reseal(body: string): string {
  const lines = body.split('\n');
  const content = `${lines.slice(0, -2).join('\n')}\n`;
  return `${content}],"checksum":"sha256:${bytesToHex(sha256(new TextEncoder().encode(content)))}"}\n`;
}

describe('formatStudyPart and parseStudyPart', () => {
  it('lays a part out as one JSON object, a line per range, ending with the checksum of every byte before it', () => {
    const lines = written.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(part.ranges.length + 3);
    expect(lines[0]).toMatch(
      /^\{"schemaVersion":1,"kind":"study-part","version":"[^"]+","specHash":"sha256:[0-9a-f]{64}","shard":\{"index":2,"count":3\},"scenarios":4,"spec":\{.*\},"ranges":\[$/,
    );
    const doc = JSON.parse(written);
    expect(doc.kind).toBe('study-part');
    expect(doc.ranges.map((r: { id: string; first: number; rows: number }) => [r.id, r.first, r.rows])).toEqual(
      part.ranges.map((r) => [r.id, r.first, r.rows]),
    );
    const before = written.slice(0, written.lastIndexOf('],"checksum"'));
    // The checksum, computed here with Node's own SHA-256 rather than the library's.
    expect(doc.checksum).toBe(`sha256:${createHash('sha256').update(before).digest('hex')}`);
    expect(doc.specHash).toBe(studySpecHash(SHARD_SPEC));
  });

  it('gives back every bit: NaN replicates, NaN ends, −0, and the calibration', () => {
    const back = parseStudyPart(written, { source: 'p.json' });
    expect(back.source).toBe('p.json');
    expect(back.spec).toEqual(part.spec);
    expect(back.ranges).toHaveLength(part.ranges.length);
    let nan = 0;
    for (const [i, r] of part.ranges.entries()) {
      const b = back.ranges[i];
      expect(b?.calibration).toEqual(r.calibration);
      for (const key of ['rhoHat', 'nanReplicates'] as const)
        expect(bits(b?.datasets[key] as Float64Array)).toEqual(bits(r.datasets[key]));
      for (const j of [0, 1]) {
        expect(bits(b?.datasets.low[j] as Float64Array)).toEqual(bits(r.datasets.low[j] as Float64Array));
        expect(bits(b?.datasets.high[j] as Float64Array)).toEqual(bits(r.datasets.high[j] as Float64Array));
        nan += (r.datasets.low[j] as Float64Array).filter(Number.isNaN).length;
      }
    }
    // The n = 5 case's BCa gives NaN ends for some datasets: the part keeps them.
    expect(nan).toBeGreaterThan(0);
    const negativeZero = { ...part, ranges: [{ ...(part.ranges[0] as StudyPart['ranges'][number]) }] };
    (negativeZero.ranges[0]?.datasets.rhoHat as Float64Array)[0] = -0;
    const z = parseStudyPart(text(negativeZero as StudyPart));
    expect(Object.is(z.ranges[0]?.datasets.rhoHat[0], -0)).toBe(true);
  });

  it('refuses a part cut at any byte (but its final newline, which changes nothing)', () => {
    expect(text(parseStudyPart(written.slice(0, -1)))).toBe(written);
    for (let cut = 0; cut < written.length - 1; cut += cut < 200 || cut > written.length - 200 ? 1 : 97) {
      const e = studyRefusal(() => parseStudyPart(written.slice(0, cut), { source: 'part-1.json' }));
      expect(e.code).toBe('STUDY_PART_INVALID');
      expect(e.message).toMatch(
        /^part-1\.json: (is empty|is truncated or is not a bootstat study part|its content does not match its checksum)/,
      );
    }
  });

  it('refuses a part with any byte changed, or reads the very part written (a final newline made a CR)', () => {
    const bytes = new TextEncoder().encode(written);
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = Uint8Array.from(bytes);
        changed[at] = (changed[at] as number) ^ flip;
        try {
          expect(text(parseStudyPart(changed, { source: 'p' }))).toBe(written);
          expect([at, changed[at]]).toEqual([bytes.length - 1, 13]);
        } catch (e) {
          expect((e as { code?: string }).code).toBe('STUDY_PART_INVALID');
        }
      }),
    );
  });

  it('reads a part through what transfers do to text: a BOM, CRLF line ends, blank lines at the end', () => {
    for (const moved of [
      `\ufeff${written}`,
      written.replaceAll('\n', '\r\n'),
      `${written}\n\n`,
      `\ufeff${written.replaceAll('\n', '\r\n')}\r\n`,
    ]) {
      expect(text(parseStudyPart(moved))).toBe(written);
    }
    // A CR inside the content is content: the checksum refuses it.
    const cr = written.replace('"ranges":[\n', '"ranges":[\r\n');
    expect(studyRefusal(() => parseStudyPart(cr)).message).toMatch(/does not match its checksum/);
  });

  it('says a part reformatted by a tool such as jq is intact but not as written', () => {
    const doc = JSON.parse(written);
    for (const reformatted of [JSON.stringify(doc, null, 2), `${JSON.stringify(doc)}\n`]) {
      expect(studyRefusal(() => parseStudyPart(reformatted, { source: 'p.json' })).message).toBe(
        'p.json: was reformatted (its JSON is whole, but not laid out as written: pretty-printed, or compacted by a tool such as jq); its checksum covers the bytes as written, so merge the original file.',
      );
    }
  });

  it('writes a range longer than STUDY_PART_LINE_ROWS datasets on several lines, and reads it back', () => {
    const big = runStudyShard(
      {
        ...SHARD_SPEC,
        nReps: STUDY_PART_LINE_ROWS + 3,
        nResamples: 1,
        methods: ['percentile'],
        calibration: false,
        grid: { k: [3], patterns: ['even'] },
        cases: [SHARD_SPEC.cases[1] as (typeof SHARD_SPEC.cases)[number]],
      },
      { index: 0, count: 1 },
    );
    const lines = text(big).split('\n');
    expect(lines).toHaveLength(5);
    const back = parseStudyPart(lines.join('\n'));
    expect(back.ranges.map((r) => [r.first, r.rows])).toEqual([
      [0, STUDY_PART_LINE_ROWS],
      [STUDY_PART_LINE_ROWS, 3],
    ]);
    const r = big.ranges[0] as StudyPart['ranges'][number];
    expect(bits(back.ranges[1]?.datasets.low[0] as Float64Array)).toEqual(
      bits((r.datasets.low[0] as Float64Array).subarray(STUDY_PART_LINE_ROWS)),
    );
    expect(bits(back.ranges[0]?.datasets.rhoHat as Float64Array)).toEqual(
      bits(r.datasets.rhoHat.subarray(0, STUDY_PART_LINE_ROWS)),
    );
  });

  it('says what is wrong with a part whose checksum is right but whose content is not a part', () => {
    const cases: [string, RegExp][] = [
      [
        reseal(written.replace('"shard":{"index":2,"count":3}', '"shard":{"index":7,"count":3}')),
        /its shard 7\/3 is not a shard: shard indices run from 0 to 2 for 3 shards/,
      ],
      [
        reseal(written.replace('"shard":{"index":2,"count":3}', '"shard":{"index":2,"count":4294967296}')),
        /is not a shard: a shard count must be a whole number in \[1, 100000\]/,
      ],
      [
        reseal(written.replace('"kind":"study-part"', '"kind":"study-part","__proto__":{"polluted":1}')),
        /its header is malformed \(".*__proto__.*"\)/,
      ],
      [
        reseal(written.replace('"kind":"study-part"', '"kind":"study"')),
        /is not a bootstat study part: its header is malformed \(kind\)/,
      ],
      [
        reseal(written.replace('"schemaVersion":1', '"schemaVersion":2')),
        /is a part of format 2, newer than this bootstat reads \(1\)/,
      ],
      [reseal(written.replace('"seed":11', '"seed":12')), /its spec does not have the hash it records/],
      [reseal(written.replace('"nReps":13', '"nReps":0')), /its spec is not valid: .*nReps/],
      [
        reseal(written.replace(/"data":"[A-Za-z0-9+/]{8}/, '"data":"')),
        /range 1 does not hold \d+ datasets of 2 methods/,
      ],
      [reseal(written.replace(/"rows":(\d+)/, (_, r) => `"rows":${Number(r) + 1}`)), /range 1 does not hold/],
      [reseal(written.replace('"ranges":[\n', '"ranges":[\n,\n')), /range 1 is not JSON|range 1 is not laid out/],
      [reseal(written.replace(/\},\n/, '}\n')), /range 1 is not laid out as a part's range line/],
      [reseal(written.replace(/"first":\d+/, '"first":-1')), /range 1 is malformed \(first\)/],
      [reseal('{"a":1,"ranges":[\n],"checksum":"x"}\n'), /header is malformed/],
      [reseal('not json at all,"ranges":[\n],"checksum":"x"}\n'), /its header is not JSON/],
      [reseal('hello\n],"checksum":"x"}\n'), /its first line is not a part header/],
    ];
    for (const [body, message] of cases) {
      const e = studyRefusal(() => parseStudyPart(body, { source: 'p' }));
      expect(e.code).toBe('STUDY_PART_INVALID');
      expect(e.message, body.slice(0, 80)).toMatch(message);
    }
  });
});
