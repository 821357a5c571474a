import { CliError } from '../cli-error';
import type { Table } from './table';

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

// JSON.parse does not say where it failed on Node 20; this finds the first offset where the text stops being
// JSON-shaped (a character no token can start with, or an unterminated string), for the error message.
function firstBadOffset(text: string): number {
  const token = /\s+|-?\d+(\.\d+)?([eE][+-]?\d+)?|"(?:[^"\\\n]|\\.)*"|true|false|null|[[\]{},:]/y;
  let i = 0;
  while (i < text.length) {
    token.lastIndex = i;
    const m = token.exec(text);
    if (m === null) return i;
    i += m[0].length;
  }
  return text.length;
}

function parseOrExplain(text: string, source: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const p = position(text, firstBadOffset(text));
    throw new CliError(`invalid JSON: ${(e as Error).message.split('\n')[0]}`, {
      location: `${source}:${p.line + lineOffset}:${p.column}`,
    });
  }
}

// Offsets of the top-level array's elements, so a bad element can be pointed at.
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (depth === 1 && expectValue) {
      offsets.push(i);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectValue = true;
  }
  return offsets;
}

function rowsFromItems(
  items: unknown[],
  where: (k: number) => { line: number; column: number },
  source: string,
): Table {
  if (items.length === 0)
    throw new CliError('the input is an empty array: no numbers to resample.', { location: source });
  if (items.every((v) => typeof v !== 'object' || v === null)) {
    return {
      source,
      format: 'json',
      columns: ['value'],
      rows: items.map((v, k) => [{ text: JSON.stringify(v) ?? String(v), value: v, ...where(k) }]),
    };
  }
  const columns: string[] = [];
  for (const item of items) {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      for (const key of Object.keys(item)) if (!columns.includes(key)) columns.push(key);
    }
  }
  return {
    source,
    format: 'json',
    columns,
    rows: items.map((item, k) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new CliError('expected an object like {"x": 1.5} for every item.', {
          location: `${source}:${where(k).line}:${where(k).column}`,
        });
      }
      const rec = item as Record<string, unknown>;
      return columns.map((c) =>
        c in rec ? { text: JSON.stringify(rec[c]) ?? '', value: rec[c], ...where(k) } : undefined,
      );
    }),
  };
}

/** JSON: an array of numbers, an array of objects (columns by key), or an object of arrays (columns by key). */
export function parseJson(text: string, source: string): Table {
  if (text.trim() === '') throw new CliError('the input is empty: no numbers to resample.', { location: source });
  const data = parseOrExplain(text, source);
  if (Array.isArray(data)) {
    const offsets = elementOffsets(text);
    return rowsFromItems(data, (k) => position(text, offsets[k] ?? 0), source);
  }
  if (typeof data === 'object' && data !== null) {
    const entries = Object.entries(data).filter(([, v]) => Array.isArray(v)) as [string, unknown[]][];
    if (entries.length > 0) {
      const length = Math.max(...entries.map(([, v]) => v.length));
      const at = position(text, 0);
      return {
        source,
        format: 'json',
        columns: entries.map(([k]) => k),
        rows: Array.from({ length }, (_, r) =>
          entries.map(([, v]) => (r < v.length ? { text: JSON.stringify(v[r]) ?? '', value: v[r], ...at } : undefined)),
        ),
      };
    }
  }
  throw new CliError('expected a JSON array of numbers, an array of objects, or an object of arrays.', {
    location: source,
  });
}

/** JSON Lines: one number or one object per line; blank lines are skipped. */
export function parseJsonl(text: string, source: string): Table {
  const items: unknown[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((raw, k) => {
    if (raw.trim() === '') return;
    items.push(parseOrExplain(raw, source, k));
    lines.push(k + 1);
  });
  if (items.length === 0) throw new CliError('the input is empty: no numbers to resample.', { location: source });
  const table = rowsFromItems(items, (k) => ({ line: lines[k] as number, column: 1 }), source);
  return { ...table, format: 'jsonl' };
}
