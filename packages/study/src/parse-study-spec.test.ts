import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyRefusal } from '../test/study-refusal';
import { StudyError } from './errors';
import { parseStudySpec } from './parse-study-spec';

const yaml = `seed: 1
nReps: 200
nResamples: 1000
grid: { k: [4], patterns: [even] }
cases:
  - { id: 1, n: 80, rho: -0.13, marginal: { median: 15.4, iqr: 19.3 } }
`;

const refusal = (text: string, format: 'json' | 'yaml') =>
  studyRefusal(() => parseStudySpec(text, { format, source: 'spec' }));

describe('parseStudySpec', () => {
  it('reads the same spec from YAML and from JSON', () => {
    const a = parseStudySpec(yaml, { format: 'yaml' });
    const b = parseStudySpec(
      JSON.stringify({
        seed: 1,
        nReps: 200,
        nResamples: 1000,
        grid: { k: [4], patterns: ['even'] },
        cases: [{ id: 1, n: 80, rho: -0.13, marginal: { median: 15.4, iqr: 19.3 } }],
      }),
      { format: 'json' },
    );
    expect(a).toEqual(b);
  });

  it('refuses text that is not YAML or JSON, with its line', () => {
    expect(refusal('seed: [1\nnReps: 2\n', 'yaml').message).toMatch(/^spec(:\d+)?: not valid YAML/);
    const e = refusal('{"seed": 1,}', 'json');
    expect(e.code).toBe('STUDY_READ_ERROR');
    expect(e.message).toMatch(/^spec: /);
  });

  it('refuses a duplicate key in either format', () => {
    expect(refusal(`${yaml}seed: 2\n`, 'yaml').code).toBe('STUDY_READ_ERROR');
    expect(refusal('{"seed": 1, "seed": 2}', 'json').code).toBe('STUDY_READ_ERROR');
  });

  it('does not expand a "billion laughs" of aliases', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      laughs.push(`${name}: &${name} [${new Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const e = refusal(`${laughs.join('\n')}\n`, 'yaml');
    expect(e.code).toBe('STUDY_READ_ERROR');
  });

  it('refuses a document that is not an object of fields', () => {
    expect(refusal('- 1\n- 2\n', 'yaml').code).toBe('STUDY_INVALID_SPEC');
    expect(refusal('42', 'json').code).toBe('STUDY_INVALID_SPEC');
  });

  it('throws only StudyError, whatever the text (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('json', 'yaml'), (text, format) => {
        try {
          parseStudySpec(text, { format: format as 'json' | 'yaml' });
        } catch (e) {
          expect(e).toBeInstanceOf(StudyError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('throws only StudyError for spec-shaped YAML with random values (fuzzed)', () => {
    const value = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const text = `seed: ${JSON.stringify(a)}\nnReps: ${JSON.stringify(b)}\nnResamples: 10\ngrid: { allDistinct: true }\ncases: [{ id: 1, n: 10, rho: ${JSON.stringify(c)} }]\n`;
        try {
          parseStudySpec(text, { format: 'yaml' });
        } catch (e) {
          expect(e).toBeInstanceOf(StudyError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseStudySpec: what the adversarial review found', () => {
  it('refuses an unknown YAML tag as an error with its line, instead of letting the library print a warning', () => {
    const e = refusal(`${yaml}name: !custom hello\n`, 'yaml');
    expect(e.code).toBe('STUDY_READ_ERROR');
    expect(e.message).toBe('spec:7: YAML bootstat does not accept: Unresolved tag: !custom');
  });

  it('reads a spec with a byte-order mark in JSON as in YAML', () => {
    const json = JSON.stringify({
      seed: 1,
      nReps: 2,
      nResamples: 3,
      grid: { allDistinct: true },
      cases: [{ id: 1, n: 10, rho: 0.1 }],
    });
    expect(parseStudySpec(`\uFEFF${json}`, { format: 'json' }).seed).toBe(1);
    expect(parseStudySpec(`\uFEFF${yaml}`, { format: 'yaml' }).seed).toBe(1);
  });
});
