import { IoError } from '@bootstat/io';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatsError } from './errors';
import { parseBenchReport } from './parse-bench-report';
import { promotionGate } from './promotion-gate';

const report = {
  runId: '3f2a9c1e-77b0',
  benchmark: 'qa',
  cases: [
    { caseId: 'a', score: 0.9 },
    { caseId: 'b', score: 0.8 },
  ],
};

function thrown(f: () => unknown): Error & { code: string; location: object } {
  try {
    f();
  } catch (e) {
    return e as Error & { code: string; location: object };
  }
  throw new Error('expected an error');
}

describe('parseBenchReport', () => {
  it('reads a JSON report, a BOM and CRLF included', () => {
    expect(parseBenchReport(`\uFEFF${JSON.stringify(report, null, 2).replaceAll('\n', '\r\n')}`)).toEqual(report);
  });

  it('fails closed on a repeated key: two "cases" lists never pass on the second', () => {
    const text = `{"runId": "3f2a9c1e", "cases": [{"caseId": "a", "score": 0.1}],\n "cases": [{"caseId": "a", "score": 1}]}`;
    // JSON.parse alone keeps the second list, and that report would pass a 0.8 gate.
    expect(JSON.parse(text).cases[0].score).toBe(1);
    const e = thrown(() => parseBenchReport(text, { source: 'run.json' }));
    expect(e).toBeInstanceOf(IoError);
    expect(e.code).toBe('IO_DUPLICATE_KEY');
    expect(e.location).toEqual({ source: 'run.json', line: 2, column: 2 });
  });

  it('refuses a repeated key inside a case too', () => {
    const text = '{"runId": "3f2a9c1e", "cases": [{"caseId": "a", "score": 0.1, "score": 0.9}]}';
    expect(thrown(() => parseBenchReport(text)).code).toBe('IO_DUPLICATE_KEY');
  });

  it('points at the value that breaks the schema', () => {
    const text = '{"runId": "3f2a9c1e",\n "cases": [{"caseId": "a", "score": 0.5},\n {"caseId": "b", "score": 1.5}]}';
    const e = thrown(() => parseBenchReport(text, { source: 'r.json' }));
    expect(e).toBeInstanceOf(StatsError);
    expect(e.message).toBe('cases.1.score: score must be in [0, 1].');
    expect(e.location).toEqual({ source: 'r.json', line: 3, column: 27 }); // ' {"caseId": "b", "score": 1.5}': 1 is at 27
  });

  it('reads a JSONL report with its run id, and points at a bad line', () => {
    const text = '{"caseId": "a", "score": 0.5}\n\n{"caseId": "b", "score": 0.7}\r\n';
    expect(parseBenchReport(text, { format: 'jsonl', runId: '3f2a9c1e' }).cases).toHaveLength(2);
    const bad = '{"caseId": "a", "score": 0.5}\n\n{"caseId": "b", "score": "x"}\n';
    const e = thrown(() => parseBenchReport(bad, { format: 'jsonl', runId: '3f2a9c1e', source: 'c.jsonl' }));
    expect(e.message).toBe('score: Invalid input: expected number, received string.');
    expect(e.location).toEqual({ source: 'c.jsonl', line: 3, column: 26 });
    expect(thrown(() => parseBenchReport(bad, { format: 'jsonl' })).code).toBe('STATS_INVALID_OPTION');
    expect(thrown(() => parseBenchReport('{}', { runId: 'x' })).code).toBe('STATS_INVALID_OPTION');
  });

  it('under fuzzing, gives back the report written, or a coded error, never a stack trace or another report', () => {
    const caseArb = fc.record({
      caseId: fc.string({ minLength: 1, maxLength: 6 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    const reportArb = fc.record({
      runId: fc.stringMatching(/^[0-9a-f]{8}[-\w]{0,6}$/),
      benchmark: fc.string({ maxLength: 6 }),
      cases: fc.array(caseArb, { maxLength: 8 }),
    });
    const mutation = fc.constantFrom(
      'none',
      'duplicate-cases',
      'duplicate-score',
      'nan',
      'truncate',
      'bom',
      'string-score',
      'big',
    );
    fc.assert(
      fc.property(reportArb, mutation, fc.constantFrom(undefined, 2), (r, m, indent) => {
        let text = JSON.stringify(r, null, indent);
        if (m === 'duplicate-cases') text = text.replace(/}\s*$/, ', "cases": []}');
        if (m === 'duplicate-score' && r.cases.length > 0) text = text.replace('"score":', '"score": 0.5, "score":');
        if (m === 'nan' && r.cases.length > 0) text = text.replace(/"score":\s*[^,}]+/, '"score": NaN');
        if (m === 'truncate') text = text.slice(0, text.length - 1);
        if (m === 'bom') text = `\uFEFF${text}`;
        if (m === 'string-score' && r.cases.length > 0) text = text.replace(/"score":\s*([^,}]+)/, '"score": "$1"');
        if (m === 'big' && r.cases.length > 0) text = text.replace(/"score":\s*[^,}]+/, '"score": 1e999');
        let got: unknown;
        try {
          got = parseBenchReport(text);
        } catch (e) {
          expect(e instanceof IoError || e instanceof StatsError).toBe(true);
          expect(
            m === 'none' || m === 'bom' || (r.cases.length === 0 && m !== 'duplicate-cases' && m !== 'truncate'),
          ).toBe(false);
          return;
        }
        expect(got).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('feeds promotionGate', () => {
    expect(
      promotionGate([parseBenchReport(JSON.stringify(report))], { threshold: 0.5, minCases: 2 }).verdicts,
    ).toHaveLength(1);
  });
});
