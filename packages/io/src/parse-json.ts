import { IoError, type IoErrorCode } from './errors';

export interface ParseJsonOptions {
  /** The input's name, for messages. */
  readonly source?: string;
  /** Arrays and objects nested deeper than this are refused (IO_TOO_DEEP); default 256. */
  readonly maxDepth?: number;
  /** The line number of the text's first line (a JSONL line, say); default 1. */
  readonly firstLine?: number;
  /**
   * Receives each object's keys in the order the text gives them. (A JavaScript object lists integer-like keys
   * first, so `Object.keys` cannot tell that `{"b": 1, "0": 2}` names b first.)
   */
  readonly keyOrder?: WeakMap<object, string[]>;
}

/** Default nesting limit: deeper documents are refused rather than risk the call stack. */
export const JSON_MAX_DEPTH = 256;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Characters a string may hold unescaped: anything but the quote, the backslash and the control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids them unescaped; this finds them.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

type Path = (string | number)[];

class Found {
  constructor(readonly offset: number) {}
}

/** 1-based line and column of an offset (lines end at LF; a CRLF's CR is the end of its line). */
export function positionAt(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  let line = firstLine;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

function show(text: string, i: number): string {
  if (i >= text.length) return 'the end of the input';
  const c = text.codePointAt(i) as number;
  return c < 0x20 || c === 0x7f
    ? `the control character U+${c.toString(16).padStart(4, '0').toUpperCase()}`
    : `'${String.fromCodePoint(c)}'`;
}

class Parser {
  private i = 0;
  private depth = 0;
  private readonly path: Path = [];

  constructor(
    private readonly text: string,
    private readonly options: ParseJsonOptions,
    private readonly target: Path | undefined,
  ) {}

  fail(code: IoErrorCode, message: string, offset: number): never {
    const { line, column } = positionAt(this.text, offset, this.options.firstLine);
    throw new IoError(code, message, {
      ...(this.options.source === undefined ? {} : { source: this.options.source }),
      line,
      column,
    });
  }

  ws(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  document(): unknown {
    this.ws();
    const value = this.value();
    this.ws();
    if (this.i < this.text.length) {
      this.fail('IO_INVALID_JSON', `invalid JSON: ${show(this.text, this.i)} after the end of the JSON value.`, this.i);
    }
    return value;
  }

  atTarget(): boolean {
    const t = this.target as Path;
    if (t.length !== this.path.length) return false;
    for (let k = 0; k < t.length; k++) if (t[k] !== this.path[k]) return false;
    return true;
  }

  value(): unknown {
    const t = this.text;
    const i = this.i;
    if (this.target !== undefined && this.atTarget()) throw new Found(i);
    const c = t.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++this.depth > (this.options.maxDepth ?? JSON_MAX_DEPTH)) {
        this.fail(
          'IO_TOO_DEEP',
          `JSON nested more than ${this.options.maxDepth ?? JSON_MAX_DEPTH} levels deep; no table or report needs that.`,
          i,
        );
      }
      const v = c === 123 ? this.object() : this.array();
      this.depth--;
      return v;
    }
    if (c === 34 /* " */) return this.string();
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(t);
      if (m === null) this.fail('IO_INVALID_JSON', `invalid JSON: a number is malformed here.`, i);
      const token = m[0];
      const v = Number(token);
      if (!Number.isFinite(v)) {
        this.fail(
          'IO_NUMBER_OUT_OF_RANGE',
          `the number ${token.length > 40 ? `${token.slice(0, 40)}…` : token} is too large for a double (it would be ${v > 0 ? '' : '-'}Infinity).`,
          i,
        );
      }
      this.i = i + token.length;
      return v;
    }
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (t.startsWith(word, i)) {
        this.i = i + word.length;
        return v;
      }
    }
    if (t.startsWith('NaN', i) || t.startsWith('Infinity', i)) {
      this.fail(
        'IO_INVALID_JSON',
        `invalid JSON: ${t.startsWith('NaN', i) ? 'NaN' : 'Infinity'} is not a JSON value (write null, or the string "${t.startsWith('NaN', i) ? 'NaN' : 'Infinity'}").`,
        i,
      );
    }
    return this.fail('IO_INVALID_JSON', `invalid JSON: expected a value, found ${show(t, i)}.`, i);
  }

  string(): string {
    const t = this.text;
    const open = this.i;
    let i = open + 1;
    let out = '';
    for (;;) {
      PLAIN.lastIndex = i;
      const run = (PLAIN.exec(t) as RegExpExecArray)[0];
      out += run;
      i += run.length;
      const c = t.charCodeAt(i);
      if (c === 34) {
        this.i = i + 1;
        return out;
      }
      if (c === 92 /* \ */) {
        const e = t[i + 1] ?? '';
        const simple = ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(t.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        this.fail('IO_INVALID_JSON', 'invalid JSON: a bad escape sequence in a string.', i);
      }
      if (i >= t.length) this.fail('IO_INVALID_JSON', 'invalid JSON: a string that never ends.', open);
      this.fail('IO_INVALID_JSON', `invalid JSON: ${show(t, i)} inside a string (write it as an escape).`, i);
    }
  }

  expect(code: number, what: string): void {
    if (this.text.charCodeAt(this.i) !== code) {
      this.fail('IO_INVALID_JSON', `invalid JSON: expected ${what}, found ${show(this.text, this.i)}.`, this.i);
    }
    this.i++;
  }

  array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    const tracking = this.target !== undefined;
    for (;;) {
      this.ws();
      if (tracking) this.path.push(out.length);
      out.push(this.value());
      if (tracking) this.path.pop();
      this.ws();
      if (this.text.charCodeAt(this.i) === 44) {
        this.i++;
        continue;
      }
      this.expect(93, "',' or ']'");
      return out;
    }
  }

  object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const order = this.options.keyOrder;
    const keys: string[] | undefined = order === undefined ? undefined : [];
    if (order !== undefined) order.set(out, keys as string[]);
    this.i++;
    this.ws();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    const tracking = this.target !== undefined;
    for (;;) {
      this.ws();
      const at = this.i;
      if (this.text.charCodeAt(at) !== 34) {
        this.fail('IO_INVALID_JSON', `invalid JSON: expected a key in quotes, found ${show(this.text, at)}.`, at);
      }
      const key = this.string();
      if (Object.hasOwn(out, key)) {
        this.fail(
          'IO_DUPLICATE_KEY',
          `the key ${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)} appears twice in one object; readers disagree on which one counts, so neither is used. Remove one.`,
          at,
        );
      }
      this.ws();
      this.expect(58, "':'");
      this.ws();
      keys?.push(key);
      if (tracking) this.path.push(key);
      const v = this.value();
      if (tracking) this.path.pop();
      // A "__proto__" key is data (as with JSON.parse), never the object's prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      this.ws();
      if (this.text.charCodeAt(this.i) === 44) {
        this.i++;
        continue;
      }
      this.expect(125, "',' or '}'");
      return out;
    }
  }
}

/**
 * Strict JSON (RFC 8259), as `JSON.parse` reads it, with what a data reader needs besides: an object that names
 * a key twice is an error (JSON.parse keeps the last, so a report with two "cases" lists would be judged on the
 * second); a number too large for a double (`1e999`) is an error naming it, not Infinity; nesting is limited;
 * every error gives the line and column.
 *
 * @throws {IoError} IO_INVALID_JSON, IO_DUPLICATE_KEY, IO_NUMBER_OUT_OF_RANGE, IO_TOO_DEEP
 * @example
 * parseJson('{"cases": [1, 2]}'); // { cases: [1, 2] }
 * try {
 *   parseJson('{"cases": [1], "cases": [2]}');
 * } catch (e) {
 *   if (!(e instanceof IoError)) throw e;
 *   [e.code, e.location.line, e.location.column]; // ['IO_DUPLICATE_KEY', 1, 16]
 * }
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): unknown {
  return new Parser(text, options, undefined).document();
}

/**
 * Where the value at `path` (keys and array indices) starts in a JSON text, for error messages; undefined when
 * there is no such value. The text is read again, so keep this for errors.
 *
 * @example
 * locateJson('{\n  "cases": [1, "x"]\n}', ['cases', 1]); // { line: 2, column: 16 }
 * locateJson('{"cases": []}', ['runId']); // undefined
 */
export function locateJson(
  text: string,
  path: readonly (string | number)[],
  firstLine = 1,
): { line: number; column: number } | undefined {
  try {
    new Parser(text, { firstLine }, [...path]).document();
  } catch (e) {
    if (e instanceof Found) return positionAt(text, e.offset, firstLine);
  }
  return undefined;
}
