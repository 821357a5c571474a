import { createRequire as __bootstatCreateRequire } from 'node:module';
const require = __bootstatCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// ../../packages/io/src/base64.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
var VALUES = new Uint8Array(256).fill(255);
var LATIN1 = new TextDecoder("latin1");
for (let i = 0; i < 64; i++) VALUES[CODES[i]] = i;
function decodeBase64(text) {
  const len = text.length;
  if (len % 4 !== 0) return void 0;
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array(len / 4 * 3 - pad);
  const value = (i) => {
    const code = text.charCodeAt(i);
    return code < 256 ? VALUES[code] : 255;
  };
  let j = 0;
  for (let i = 0; i < len; i += 4) {
    const last = i + 4 === len;
    const a = value(i);
    const b = value(i + 1);
    const c = last && pad === 2 ? 0 : value(i + 2);
    const d = last && pad >= 1 ? 0 : value(i + 3);
    if ((a | b | c | d) > 63) return void 0;
    const v = a << 18 | b << 12 | c << 6 | d;
    out[j++] = v >>> 16;
    if (last && pad === 2) {
      if ((v & 65535) !== 0) return void 0;
      continue;
    }
    out[j++] = v >>> 8 & 255;
    if (last && pad === 1) {
      if ((v & 255) !== 0) return void 0;
      continue;
    }
    out[j++] = v & 255;
  }
  return out;
}

// ../../packages/io/src/errors.ts
var IoError = class extends Error {
  name = "IoError";
  code;
  location;
  constructor(code, message, location = {}) {
    super(message);
    this.code = code;
    this.location = location;
  }
};

// ../../packages/io/src/escape-text.ts
var UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
var SHORT = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeOne(ch) {
  const short = SHORT[ch];
  if (short !== void 0) return short;
  const code = ch.codePointAt(0);
  return code <= 65535 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\u{${code.toString(16)}}`;
}
function escapeText(text) {
  return text.replace(UNSAFE, escapeOne);
}
function toSafeJson(value, indent) {
  return (JSON.stringify(value, null, indent) ?? "null").replace(UNSAFE, (ch) => {
    if (ch === "\n") return ch;
    let out = "";
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`;
    return out;
  });
}
var MARKDOWN = /[\\`*_[\]<>|~&:]/g;
var ENTITIES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
function escapeMarkdown(text) {
  return escapeText(text).replace(MARKDOWN, (c) => ENTITIES[c] ?? `\\${c}`);
}

// ../../packages/io/src/natural-compare.ts
function naturalCompare(a, b) {
  const chunks = /(\d+)|(\D+)/g;
  const as = a.match(chunks) ?? [];
  const bs = b.match(chunks) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    if (x === y) continue;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const xt = x.replace(/^0+(?=\d)/, "");
      const yt = y.replace(/^0+(?=\d)/, "");
      if (xt.length !== yt.length) return xt.length - yt.length;
      if (xt !== yt) return xt < yt ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (as.length !== bs.length) return as.length - bs.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

// ../../packages/io/src/parse-json.ts
var JSON_MAX_DEPTH = 256;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var PLAIN = /[^"\\\u0000-\u001f]*/y;
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var Found = class {
  constructor(offset) {
    this.offset = offset;
  }
  offset;
};
function positionAt(text, offset, firstLine = 1) {
  let line = firstLine;
  let last = -1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
function show(text, i) {
  if (i >= text.length) return "the end of the input";
  const c = text.codePointAt(i);
  return c < 32 || c === 127 ? `the control character U+${c.toString(16).padStart(4, "0").toUpperCase()}` : `'${String.fromCodePoint(c)}'`;
}
var Parser = class {
  constructor(text, options, target) {
    this.text = text;
    this.options = options;
    this.target = target;
  }
  text;
  options;
  target;
  i = 0;
  depth = 0;
  path = [];
  fail(code, message, offset) {
    const { line, column } = positionAt(this.text, offset, this.options.firstLine);
    throw new IoError(code, message, {
      ...this.options.source === void 0 ? {} : { source: this.options.source },
      line,
      column
    });
  }
  ws() {
    const t = this.text;
    let i = this.i;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }
  document() {
    this.ws();
    const value = this.value();
    this.ws();
    if (this.i < this.text.length) {
      this.fail("IO_INVALID_JSON", `invalid JSON: ${show(this.text, this.i)} after the end of the JSON value.`, this.i);
    }
    return value;
  }
  atTarget() {
    const t = this.target;
    if (t.length !== this.path.length) return false;
    for (let k = 0; k < t.length; k++) if (t[k] !== this.path[k]) return false;
    return true;
  }
  value() {
    const t = this.text;
    const i = this.i;
    if (this.target !== void 0 && this.atTarget()) throw new Found(i);
    const c = t.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (++this.depth > (this.options.maxDepth ?? JSON_MAX_DEPTH)) {
        this.fail(
          "IO_TOO_DEEP",
          `JSON nested more than ${this.options.maxDepth ?? JSON_MAX_DEPTH} levels deep; no table or report needs that.`,
          i
        );
      }
      const v = c === 123 ? this.object() : this.array();
      this.depth--;
      return v;
    }
    if (c === 34) return this.string();
    if (c === 45 || c >= 48 && c <= 57) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(t);
      if (m === null) this.fail("IO_INVALID_JSON", `invalid JSON: a number is malformed here.`, i);
      const token = m[0];
      const v = Number(token);
      if (!Number.isFinite(v)) {
        this.fail(
          "IO_NUMBER_OUT_OF_RANGE",
          `the number ${token.length > 40 ? `${token.slice(0, 40)}\u2026` : token} is too large for a double (it would be ${v > 0 ? "" : "-"}Infinity).`,
          i
        );
      }
      this.i = i + token.length;
      return v;
    }
    for (const [word, v] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ]) {
      if (t.startsWith(word, i)) {
        this.i = i + word.length;
        return v;
      }
    }
    if (t.startsWith("NaN", i) || t.startsWith("Infinity", i)) {
      this.fail(
        "IO_INVALID_JSON",
        `invalid JSON: ${t.startsWith("NaN", i) ? "NaN" : "Infinity"} is not a JSON value (write null, or the string "${t.startsWith("NaN", i) ? "NaN" : "Infinity"}").`,
        i
      );
    }
    return this.fail("IO_INVALID_JSON", `invalid JSON: expected a value, found ${show(t, i)}.`, i);
  }
  string() {
    const t = this.text;
    const open2 = this.i;
    let i = open2 + 1;
    let out = "";
    for (; ; ) {
      PLAIN.lastIndex = i;
      const run2 = PLAIN.exec(t)[0];
      out += run2;
      i += run2.length;
      const c = t.charCodeAt(i);
      if (c === 34) {
        this.i = i + 1;
        return out;
      }
      if (c === 92) {
        const e = t[i + 1] ?? "";
        const simple = ESCAPES[e];
        if (simple !== void 0) {
          out += simple;
          i += 2;
          continue;
        }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(t.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        this.fail("IO_INVALID_JSON", "invalid JSON: a bad escape sequence in a string.", i);
      }
      if (i >= t.length) this.fail("IO_INVALID_JSON", "invalid JSON: a string that never ends.", open2);
      this.fail("IO_INVALID_JSON", `invalid JSON: ${show(t, i)} inside a string (write it as an escape).`, i);
    }
  }
  expect(code, what) {
    if (this.text.charCodeAt(this.i) !== code) {
      this.fail("IO_INVALID_JSON", `invalid JSON: expected ${what}, found ${show(this.text, this.i)}.`, this.i);
    }
    this.i++;
  }
  array() {
    const out = [];
    this.i++;
    this.ws();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    const tracking = this.target !== void 0;
    for (; ; ) {
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
  object() {
    const out = {};
    const order = this.options.keyOrder;
    const keys = order === void 0 ? void 0 : [];
    if (order !== void 0) order.set(out, keys);
    this.i++;
    this.ws();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    const tracking = this.target !== void 0;
    for (; ; ) {
      this.ws();
      const at = this.i;
      if (this.text.charCodeAt(at) !== 34) {
        this.fail("IO_INVALID_JSON", `invalid JSON: expected a key in quotes, found ${show(this.text, at)}.`, at);
      }
      const key = this.string();
      if (Object.hasOwn(out, key)) {
        this.fail(
          "IO_DUPLICATE_KEY",
          `the key ${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}\u2026` : key)} appears twice in one object; readers disagree on which one counts, so neither is used. Remove one.`,
          at
        );
      }
      this.ws();
      this.expect(58, "':'");
      this.ws();
      keys?.push(key);
      if (tracking) this.path.push(key);
      const v = this.value();
      if (tracking) this.path.pop();
      if (key === "__proto__")
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
};
function parseJson(text, options = {}) {
  return new Parser(text, options, void 0).document();
}
function locateJson(text, path, firstLine = 1) {
  try {
    new Parser(text, { firstLine }, [...path]).document();
  } catch (e) {
    if (e instanceof Found) return positionAt(text, e.offset, firstLine);
  }
  return void 0;
}

// ../../packages/io/src/describe-system-error.ts
var WHY = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a directory",
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is not a directory",
  EROFS: "the file system is read-only",
  ELOOP: "too many symbolic links",
  EPIPE: "the reading end is closed",
  ENXIO: "no reader is connected to it",
  EFBIG: "the file is too large",
  EIO: "an input/output error",
  EBADF: "the file descriptor is not open for writing"
};
function describeSystemError(e) {
  const code = e?.code;
  if (typeof code !== "string") return e?.message ?? String(e);
  return `${WHY[code] ?? "the system refused"} (${code})`;
}

// ../../packages/io/src/find-files.ts
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from "fs";
import { isAbsolute, join, relative, resolve, sep } from "path";

// ../../packages/io/src/internal/glob.ts
function isGlob(path) {
  return /[*?[{]/.test(path);
}
var MAX_ALTERNATIVES = 1024;
function expandBraces(pattern) {
  let open2 = -1;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "{") {
      if (depth === 0) open2 = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = pattern.slice(open2 + 1, i);
        const parts = [];
        let d = 0;
        let from = 0;
        for (let k = 0; k < inner.length; k++) {
          if (inner[k] === "{") d++;
          else if (inner[k] === "}") d--;
          else if (inner[k] === "," && d === 0) {
            parts.push(inner.slice(from, k));
            from = k + 1;
          }
        }
        parts.push(inner.slice(from));
        if (parts.length === 1) continue;
        const head = pattern.slice(0, open2);
        const tail = pattern.slice(i + 1);
        const out = parts.flatMap((p) => expandBraces(`${head}${p}${tail}`));
        if (out.length > MAX_ALTERNATIVES) {
          throw new IoError(
            "IO_INVALID_OPTION",
            `the glob ${JSON.stringify(pattern)} expands to more than ${MAX_ALTERNATIVES} patterns.`
          );
        }
        return out;
      }
    }
  }
  if (depth > 0) {
    throw new IoError("IO_INVALID_OPTION", `the glob ${JSON.stringify(pattern)} opens a {group} that never closes.`);
  }
  return [pattern];
}
function segmentSource(segment, pattern) {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end < 0) {
        throw new IoError(
          "IO_INVALID_OPTION",
          `the glob ${JSON.stringify(pattern)} opens a [class] that never closes.`
        );
      }
      let body = segment.slice(i + 1, end);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated) body = body.slice(1);
      const cls = `[${negated ? "^/" : ""}${body.replace(/[\\\]^]/g, (x) => `\\${x}`)}]`;
      try {
        new RegExp(cls);
      } catch {
        throw new IoError(
          "IO_INVALID_OPTION",
          `the glob ${JSON.stringify(pattern)} has a class ${JSON.stringify(segment.slice(i, end + 1))} that is not valid (a range must run upward, as in [1-5]).`
        );
      }
      out += cls;
      i = end;
    } else out += c.replace(/[.+^${}()|\\\]]/g, (x) => `\\${x}`);
  }
  return out;
}
function compileGlob(pattern) {
  const extended2 = /[?*+@!]\(/.exec(pattern);
  if (extended2 !== null) {
    throw new IoError(
      "IO_INVALID_OPTION",
      `the glob ${JSON.stringify(pattern)} uses ${extended2[0]}\u2026), an extended glob, which is not supported: use {a,b} for alternatives and a separate !pattern to exclude.`
    );
  }
  const segments = pattern.replaceAll("\\", "/").split("/");
  const first = segments.findIndex((s) => /[*?[]/.test(s));
  const base = segments.slice(0, first).join("/") || (pattern.startsWith("/") ? "/" : ".");
  const rest = segments.slice(first);
  let source = "";
  rest.forEach((segment, i) => {
    const last = i === rest.length - 1;
    if (segment === "**") {
      source += last ? ".*" : "(?:[^/]+/)*";
      return;
    }
    source += segmentSource(segment, pattern);
    if (!last) source += "/";
  });
  const re = new RegExp(`^${source}$`);
  return { base, matches: (relative2) => re.test(relative2) };
}

// ../../packages/io/src/find-files.ts
var slashes = (path) => path.split(sep).join("/");
function displayPath(cwd, absolute) {
  const rel = relative(cwd, absolute);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? slashes(absolute) : slashes(rel);
}
var errnoCode = (e) => e.code ?? "unknown error";
function brokenLink(path, e) {
  let target = "";
  try {
    target = ` to ${JSON.stringify(readlinkSync(path))}`;
  } catch {
  }
  const why = errnoCode(e) === "ELOOP" ? "it leads into a loop of links" : "its target does not exist";
  return `the symbolic link${target} cannot be followed (${why}); fix or remove it.`;
}
function walk(root, cwd) {
  const files = [];
  const broken = [];
  const stack = [
    { dir: root, ancestors: /* @__PURE__ */ new Set([realpathSync(root)]) }
  ];
  while (stack.length > 0) {
    const { dir, ancestors } = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new IoError("IO_READ_FAILED", `cannot read the directory (${errnoCode(e)}).`, {
        source: displayPath(cwd, dir)
      });
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          if (target.isFile()) files.push(path);
          isDirectory = target.isDirectory();
        } catch {
          broken.push(path);
          continue;
        }
      } else if (entry.isFile()) files.push(path);
      if (!isDirectory) continue;
      const real = realpathSync(path);
      const loop = [...ancestors].some((a) => a === real || a.startsWith(real.endsWith(sep) ? real : `${real}${sep}`));
      if (!loop) stack.push({ dir: path, ancestors: /* @__PURE__ */ new Set([...ancestors, real]) });
    }
  }
  return { files, broken };
}
function matchesOrUnder(matches, relative2) {
  if (matches(relative2)) return true;
  for (let cut = relative2.lastIndexOf("/"); cut > 0; cut = relative2.lastIndexOf("/", cut - 1)) {
    if (matches(relative2.slice(0, cut))) return true;
  }
  return false;
}
function refuseBroken(broken, cwd) {
  const first = [...broken].sort((a, b) => naturalCompare(slashes(a), slashes(b)))[0];
  if (first === void 0) return;
  let reason;
  try {
    statSync(first);
  } catch (e) {
    reason = e;
  }
  throw new IoError("IO_READ_FAILED", brokenLink(first, reason), { source: displayPath(cwd, first) });
}
function expand(pattern, cwd, accept, what, excluded) {
  const absolute = resolve(cwd, pattern);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (e) {
    if (!isGlob(pattern)) {
      let link = false;
      try {
        link = lstatSync(absolute).isSymbolicLink();
      } catch {
      }
      const code = errnoCode(e);
      throw new IoError(
        "IO_READ_FAILED",
        link ? brokenLink(absolute, e) : code === "ENOENT" ? "no such file or directory." : `cannot read it (${code}).`,
        { source: pattern }
      );
    }
  }
  if (stats === void 0) {
    const found = [];
    for (const one of expandBraces(pattern)) {
      const { base, matches } = compileGlob(one);
      const root = resolve(cwd, base);
      let isDirectory = false;
      try {
        isDirectory = statSync(root).isDirectory();
      } catch {
      }
      if (!isDirectory) continue;
      const inGlob = (p) => matchesOrUnder(matches, slashes(relative(root, p)));
      const walked = walk(root, cwd);
      refuseBroken(
        walked.broken.filter((p) => inGlob(p) && !excluded(p)),
        cwd
      );
      found.push(...walked.files.filter((p) => accept(p) && inGlob(p)));
    }
    if (found.length === 0) throw new IoError("IO_READ_FAILED", `no ${what} matches.`, { source: pattern });
    return found;
  }
  if (stats.isDirectory()) {
    const walked = walk(absolute, cwd);
    refuseBroken(
      walked.broken.filter((p) => !excluded(p)),
      cwd
    );
    const found = walked.files.filter(accept);
    if (found.length === 0) throw new IoError("IO_READ_FAILED", `the directory holds no ${what}.`, { source: pattern });
    return found;
  }
  return [absolute];
}
function findFiles(patterns, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const accept = options.accept ?? (() => true);
  const what = options.what ?? "file";
  const include = patterns.filter((p) => !p.startsWith("!"));
  const exclude = patterns.filter((p) => p.startsWith("!")).flatMap((p) => expandBraces(p.slice(1)));
  if (include.length === 0) {
    throw new IoError("IO_INVALID_OPTION", "no path or glob to look in: a pattern starting with ! only removes files.");
  }
  const exclusions = exclude.map((p) => ({ absolute: isAbsolute(p), glob: compileGlob(p.replaceAll("\\", "/")) }));
  const excluded = (absolute) => {
    const rel = slashes(relative(cwd, absolute));
    return exclusions.some(({ absolute: abs, glob }) => {
      const path = abs ? slashes(absolute) : rel;
      const under = glob.base === "." ? path : path.startsWith(`${glob.base}/`) ? path.slice(glob.base.length + 1) : void 0;
      return under !== void 0 && matchesOrUnder(glob.matches, under);
    });
  };
  const found = new Set(include.flatMap((p) => expand(p, cwd, accept, what, excluded)));
  const kept = [...found].filter((absolute) => !excluded(absolute));
  if (kept.length === 0) {
    throw new IoError(
      "IO_READ_FAILED",
      `every ${what} found is excluded by ${exclude.map((p) => `!${p}`).join(", ")}.`
    );
  }
  return kept.sort((a, b) => naturalCompare(slashes(a), slashes(b)));
}

// ../../packages/io/src/read-text-file.ts
import { closeSync, openSync, readSync } from "fs";
import { resolve as resolve2 } from "path";
var READ_TEXT_FILE_MAX_BYTES = 64 * 1024 * 1024;
function readTextFile(path, options = {}) {
  const max = options.maxBytes ?? READ_TEXT_FILE_MAX_BYTES;
  let fd;
  try {
    fd = openSync(resolve2(options.cwd ?? process.cwd(), path), "r");
  } catch (e) {
    throw new IoError("IO_READ_FAILED", `cannot read ${path}: ${describeSystemError(e)}.`, { source: path });
  }
  const pieces = [];
  let total = 0;
  try {
    for (; ; ) {
      const piece = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      let n;
      try {
        n = readSync(fd, piece, 0, piece.length, null);
      } catch (e) {
        throw new IoError("IO_READ_FAILED", `cannot read ${path}: ${describeSystemError(e)}.`, { source: path });
      }
      if (n === 0) break;
      pieces.push(piece.subarray(0, n));
      total += n;
      if (total > max) {
        throw new IoError("IO_TOO_LARGE", `${path} is larger than ${max} bytes; is it the right file?`, {
          source: path
        });
      }
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(pieces, total).toString("utf8");
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema2) => schema2;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema2) {
  return rawShape(schema2._zod.def) ?? schema2._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap5) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap5 ? wrap5(value, key) : value;
      });
    } else
      putProp(target, key, wrap5 ? wrap5(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema2) {
  return mergeDefs(schema2._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F2 = Function;
    new F2("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema2, maskedKeys(schema2, mask));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema2, mask) {
  const raw = sourceShape(schema2);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema2, mask));
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)).filter((key) => !omitted.has(key)));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema2, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema2._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema2);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function extended(schema2, shape) {
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema2, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema2, mask, name = "partial") {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema2, mask) {
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError2 = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError2?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema2, value, _ctx) => {
  const validator = schema2._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema2, value, _ctx);
});
function validateFallback(schema2, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema2._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema2._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse4 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse4(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse4 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    return parse4(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync3(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    return await parseAsync3(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema2, value, ctx);
};
var _safeDecode = (_Err) => (schema2, value, _ctx) => {
  return _safeParse(_Err)(schema2, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema2, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema2, value, _ctx) => {
  return _safeParseAsync(_Err)(schema2, value, _ctx);
};

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F2 = Function;
    const content = this?.content ?? [``];
    const factory = new F2(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse4 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse4(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema2 = shape[key];
      const optin = schema2?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema2?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option2) => Array.from(option2._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option2 of def.options) {
      const result = option2._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve3) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve3);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve3) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve3 ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema2 = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema2 = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema2, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema2, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema2, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema2._zod.def;
  const seen = ctx.seen.get(schema2);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema2);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema2, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema2._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema2],
      path: _params.path
    };
    if (schema2._zod.processJSONSchema) {
      schema2._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema2, ctx, _json, params);
    }
    const parent = schema2._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema2);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema2)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema2);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema3 = seen.schema;
    for (const key in schema3) {
      delete schema3[key];
    }
    schema3.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema2 === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema2 !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema2) {
  const options = schema2.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema2.type !== void 0)
    return;
  const types = [];
  for (const option2 of options) {
    if (!option2 || typeof option2 !== "object")
      return;
    compactTypeUnion(option2);
    const keys = Object.keys(option2);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option2.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema2.anyOf;
  schema2.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union3 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union3[k]));
    if (Object.keys(union3).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union3);
    const branches = union3[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema3 = seen.def ?? seen.schema;
    const _cached = { ...schema3 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema3.allOf = schema3.allOf ?? [];
        schema3.allOf.push(refSchema);
      } else {
        assignProps(schema3, refSchema);
      }
      assignProps(schema3, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema3[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema3[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema3.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema3) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema3[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema3,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema2)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema2)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema2["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema2, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema2, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option2 of def.options) {
      if (isTransforming(option2, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema2, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};
var createStandardJSONSchemaMethod = (schema2, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema2) {
  const agg = {};
  const def = schema2._zod.def;
  const list = schema2._zod.traits.has("$ZodCheck") ? [schema2, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema2._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema2, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema2);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema2, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema2, _ctx, json, _params) => {
  const def = schema2._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema2, ctx, json, params) => {
  handleUnrepresentable(schema2, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema2, ctx, json, params) => {
  handleUnrepresentable(schema2, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const def = schema2._zod.def;
  const { minimum, maximum } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema2) {
  const def = schema2._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema2._zod.optin;
}
var objectProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const def = schema2._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema2, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var nullableProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema2, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema2, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema2, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = innerType;
};
var readonlyProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/parse.js
var parse2 = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync2 = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse2 = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync2 = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse2(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync2(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse2(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync2(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// ../../packages/stats/src/bench-report.ts
var BenchReportSchema = looseObject({
  runId: string2().regex(/^[0-9a-fA-F]{8}/, "runId must start with 8 hex digits (the gate seeds its bootstrap with them)"),
  benchmark: string2().optional(),
  cases: array(
    looseObject({
      caseId: string2().min(1, "caseId must be a non-empty string"),
      score: number2().min(0, "score must be in [0, 1]").max(1, "score must be in [0, 1]")
    })
  )
});
var BenchCaseSchema = BenchReportSchema.shape.cases.element;

// ../../packages/stats/src/errors.ts
var StatsError = class extends Error {
  name = "StatsError";
  code;
  /** Empty except for errors about parsed text. */
  location;
  constructor(code, message, location = {}) {
    super(message);
    this.code = code;
    this.location = location;
  }
};

// ../../packages/rng/src/errors.ts
var RngError = class extends Error {
  name = "RngError";
  code;
  constructor(code, message) {
    super(message);
    this.code = code;
  }
};

// ../../packages/rng/src/generator.ts
var GENERATOR_NAMES = [
  "xoroshiro128plus",
  "mersenne",
  "xorshift128plus",
  "congruential32",
  "xorshift64star"
];
var DEFAULT_GENERATOR = "xoroshiro128plus";

// ../../packages/rng/src/internal/describe.ts
function describe2(value) {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

// ../../node_modules/.pnpm/pure-rand@8.4.2/node_modules/pure-rand/lib/esm/generator/congruential32.js
var MULTIPLIER = 214013;
var INCREMENT = 2531011;
var MASK = 4294967295;
var MASK_2 = -2147483649;
var MULTIPLIER_2 = -1443076087;
var INCREMENT_2 = 505908858;
var MULTIPLIER_3 = 1170746341;
var INCREMENT_3 = -755606699;
var JUMP_MULTIPLIER = 1994129409;
var JUMP_INCREMENT = 916127744;
var LinearCongruential32 = class LinearCongruential322 {
  constructor(seed) {
    this.seed = seed;
  }
  clone() {
    return new LinearCongruential322(this.seed);
  }
  next() {
    const s0 = this.seed;
    const s1 = Math.imul(s0, MULTIPLIER) + INCREMENT | 0;
    const s2 = Math.imul(s0, MULTIPLIER_2) + INCREMENT_2 | 0;
    const s3 = Math.imul(s0, MULTIPLIER_3) + INCREMENT_3 | 0;
    this.seed = s3;
    const v1 = (s1 & MASK_2) >> 16;
    const v2 = (s2 & MASK_2) >> 16;
    return (s3 & MASK_2) >> 16 | v2 << 15 | v1 << 30;
  }
  jump() {
    this.seed = Math.imul(this.seed, JUMP_MULTIPLIER) + JUMP_INCREMENT & MASK;
  }
  getState() {
    return [this.seed];
  }
};
function congruential32FromState(state) {
  if (!(state.length === 1)) throw new Error("The state must have been produced by a congruential32 RandomGenerator");
  return new LinearCongruential32(state[0]);
}
function congruential32(seed) {
  return new LinearCongruential32(seed);
}

// ../../packages/rng/src/internal/validate.ts
var UINT32_LIMIT = 4294967296;
function assertSeed(seed, what = "seed") {
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed >= UINT32_LIMIT) {
    throw new RngError(
      "RNG_INVALID_SEED",
      `${what} must be an integer in [0, 4294967295], got ${describe2(seed)}. Use seedFromString() for names and seedFromRunId() for run ids.`
    );
  }
}
function assertUint32Array(out, fn) {
  if (!(out instanceof Uint32Array)) {
    throw new RngError("RNG_INVALID_BUFFER", `${fn} writes into a Uint32Array, got ${describe2(out)}.`);
  }
}
function assertSpan(out, from, to, fn) {
  if (typeof from !== "number" || typeof to !== "number" || !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > out.length || from > to) {
    throw new RngError(
      "RNG_INVALID_BUFFER",
      `${fn}: from and to must be integers with 0 <= from <= to <= ${out.length}, got from=${describe2(from)}, to=${describe2(to)}.`
    );
  }
}

// ../../packages/rng/src/internal/generators/pure-rand-generator.ts
var PureRandGenerator = class _PureRandGenerator {
  name;
  inner;
  kernel;
  fromState;
  constructor(name, inner, fromState, kernel6) {
    this.name = name;
    this.inner = inner;
    this.fromState = fromState;
    this.kernel = kernel6;
  }
  next() {
    return this.inner.next() >>> 0;
  }
  fillUint32(out, from = 0, to = out?.length) {
    assertUint32Array(out, "fillUint32");
    assertSpan(out, from, to, "fillUint32");
    if (from === to) return out;
    if (this.kernel === void 0) {
      const inner = this.inner;
      for (let i = from; i < to; i++) out[i] = inner.next();
      return out;
    }
    const state = this.inner.getState().slice();
    this.kernel(state, out, from, to);
    this.inner = this.fromState(state);
    return out;
  }
  clone() {
    return new _PureRandGenerator(this.name, this.inner.clone(), this.fromState, this.kernel);
  }
  getState() {
    return this.inner.getState();
  }
  jump() {
    this.inner.jump();
  }
};

// ../../packages/rng/src/internal/generators/congruential32.ts
var A = 214013;
var C = 2531011;
var kernel = (state, out, from, to) => {
  let s = state[0];
  for (let i = from; i < to; i++) {
    const s1 = Math.imul(s, A) + C | 0;
    const s2 = Math.imul(s1, A) + C | 0;
    const s3 = Math.imul(s2, A) + C | 0;
    out[i] = (s1 >>> 16 & 32767) << 30 | (s2 >>> 16 & 32767) << 15 | s3 >>> 16 & 32767;
    s = s3;
  }
  state[0] = s;
};
function wrap(inner) {
  return new PureRandGenerator("congruential32", inner, congruential32FromState, kernel);
}
var congruential32Definition = {
  name: "congruential32",
  stateLength: 1,
  fromSeed: (seed) => wrap(congruential32(seed | 0)),
  fromState: (state) => wrap(congruential32FromState([state[0] | 0])),
  fromKey: (key) => wrap(congruential32(key[1] | 0)),
  isValidState: () => true
};

// ../../node_modules/.pnpm/pure-rand@8.4.2/node_modules/pure-rand/lib/esm/generator/mersenne.js
var N = 624;
var M = 397;
var A2 = 2567483615;
var F = 1812433253;
var U = 11;
var S = 7;
var B = 2636928640;
var T = 15;
var C2 = 4022730752;
var L = 18;
var MASK_LOWER = 2147483647;
var MASK_UPPER = 2147483648;
var JUMP_COEFS = "SUSgbA\\W`E[]KN2RUSo8XVU?HKBFRl11E\\KoWOg5B]XEWG;BE;1:oVK[`B^Z9Qd23^XTnhL>]Unda4f[X;_j9H5QD=cN<5H`3bW>9bk1mjoI2fK0obmAAINOV:>Mek_V9dd<hZ\\gC3?Fm7FEk07QH_3PLm^@?^i\\QMkgP<]oLHmFnlecg5F@7U^@4jhZ?WZS0k@GHehmM36:5^9;>Hmm`co>k:KOSkSbIINb1VFf>LXgP>GUAQTD>Ci>XMGkUflLlb?_FaFUk@?5N7i70@;1o68ah@I<HFH7R2^J:G][Gf962ITWID9GWK8ElD2G5=DcHcL]cA]P2n7A=[<bInM;IHDQnJMReRXDWbVldnGEIPij`E08Xdci3@0c:IBbD4:Nk]?lEN9j^;T`0blZX7eiWE8c`<ak7j05FZi>AjUDh?M1B?^??FAXKThf<aBOXZf7jXYGK>R<;NHk3S9YhM7STJ6`:MIE`S@7298X8W>PNK=@;lLX<i\\TXLL<W@X[X54H]in8M;;n?kkQbajgAMY=Tf9b;ZKf0QUB2FHYWfnfkDoU9YkcLd95T>lK6GM1YL\\lid:J>KYS=iJ]Y>QlF>?R5_[5QeYC=66;A32Ac>OHk_ne^0g>bK:g;KFPgbGUcPR_Z=TX3H9d03bKZ2IhEPKBo>LSGWd0iFdV8C<Y:<>T[O6lC\\blaZ>GoAYP4clf^j1IfnZJ]QeDe2X<HE[LJNWnaCg[P]Co^:IRbWPY?97UePBlZNNHY6LOBM8P>=h?Ye:_f_Sb9Ki5GDYBF4dWeMfdg^ccPllNWM7G1\\UMdoYeOOD5^e@foA22G?ADYo5:FVG[bWo96;>3kc_c1Ab30>30;1@4F8g2hY?DJ4[LOL;ZLLKo2]jo>[KMDUcR279N_kF=3WL@Dd620bMTdA\\U9k``ef2iD9JgJ8CZBHS>F^Uk;<laeaeHS<15OSeS`PcSSKBRBFY]aQ=EgUXGNg=?d56`KA@2BejY0^[_DCX`L=CGMT=BW^6S1i@2ATBVk>3_ocRA>2U:4GPQ6o>5jX2HIcV3S@On6KB<[SKB?FC_AAji9agbBFkAi\\;4I\\UJ]c36Ub@[;gQACVGY<V]SDJBUU]La\\_a@JdOO8gm2T0DJMa:8Hf7>E]noQ[1Kambn??QQ]S?1i0oMGOijb\\aGY6lQ^CJ?9bFle8<eH4UUjBINX;n8@VOA5ah^URV49B[A?ONHhHAC1J5;;h0SXYlG^0W=eJdHh^K4SGe=1HZLLam;D<Q3AOdbPcdX``82\\jo0En8jRVGC73WMCF9`d:0heS?80?C188cSn7H9<daZ]MgS4Pb^1HkA:1PU^5>^h_g[RQV@PnYBRI_]`B]Bh@Uk03eXGY`I16L76H28X`R>IROMeNVUdU[:lghLhPCQZ:4a<30YBZCYnXe[?;jc8gKI2QH2MjnWBm4nGCZW`aVU2a;P<AMI25mlW_Nm][2?b6o851X@lAm]YZ`bWRF1g<Ga:T]1NXH5Veja5P9S9>:aNg:Th1Y=5o78K>LQ8hW@5S?I83Lk5Xk;j5@I3o[d:4RjE^oS30:WP9gC\\i8aSI>QRE@4lP:7lDg8g2`Ql[2I8aBU\\BQ?B4_clL9Q]S;^e1Ob5[>3JER2`c7B=o]fPOWO<DGi;Niba1PoWPPE_Q3aX0OB0mZej\\f_M[J4Y6]1`h2MkF[GiW8Q^d3^_=<I1N2Q7]2<2j[iP7V3V821FaI]A`93bC^Z\\G=WJ;^Ih?B97_iIF@\\Dl<eK1je8SNTWo_=XFMZH<<JYLZ^YQMPgYOV45K_:]kSI8^XlO0]GY=VUfe_C_F6TOcoAlVUH:o=WhhT@K`2KFhe<3\\KXQ>W:M?S_4S5d@J^`[AGA7@3]DnGSCO`\\?E8HT75^d9\\:m\\m1egIfk8cd6bD9\\eU8\\n[Pb0Cgd^S0n9kGJHb]i5XodlKHc34Fhi9K>0U5WK`>7Ff2^KL=WC6:kc?e5C^a1T1:4:^S5flXlGNIj08AfO?Dh7T7dWO>E]NI9?ob7B7P_h[4TEP[EU;GllFTnSmg9:\\[N]<SAoKP_kPlG56A:I3T6EG8Hj=XnUE`KT5U@OQ?]7[N^MFN1_NU4KO_3::Le`8IL9[1Z1H1;V3SC\\N3]S@4U[F2mhT5dYM7[4Pg_Na0_8WTH0`bgceQS8]EG;XgD4Ib4iLTP@kE79Mn>AYRJA1U5^Blhgno:aHVYc03c3J0Vc9FjEV^M75Zfd8kVC9>iJDk`AJ[6f7DK2D^DL\\AX:6b5h31XH;RQB\\N<ZSM=J;6L[`UW^eOIFc1Y]6_dfedIe4ARh72mTXC0WND_IDHVCZRDE0eODARCEETQI5TPUQE=jEH5bS?LP[ai`F5ABRYDo2o\\@=]GT?_9;hc4Lm:\\SF9k1T<0E@fX9BG[]g0nY7k[Qmi@la8`PF0j6@Q?Ii7bLkXQ<lLHf]`:DCh@9JY5>hEVLTdhL\\b1EB0lLh<=WaO@F<;8g<d:@e:LA:cFIEdmQh7hNHfSRToW?8N4:Z1K;XEDRO;OIDh<UdVln?bjgL>?VE98[B\\K<BVjkG8LiSX;fb>jf?DUK00Aih<WY6QD6cEnHBZ8iN_fd<G8Ci`11RUW2QlW]IXV:m?;J0GXXHfGNQ>:D`=fLPbO?VOTEYLj^cNj5PM>jKB5HVjJ4U7lXaTQNL9<@\\1`m\\Ug@VQHd7>jW=ca0`miF7;N0F=GjoQ`RFchKMGTmn8cF@Oh4GGCm7m2`U9j93Tb>=kSERjE_J939F01I1;`<ijk_=_Vn=7RVAI6fnQI5KlF:C44bN<<8K=Z<2TP<1]5?<dB>^LA=ebloE2Y2:9lkh0\\<YKbHD97iE`<C5oj^1>X:??`H6BXF2hG1Q[dF0Q=>W=J?7C\\k1T?<;R44oW?1hY^G8Zm]ZKnfOf0eCFYo6?=D8?<`6HU5SXh1;=:23LmV_FSi;OJfV<^?GkIDPISeHg1LaGE:V3Y3K3H<QJfbY?=;ldZRhnhQT_mGXDLFXXhSONE6Do_0iNZagB:BPGOTH;VhHUTd6LhQm^[;dO]5Hlkg<R:F<Kn\\:I:EGojgWZ2X@SYO_dlH;G8S<>oEKabY`:oU;=JW7ig?S?EYb86b7n8ce\\]IRa]koiWY<RfO;5kUI;7lVeC?[@ZaXDiF04B8R]bg@>O<mQDoUcBLcf^f>m2kMBUloD>Ze@NN^Z11TM`inXYhE_I=kA`:ZF4d\\>`L@;ZP[`ENU5cL[BV6\\Z?Di76:jg3hE6oG6jFc8kP=[GS1;WSedYQW1:U4\\OF32GgmMC<AjO]872bdBb`bKAA?8j78b>T3VfcUB2m4J^CPRU;8dScI]LU]^bBYA5_3:Y0N5i^?200000";
var MersenneTwister = class MersenneTwister2 {
  constructor(states, index) {
    this.states = states;
    this.index = index;
  }
  clone() {
    return new MersenneTwister2(this.states.slice(), this.index);
  }
  next() {
    let y = this.states[this.index];
    y ^= y >>> U;
    y ^= y << S & B;
    y ^= y << T & C2;
    y ^= y >>> L;
    this.index = twistedNext(this.states, this.index);
    return y;
  }
  getState() {
    return [this.index, ...this.states];
  }
  jump() {
    const originalStates = this.states.slice();
    const originalIndex = this.index;
    this.index = twistedNext(this.states, this.index);
    for (let i = 19932; i > 0; --i) {
      if (JUMP_COEFS.charCodeAt(i / 6 | 0) - 48 & 1 << i % 6) addState(this.states, this.index, originalStates, originalIndex);
      this.index = twistedNext(this.states, this.index);
    }
    addState(this.states, this.index, originalStates, originalIndex);
  }
};
function addState(mt, idx, originalMt, originalIdx) {
  let i = 0;
  if (originalIdx >= idx) {
    for (; i < N - originalIdx; i++) mt[i + idx] ^= originalMt[i + originalIdx];
    for (; i < N - idx; i++) mt[i + idx] ^= originalMt[i + originalIdx - N];
    for (; i < N; i++) mt[i + idx - N] ^= originalMt[i + originalIdx - N];
  } else {
    for (; i < N - idx; i++) mt[i + idx] ^= originalMt[i + originalIdx];
    for (; i < N - originalIdx; i++) mt[i + idx - N] ^= originalMt[i + originalIdx];
    for (; i < N; i++) mt[i + idx - N] ^= originalMt[i + originalIdx - N];
  }
}
function twistedNext(mt, idx) {
  if (idx < N - M) {
    const y = mt[idx] & MASK_UPPER | mt[idx + 1] & MASK_LOWER;
    mt[idx] = mt[idx + M] ^ y >>> 1 ^ -(y & 1) & A2;
    return idx + 1;
  } else if (idx < N - 1) {
    const y = mt[idx] & MASK_UPPER | mt[idx + 1] & MASK_LOWER;
    mt[idx] = mt[idx + M - N] ^ y >>> 1 ^ -(y & 1) & A2;
    return idx + 1;
  } else {
    const y = mt[idx] & MASK_UPPER | mt[0] & MASK_LOWER;
    mt[idx] = mt[M - 1] ^ y >>> 1 ^ -(y & 1) & A2;
    return 0;
  }
}
function twist(mt) {
  for (let idx = 0; idx !== N; ++idx) twistedNext(mt, idx);
}
function mersenneFromState(state) {
  if (!(state.length === 625 && state[0] >= 0 && state[0] < N)) throw new Error("The state must have been produced by a mersenne RandomGenerator");
  return new MersenneTwister(state.slice(1), state[0]);
}
function mersenne(seed) {
  const out = [seed | 0];
  for (let idx = 1; idx !== N; ++idx) {
    const xored = out[idx - 1] ^ out[idx - 1] >>> 30;
    out.push(Math.imul(F, xored) + idx | 0);
  }
  twist(out);
  return new MersenneTwister(out, 0);
}

// ../../packages/rng/src/internal/generators/mersenne.ts
function wrap2(inner) {
  return new PureRandGenerator("mersenne", inner, mersenneFromState);
}
var mersenneDefinition = {
  name: "mersenne",
  stateLength: 625,
  fromSeed: (seed) => wrap2(mersenne(seed | 0)),
  fromState: (state) => wrap2(mersenneFromState(state)),
  // MT19937 is seeded from 32 bits only: the stream key's second word.
  fromKey: (key) => wrap2(mersenne(key[1] | 0)),
  isValidState: (state) => {
    const index = state[0];
    return index >= 0 && index <= 624 && state.slice(1).some((w) => w !== 0);
  }
};

// ../../node_modules/.pnpm/pure-rand@8.4.2/node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plusFromState(state) {
  if (!(state.length === 4)) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}
function xoroshiro128plus(seed) {
  return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}

// ../../packages/rng/src/internal/generators/xoroshiro128plus.ts
var kernel2 = (state, out, from, to) => {
  let s0h = state[0];
  let s0l = state[1];
  let s1h = state[2];
  let s1l = state[3];
  for (let i = from; i < to; i++) {
    out[i] = s0l + s1l >>> 0;
    const th = s1h ^ s0h;
    const tl = s1l ^ s0l;
    const n0h = (s0h << 24 | s0l >>> 8) ^ th ^ (th << 16 | tl >>> 16);
    const n0l = (s0l << 24 | s0h >>> 8) ^ tl ^ tl << 16;
    s1h = tl << 5 | th >>> 27;
    s1l = th << 5 | tl >>> 27;
    s0h = n0h;
    s0l = n0l;
  }
  state[0] = s0h;
  state[1] = s0l;
  state[2] = s1h;
  state[3] = s1l;
};
function wrap3(inner) {
  return new PureRandGenerator("xoroshiro128plus", inner, xoroshiro128plusFromState, kernel2);
}
var xoroshiro128plusDefinition = {
  name: "xoroshiro128plus",
  stateLength: 4,
  fromSeed: (seed) => wrap3(xoroshiro128plus(seed | 0)),
  fromState: (state) => wrap3(xoroshiro128plusFromState(state)),
  fromKey: (key) => wrap3(xoroshiro128plusFromState(key)),
  isValidState: (state) => state.some((w) => w !== 0)
};

// ../../packages/rng/src/internal/uint64.ts
var TWO_POW_MINUS_32 = 23283064365386963e-26;
function mulHi32(a, b) {
  const lo = Math.imul(a, b) >>> 0;
  return Math.round((a * b - lo) * TWO_POW_MINUS_32);
}

// ../../packages/rng/src/internal/splitmix64.ts
var MASK64 = 0xffffffffffffffffn;
var GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
function mix64(z) {
  z &= MASK64;
  z = (z ^ z >> 30n) * 0xbf58476d1ce4e5b9n & MASK64;
  z = (z ^ z >> 27n) * 0x94d049bb133111ebn & MASK64;
  return z ^ z >> 31n;
}
function splitmix64(state, k) {
  return mix64(state + BigInt(k) * GOLDEN_GAMMA & MASK64);
}
function toWords(z) {
  return [Number(z >> 32n & 0xffffffffn), Number(z & 0xffffffffn)];
}
function fromWords(hi, lo) {
  return BigInt(hi >>> 0) << 32n | BigInt(lo >>> 0);
}
function mul64(ah, al, bh, bl) {
  return [mulHi32(al, bl) + Math.imul(ah, bl) + Math.imul(al, bh) >>> 0, Math.imul(al, bl) >>> 0];
}
function xorShift(h, l, s) {
  return [(h ^ h >>> s) >>> 0, (l ^ (l >>> s | h << 32 - s)) >>> 0];
}
function mix64Words(h, l) {
  let [a, b] = xorShift(h, l, 30);
  [a, b] = mul64(a, b, 3210233709, 484763065);
  [a, b] = xorShift(a, b, 27);
  [a, b] = mul64(a, b, 2496678331, 321982955);
  return xorShift(a, b, 31);
}
function splitmix64Words(h, l, k) {
  const gh = k === 1 ? 2654435769 : 1013904242;
  const gl = k === 1 ? 2135587861 : 4271175722;
  const lo = l + gl;
  return mix64Words(h + gh + (lo > 4294967295 ? 1 : 0) >>> 0, lo >>> 0);
}

// ../../packages/rng/src/internal/generators/xorshift64star.ts
var M_HI = 625341585;
var M_LO = 1332534557;
var Xorshift64Star = class _Xorshift64Star {
  name = "xorshift64star";
  hi;
  lo;
  constructor(hi, lo) {
    this.hi = hi >>> 0;
    this.lo = lo >>> 0;
  }
  /** One step of the state: the xorshifts. */
  step() {
    let h = this.hi;
    let l = this.lo;
    l = (l ^ (l >>> 12 | h << 20)) >>> 0;
    h = (h ^ h >>> 12) >>> 0;
    h = (h ^ (h << 25 | l >>> 7)) >>> 0;
    l = (l ^ l << 25) >>> 0;
    l = (l ^ (l >>> 27 | h << 5)) >>> 0;
    h = (h ^ h >>> 27) >>> 0;
    this.hi = h;
    this.lo = l;
  }
  next() {
    this.step();
    const l = this.lo;
    return mulHi32(l, M_LO) + Math.imul(this.hi, M_LO) + Math.imul(l, M_HI) >>> 0;
  }
  /**
   * The next full 64-bit output modulo m (1 ≤ m ≤ 2^32), exactly: (hi·2^32 + lo) mod m, with every product below
   * 2^53. One step, as next().
   */
  nextModulo(m) {
    this.step();
    const l = this.lo;
    const hi = mulHi32(l, M_LO) + Math.imul(this.hi, M_LO) + Math.imul(l, M_HI) >>> 0;
    const lo = Math.imul(l, M_LO) >>> 0;
    const hiMod = hi % m * 65536 % m * 65536;
    return (hiMod % m + lo % m) % m;
  }
  /** The next full 64-bit output, as a BigInt (for checks and logs; slower). */
  nextBigUint64() {
    this.step();
    const l = this.lo;
    const hi = mulHi32(l, M_LO) + Math.imul(this.hi, M_LO) + Math.imul(l, M_HI) >>> 0;
    return BigInt(hi) << 32n | BigInt(Math.imul(l, M_LO) >>> 0);
  }
  fillUint32(out, from = 0, to = out?.length) {
    assertUint32Array(out, "fillUint32");
    assertSpan(out, from, to, "fillUint32");
    let h = this.hi;
    let l = this.lo;
    for (let i = from; i < to; i++) {
      l = (l ^ (l >>> 12 | h << 20)) >>> 0;
      h = (h ^ h >>> 12) >>> 0;
      h = (h ^ (h << 25 | l >>> 7)) >>> 0;
      l = (l ^ l << 25) >>> 0;
      l = (l ^ (l >>> 27 | h << 5)) >>> 0;
      h = (h ^ h >>> 27) >>> 0;
      const ml = Math.imul(l, M_LO) >>> 0;
      out[i] = Math.round((l * M_LO - ml) * 23283064365386963e-26) + Math.imul(h, M_LO) + Math.imul(l, M_HI);
    }
    this.hi = h;
    this.lo = l;
    return out;
  }
  clone() {
    return new _Xorshift64Star(this.hi, this.lo);
  }
  getState() {
    return [this.hi, this.lo];
  }
};
var xorshift64starDefinition = {
  name: "xorshift64star",
  stateLength: 2,
  fromSeed: (seed) => {
    const [hi, lo] = toWords(splitmix64(BigInt(seed), 1));
    return new Xorshift64Star(hi, lo);
  },
  fromState: (state) => new Xorshift64Star(state[0], state[1]),
  // Lane 0 of the key; lane 1 in the (2^-64) case that lane 0 is zero.
  fromKey: (key) => key[0] === 0 && key[1] === 0 ? new Xorshift64Star(key[2], key[3]) : new Xorshift64Star(key[0], key[1]),
  isValidState: (state) => state[0] !== 0 || state[1] !== 0
};

// ../../node_modules/.pnpm/pure-rand@8.4.2/node_modules/pure-rand/lib/esm/generator/xorshift128plus.js
var jumps2 = [
  1667051007,
  2321340297,
  1548169110,
  304075285
];
var XorShift128Plus = class XorShift128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const a0 = this.s00 ^ this.s00 << 23;
    const a1 = this.s01 ^ (this.s01 << 23 | this.s00 >>> 9);
    const s10 = this.s10;
    const s11 = this.s11;
    const out = this.s00 + s10 | 0;
    this.s01 = s11;
    this.s00 = s10;
    this.s11 = a1 ^ s11 ^ a1 >>> 18 ^ s11 >>> 5;
    this.s10 = a0 ^ s10 ^ (a0 >>> 18 | a1 << 14) ^ (s10 >>> 5 | s11 << 27);
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps2[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s00 ^ s00 << 23;
        const a1 = s01 ^ (s01 << 23 | s00 >>> 9);
        s01 = s11;
        s00 = s10;
        s10 = a0 ^ s10 ^ (a0 >>> 18 | a1 << 14) ^ (s10 >>> 5 | s11 << 27);
        s11 = a1 ^ s11 ^ a1 >>> 18 ^ s11 >>> 5;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xorshift128plusFromState(state) {
  if (!(state.length === 4)) throw new Error("The state must have been produced by a xorshift128plus RandomGenerator");
  return new XorShift128Plus(state[0], state[1], state[2], state[3]);
}
function xorshift128plus(seed) {
  return new XorShift128Plus(-1, ~seed, seed | 0, 0);
}

// ../../packages/rng/src/internal/generators/xorshift128plus.ts
var kernel3 = (state, out, from, to) => {
  let s0h = state[0];
  let s0l = state[1];
  let s1h = state[2];
  let s1l = state[3];
  for (let i = from; i < to; i++) {
    out[i] = s0l + s1l >>> 0;
    const ah = s0h ^ (s0h << 23 | s0l >>> 9);
    const al = s0l ^ s0l << 23;
    const nh = ah ^ s1h ^ ah >>> 18 ^ s1h >>> 5;
    const nl = al ^ s1l ^ (al >>> 18 | ah << 14) ^ (s1l >>> 5 | s1h << 27);
    s0h = s1h;
    s0l = s1l;
    s1h = nh;
    s1l = nl;
  }
  state[0] = s0h;
  state[1] = s0l;
  state[2] = s1h;
  state[3] = s1l;
};
function wrap4(inner) {
  return new PureRandGenerator("xorshift128plus", inner, xorshift128plusFromState, kernel3);
}
var xorshift128plusDefinition = {
  name: "xorshift128plus",
  stateLength: 4,
  fromSeed: (seed) => wrap4(xorshift128plus(seed | 0)),
  fromState: (state) => wrap4(xorshift128plusFromState(state)),
  fromKey: (key) => wrap4(xorshift128plusFromState(key)),
  isValidState: (state) => state.some((w) => w !== 0)
};

// ../../packages/rng/src/internal/generators/index.ts
var DEFINITIONS = {
  xoroshiro128plus: xoroshiro128plusDefinition,
  mersenne: mersenneDefinition,
  xorshift128plus: xorshift128plusDefinition,
  congruential32: congruential32Definition,
  xorshift64star: xorshift64starDefinition
};

// ../../packages/rng/src/internal/definition-of.ts
function isGeneratorName(name) {
  return typeof name === "string" && GENERATOR_NAMES.includes(name);
}
function definitionOf(name) {
  if (!isGeneratorName(name)) {
    throw new RngError(
      "RNG_UNKNOWN_GENERATOR",
      `Unknown generator ${describe2(name)}. Use one of: ${GENERATOR_NAMES.join(", ")}.`
    );
  }
  return DEFINITIONS[name];
}

// ../../packages/rng/src/internal/assert-generator.ts
function assertGenerator(rng, fn) {
  if (typeof rng !== "object" || rng === null || typeof rng.next !== "function" || typeof rng.fillUint32 !== "function") {
    throw new RngError(
      "RNG_UNKNOWN_GENERATOR",
      `${fn} needs a Generator from createGenerator() or streamTree(...).generator(), got ${describe2(rng)}.`
    );
  }
}

// ../../packages/rng/src/fill-indices.ts
var TWO_POW_MINUS_322 = 23283064365386963e-26;
var EXACT_PRODUCT_LIMIT = 2097152;
function fillIndices(rng, n, out) {
  assertGenerator(rng, "fillIndices");
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > UINT32_LIMIT) {
    throw new RngError(
      "RNG_INVALID_RANGE",
      `fillIndices draws integers in [0, n) for an integer n in [1, 4294967296], got n=${describe2(n)}.`
    );
  }
  assertUint32Array(out, "fillIndices");
  const length = out.length;
  rng.fillUint32(out, 0, length);
  if (n === UINT32_LIMIT) return out;
  const threshold = (UINT32_LIMIT - n) % n;
  const compact = n <= EXACT_PRODUCT_LIMIT ? compactExact : compactWide;
  let w = 0;
  for (; ; ) {
    w = compact(out, w, n, threshold);
    if (w === length) return out;
    rng.fillUint32(out, w, length);
  }
}
function compactExact(out, w, n, threshold) {
  const length = out.length;
  for (let r = w; r < length; r++) {
    const x = out[r];
    if (Math.imul(x, n) >>> 0 >= threshold) out[w++] = x * n * TWO_POW_MINUS_322 >>> 0;
  }
  return w;
}
function compactWide(out, w, n, threshold) {
  const length = out.length;
  for (let r = w; r < length; r++) {
    const x = out[r];
    const lo = Math.imul(x, n) >>> 0;
    if (lo >= threshold) out[w++] = Math.round((x * n - lo) * TWO_POW_MINUS_322);
  }
  return w;
}

// ../../packages/rng/src/normal-ppf.ts
function normalPpf(p) {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * (((((((2509.0809287301227 * r2 + 33430.57558358813) * r2 + 67265.7709270087) * r2 + 45921.95393154987) * r2 + 13731.69376550946) * r2 + 1971.5909503065513) * r2 + 133.14166789178438) * r2 + 3.3871328727963665) / (((((((5226.495278852854 * r2 + 28729.085735721943) * r2 + 39307.89580009271) * r2 + 21213.794301586597) * r2 + 5394.196021424751) * r2 + 687.1870074920579) * r2 + 42.31333070160091) * r2 + 1);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let z;
  if (r <= 5) {
    r -= 1.6;
    z = (((((((7745450142783414e-19 * r + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835) / (((((((10507500716444169e-25 * r + 5475938084995345e-19) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
  } else {
    r -= 5;
    z = (((((((20103343992922881e-23 * r + 27115555687434876e-21) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103) / (((((((20442631033899397e-31 * r + 1421511758316446e-22) * r + 18463183175100548e-21) * r + 7868691311456133e-19) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
  }
  return q < 0 ? -z : z;
}

// ../../packages/rng/src/seed-from-run-id.ts
var HEX8 = /^[0-9a-fA-F]{8}/;
function seedFromRunId(runId) {
  if (typeof runId !== "string") {
    throw new RngError("RNG_INVALID_RUN_ID", `A run id is a string, got ${describe2(runId)}.`);
  }
  if (runId.length < 8) {
    throw new RngError(
      "RNG_INVALID_RUN_ID",
      `Run id ${describe2(runId)} has ${runId.length} characters; the seed is taken from the first 8, which must be hex digits.`
    );
  }
  if (!HEX8.test(runId)) {
    throw new RngError(
      "RNG_INVALID_RUN_ID",
      `Run id ${describe2(runId)} must start with 8 hex digits (0-9, a-f); got ${describe2(runId.slice(0, 8))}. Use seedFromString() for names that are not hex.`
    );
  }
  return Number.parseInt(runId.slice(0, 8), 16);
}

// ../../packages/rng/src/internal/fnv1a64.ts
var MASK642 = 0xffffffffffffffffn;
var encoder = new TextEncoder();
function fnv1a64(text) {
  let h = 0xcbf29ce484222325n;
  for (const byte of encoder.encode(text)) {
    h ^= BigInt(byte);
    h = h * 0x100000001b3n & MASK642;
  }
  return h;
}

// ../../packages/rng/src/stream-tree.ts
var TOP_BIT = 1n << 63n;
var stringKeys = /* @__PURE__ */ new Map();
function keyWord(key) {
  if (typeof key === "number") {
    if (!Number.isSafeInteger(key) || key < 0) {
      throw new RngError(
        "RNG_INVALID_KEY",
        `A numeric stream key must be a non-negative safe integer, got ${describe2(key)}.`
      );
    }
    return [Math.floor(key / 4294967296), key >>> 0];
  }
  if (typeof key === "string") {
    let words = stringKeys.get(key);
    if (words === void 0) {
      if (stringKeys.size >= 256) stringKeys.clear();
      words = toWords(fnv1a64(key) | TOP_BIT);
      stringKeys.set(key, words);
    }
    return words;
  }
  throw new RngError("RNG_INVALID_KEY", `A stream key is a non-negative integer or a string, got ${describe2(key)}.`);
}
var StreamNode = class _StreamNode {
  seed;
  path;
  // The 64-bit lanes as unsigned 32-bit halves: lane0 = h0·2^32 + l0, lane1 = h1·2^32 + l1.
  h0;
  l0;
  h1;
  l1;
  /** state: the node's 64-bit state word as halves. */
  constructor(seed, path, stateHi, stateLo) {
    this.seed = seed;
    this.path = path;
    [this.h0, this.l0] = splitmix64Words(stateHi, stateLo, 1);
    [this.h1, this.l1] = splitmix64Words(stateHi, stateLo, 2);
  }
  get id() {
    const hex = (h, l) => fromWords(h, l).toString(16).padStart(16, "0");
    return hex(this.h0, this.l0) + hex(this.h1, this.l1);
  }
  child(key) {
    const [kh, kl] = keyWord(key);
    const [mh, ml] = mix64Words((this.h1 ^ kh) >>> 0, (this.l1 ^ kl) >>> 0);
    return new _StreamNode(this.seed, [...this.path, key], (this.h0 ^ mh) >>> 0, (this.l0 ^ ml) >>> 0);
  }
  generator(name = DEFAULT_GENERATOR) {
    return definitionOf(name).fromKey([this.h0, this.l0, this.h1, this.l1]);
  }
};
function streamTree(seed) {
  assertSeed(seed);
  return new StreamNode(seed, [], 0, seed >>> 0);
}

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number3(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int2(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never2(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never2(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union2(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum2(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional2(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default2(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
  return _custom(ZodMiniCustom, fn ?? (() => true), _params);
}
// @__NO_SIDE_EFFECTS__
function _instanceof(cls, params = {}) {
  const inst = /* @__PURE__ */ custom((data) => data instanceof cls, params);
  inst._zod.bag.Class = cls;
  inst._zod.check = (payload) => {
    if (!(payload.value instanceof cls)) {
      payload.issues.push({
        code: "invalid_type",
        expected: cls.name,
        input: payload.value,
        inst,
        path: [...inst._zod.def.path ?? []]
      });
    }
  };
  return inst;
}

// ../../packages/stats/src/ci/interval.ts
var CI_METHODS = ["percentile", "basic", "normal", "bca", "studentized"];
var ALTERNATIVES = ["two-sided", "less", "greater"];
function tailAlpha(confidenceLevel, alternative) {
  return alternative === "two-sided" ? (1 - confidenceLevel) / 2 : 1 - confidenceLevel;
}

// ../../packages/stats/src/internal/describe.ts
function describe3(value) {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (Array.isArray(value)) return "an array";
  if (typeof value === "function") return "a function";
  return typeof value;
}

// ../../packages/stats/src/bootstrap-options.ts
var DEGENERATE_POLICIES = ["nan", "percentile-fallback", "point", "error"];
var NAN_REPLICATE_POLICIES = ["propagate", "omit"];
var RESAMPLE_BLOCK_SIZE = 256;
var isStream = (v) => typeof v === "object" && v !== null && typeof v.child === "function" && typeof v.generator === "function";
var number4 = (...checks) => number3().check(...checks);
var integer2 = (...checks) => int2().check(...checks);
var isFunction = (v) => typeof v === "function";
var schema = strictObject({
  method: _default2(_enum2(CI_METHODS), "bca"),
  confidenceLevel: _default2(number4(_gt(0), _lt(1)), 0.95),
  alternative: _default2(_enum2(ALTERNATIVES), "two-sided"),
  nResamples: _default2(integer2(_gte(0), _lte(1e9)), 9999),
  seed: optional2(integer2(_gte(0), _lte(4294967295))),
  rng: optional2(custom(isStream, "a stream from streamTree(seed).child(\u2026)")),
  generator: _default2(_enum2(GENERATOR_NAMES), "xoroshiro128plus"),
  batch: optional2(integer2(_gte(1))),
  keepDistribution: _default2(boolean2(), true),
  paired: _default2(boolean2(), false),
  compat: _default2(_enum2(["scipy", "r"]), "scipy"),
  tieTolerance: _default2(number4(_gte(0), _lte(1)), 0),
  degenerate: _default2(_enum2(DEGENERATE_POLICIES), "nan"),
  nanPolicy: _default2(_enum2(["raise", "omit"]), "raise"),
  nanReplicates: _default2(_enum2(NAN_REPLICATE_POLICIES), "propagate"),
  standardError: optional2(
    union2([literal("nested"), custom(isFunction)], {
      error: 'expected "nested" or a function of the samples'
    })
  ),
  nestedResamples: _default2(integer2(_gte(2), _lte(1e5)), 100),
  bootstrapResult: optional2(object({ distribution: optional2(_instanceof(Float64Array)) })),
  workers: _default2(integer2(_gte(1), _lte(256)), 1),
  onProgress: optional2(custom(isFunction, "a function"))
});
function issueMessage(issue2) {
  const got = describe3(issue2.input);
  switch (issue2.code) {
    case "invalid_type":
      return `expected ${issue2.expected === "int" ? "an integer" : issue2.expected}, got ${got}`;
    case "invalid_value":
      return `expected one of ${issue2.values.map((v) => JSON.stringify(v)).join(", ")}, got ${got}`;
    case "too_small":
      return `must be ${issue2.inclusive ? ">=" : ">"} ${String(issue2.minimum)}, got ${got}`;
    case "too_big":
      return `must be ${issue2.inclusive ? "<=" : "<"} ${String(issue2.maximum)}, got ${got}`;
    case "unrecognized_keys":
      return `unknown option${issue2.keys.length === 1 ? "" : "s"} ${issue2.keys.join(", ")}`;
    default:
      return `got ${got}`;
  }
}
function parseBootstrapOptions(options, fn = "bootstrap") {
  const parsed = schema.safeParse(options ?? {}, { error: issueMessage });
  if (!parsed.success) {
    const issue2 = parsed.error.issues[0];
    const key = issue2?.path.join(".") || "options";
    throw new StatsError("STATS_INVALID_OPTION", `${fn}: option ${key} is invalid: ${issue2?.message ?? "unknown"}.`);
  }
  const o = parsed.data;
  if (o.nResamples === 0 && o.bootstrapResult?.distribution === void 0) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `${fn}: nResamples must be an integer >= 1 (nResamples: 0 only reuses bootstrapResult.distribution).`
    );
  }
  if (o.bootstrapResult?.distribution !== void 0 && o.nResamples !== 0) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `${fn}: with bootstrapResult, pass nResamples: 0 to reuse its replicates (adding new ones is not supported).`
    );
  }
  return o;
}

// ../../packages/stats/src/bootstrap-result.ts
var BOOTSTRAP_RESULT_SCHEMA_VERSION = 1;

// ../../packages/stats/src/internal/quantile-methods.ts
var QUANTILE_METHODS = [
  "linear",
  "lower",
  "higher",
  "nearest",
  "midpoint",
  "inverted_cdf",
  "averaged_inverted_cdf",
  "closest_observation",
  "interpolated_inverted_cdf",
  "hazen",
  "weibull",
  "median_unbiased",
  "normal_unbiased"
];

// ../../packages/stats/src/internal/spearman-core.ts
function spearmanWork(n) {
  return { sorted: new Float64Array(n), rx: new Float64Array(n), ry: new Float64Array(n) };
}
function averageRanksInto(values, offset, sorted, out) {
  const n = sorted.length;
  for (let i = 0; i < n; i++) sorted[i] = values[offset + i];
  sorted.sort();
  for (let i = 0; i < n; i++) {
    const v = values[offset + i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    const below = lo;
    lo++;
    if (lo < n && sorted[lo] <= v) {
      hi = n;
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        if (sorted[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
    }
    out[i] = (below + 1 + lo) / 2;
  }
}
function spearmanAt(x, xOffset, y, yOffset, work2) {
  const { sorted, rx, ry } = work2;
  const n = sorted.length;
  averageRanksInto(x, xOffset, sorted, rx);
  averageRanksInto(y, yOffset, sorted, ry);
  const mean2 = (n + 1) / 2;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i] - mean2;
    const dy = ry[i] - mean2;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.min(1, Math.max(-1, r));
}

// ../../packages/stats/src/internal/wasm/spearman-kernel-bytes.ts
var SPEARMAN_KERNEL_BASE64 = "AGFzbQEAAAABLgVgAAF+YAR/f39/AGAEf39/fwF+YAV/f39/fwF+YA5/f39/f39/f39/f39/fwADBgUAAQIDBAUDAQABBhoFfgFCAAt+AUIAC34BQgALfwFBAAt+AUIACwcQAgZtZW1vcnkCAANyaG8ABAq3DAVAAQJ+A0AjACMBfEL/////D4MjAn4hACMBIwCFIQEjAEIYiSABhSABQhCGhSQAIAFCJYkkASAApyMDSQ0ACyAAC/EFAgV+A38jACEEIwEhBSMCIQgjAyEJIABBBE8EQANAIAQgBXxC/////w+DIAh+IQcgBSAEhSEGIARCGIkgBoUgBkIQhoUhBCAGQiWJIQUgB6cgCUkEQCAEJAAgBSQBEAAhByMAIQQjASEFCyABIAdCHYinQXhxaiEKIAIgCigCAGohCyALIAsoAgBBAWo2AgAgAyAKKAIEaiELIAsgCygCAEEBajYCACAEIAV8Qv////8PgyAIfiEHIAUgBIUhBiAEQhiJIAaFIAZCEIaFIQQgBkIliSEFIAenIAlJBEAgBCQAIAUkARAAIQcjACEEIwEhBQsgASAHQh2Ip0F4cWohCiACIAooAgBqIQsgCyALKAIAQQFqNgIAIAMgCigCBGohCyALIAsoAgBBAWo2AgAgBCAFfEL/////D4MgCH4hByAFIASFIQYgBEIYiSAGhSAGQhCGhSEEIAZCJYkhBSAHpyAJSQRAIAQkACAFJAEQACEHIwAhBCMBIQULIAEgB0IdiKdBeHFqIQogAiAKKAIAaiELIAsgCygCAEEBajYCACADIAooAgRqIQsgCyALKAIAQQFqNgIAIAQgBXxC/////w+DIAh+IQcgBSAEhSEGIARCGIkgBoUgBkIQhoUhBCAGQiWJIQUgB6cgCUkEQCAEJAAgBSQBEAAhByMAIQQjASEFCyABIAdCHYinQXhxaiEKIAIgCigCAGohCyALIAsoAgBBAWo2AgAgAyAKKAIEaiELIAsgCygCAEEBajYCACAAQQRrIgBBBE8NAAsLIABBAEcEQANAIAQgBXxC/////w+DIAh+IQcgBSAEhSEGIARCGIkgBoUgBkIQhoUhBCAGQiWJIQUgB6cgCUkEQCAEJAAgBSQBEAAhByMAIQQjASEFCyABIAdCHYinQXhxaiEKIAIgCigCAGohCyALIAsoAgBBAWo2AgAgAyAKKAIEaiELIAsgCygCAEEBajYCACAAQQFrIgANAAsLIAQkACAFJAEL6QECB38CfkEAIABrIQQgAEECdCEKIAJFBEADQCABIAdqKAIAIQUgASAHakEANgIAIAQgBWohBiAGIAVqIQQgAyAHaiAGNgIAIAWtIAasfiELIAwgCyAGrH58IQwgB0EEaiIHIApHDQALBQNAIAIgB2ooAgAhCUEAIQUgByEIA0AgBSABIAhqKAIAaiEFIAEgCGpBADYCACAIQQRqIgggCUcNAAsgBCAFaiEGIAYgBWohBCAFrSAGrH4hCyAMIAsgBqx+fCEMA0AgAyAHaiAGNgIAIAdBBGoiByAJRw0ACyAHIApHDQALCyAMC4gCAgd/BH5BACAAayEFIABBAnQhCyACRQRAA0AgASAJaigCACEGIAEgCWpBADYCACAFIAZqIQggCCAGaiEFIAatIAisfiEMIA4gDCAIrH58IQ4gDyAMIAQgAyAJaigCAGooAgCsfnwhDyAJQQRqIgkgC0cNAAsFA0AgAiAJaigCACEKQQAhBkIAIQ0DQCABIAlqKAIAIQcgASAJakEANgIAIAYgB2ohBiANIAetIAQgAyAJaigCAGooAgCsfnwhDSAJQQRqIgkgCkcNAAsgBSAGaiEIIAggBmohBSAGrSAIrH4hDCAOIAwgCKx+fCEOIA8gDSAIrH58IQ8gCSALRw0ACwsgDyQEIA4LiwIDAX4BfwJ8IACtQiCGIAGthCQAIAKtQiCGIAOthCQBIAStIQ4gDiQCQoCAgIAQIA59IA6CpyQDIA0gBUEDdGohDwJAA0AgDSAPRg0BIAQgBiAKIAsQASAEIAsgCCAMEAK5RAAAAAAAANA/oiERIAQgCiAHIAkgDBADuUQAAAAAAADQP6IhECANIBBEAAAAAAAAAABhIBFEAAAAAAAAAABhcgR8RAAAAAAAAPh/BUQAAAAAAADwP0QAAAAAAADwvyMEuUQAAAAAAADQP6IgECARop+jpaQLOQMAIA1BCGohDQwACwtBACMAQiCIpzYCAEEAIwCnNgIEQQAjAUIgiKc2AghBACMBpzYCDAs=";

// ../../packages/stats/src/internal/wasm/wasm-module.ts
var PAGE = 65536;
var MAX_BYTES = 4294967296;
function instantiateModule(base642, functions) {
  const api = globalThis.WebAssembly;
  if (api === void 0) return null;
  try {
    const { exports } = new api.Instance(new api.Module(decodeBase64(base642)), {});
    if (exports.memory === void 0 || functions.some((f) => typeof exports[f] !== "function")) return null;
    return exports;
  } catch {
    return null;
  }
}
function memoryOf(memory, bytes) {
  if (bytes > MAX_BYTES) return void 0;
  const have = memory.buffer.byteLength;
  if (bytes > have) {
    try {
      memory.grow(Math.ceil((bytes - have) / PAGE));
    } catch {
      return void 0;
    }
  }
  return memory.buffer;
}
function checkBlock(caller, n, empty, state, rows, out, outOffset) {
  if (n === 0) throw new StatsError("STATS_EMPTY_SAMPLE", `${caller}: ${empty}.`);
  if (state.length !== 4 || state.every((w) => (w | 0) === 0)) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${caller}: state must be the 4 words of a xoroshiro128plus getState(), not all zero.`
    );
  }
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(outOffset) || outOffset < 0) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${caller}: rows and outOffset must be whole numbers >= 0, got ${rows} and ${outOffset}.`
    );
  }
  if (outOffset + rows > out.length) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${caller}: ${rows} rows from offset ${outOffset} do not fit in out of length ${out.length}.`
    );
  }
}

// ../../packages/stats/src/internal/wasm/fused-spearman.ts
var DATA_POINTER = 16;
var EXACT_SUM_LIMIT = 208063;
var kernel4;
function fusedSpearmanReplicates(orders, state, rows, out, outOffset) {
  const n = orders.yAt.length;
  checkBlock("fusedSpearmanReplicates", n, "x and y are empty", state, rows, out, outOffset);
  if (n > EXACT_SUM_LIMIT) return void 0;
  const k = loadKernel();
  if (k === void 0) return void 0;
  const { x, y, yAt } = orders;
  const pos = DATA_POINTER;
  let next = pos + 8 * n;
  const endX = x.untied ? 0 : next;
  next += x.untied ? 0 : 4 * n;
  const endY = y.untied ? 0 : next;
  next += y.untied ? 0 : 4 * n;
  const yAtPointer = next;
  const cx = yAtPointer + 4 * n;
  const cy = cx + 4 * n;
  const ry = cy + 4 * n;
  const outPointer = ry + 4 * n + 7 & ~7;
  const bytes = outPointer + 8 * rows;
  const buffer = memoryOf(k.memory, bytes);
  if (buffer === void 0) return void 0;
  const words = new Uint32Array(buffer);
  for (let p = 0; p < n; p++) {
    words[(pos >> 2) + 2 * p] = 4 * x.pos[p];
    words[(pos >> 2) + 2 * p + 1] = 4 * y.pos[p];
  }
  if (endX !== 0) for (let j = 0; j < n; j++) words[(endX >> 2) + j] = 4 * x.end[j];
  if (endY !== 0) for (let j = 0; j < n; j++) words[(endY >> 2) + j] = 4 * y.end[j];
  for (let j = 0; j < n; j++) words[(yAtPointer >> 2) + j] = 4 * yAt[j];
  words.fill(0, cx >> 2, cy + 4 * n);
  k.rho(
    state[0],
    state[1],
    state[2],
    state[3],
    n,
    rows,
    pos,
    endX,
    endY,
    yAtPointer,
    cx,
    cy,
    ry,
    outPointer
  );
  out.set(new Float64Array(buffer, outPointer, rows), outOffset);
  return Array.from(new Int32Array(buffer, 0, 4));
}
function loadKernel() {
  if (kernel4 === void 0) kernel4 = instantiate();
  return kernel4 ?? void 0;
}
function instantiate() {
  const exports = instantiateModule(SPEARMAN_KERNEL_BASE64, ["rho"]);
  if (exports === null) return null;
  return { memory: exports.memory, rho: exports.rho };
}

// ../../packages/stats/src/internal/spearman-counts.ts
var COUNT_RANKING_LIMIT = 131072;
function spearmanResampler(x, y, work2) {
  const held = work2?.spearman;
  if (held !== void 0 && held.size === x.length) return held.load(x, y);
  const made = new SpearmanResampler(x, y);
  if (work2 !== void 0) work2.spearman = made;
  return made;
}
function orderInto(v, sorted, pos, end) {
  const n = v.length;
  for (let i = 0; i < n; i++) sorted[i] = i;
  sorted.sort((a, b) => v[a] - v[b]);
  for (let k = 0; k < n; k++) pos[sorted[k]] = k;
  let to = n;
  let untied = true;
  for (let k = n - 1; k >= 0; k--) {
    if (k < n - 1 && v[sorted[k]] !== v[sorted[k + 1]]) to = k + 1;
    else if (k < n - 1) untied = false;
    end[k] = to;
  }
  return { pos, end, untied };
}
function centredRanks(o, drawn, m, out) {
  const n = drawn.length;
  const mean2 = (m + 1) / 2;
  let below = 0;
  let squares = 0;
  if (o.untied) {
    for (let k2 = 0; k2 < n; k2++) {
      const c = drawn[k2];
      const centred = (2 * below + 1 + c) / 2 - mean2;
      out[k2] = centred;
      squares += c * (centred * centred);
      below += c;
    }
    return squares;
  }
  const end = o.end;
  let k = 0;
  while (k < n) {
    const to = end[k];
    let c = 0;
    for (let j = k; j < to; j++) c += drawn[j];
    const centred = (2 * below + 1 + c) / 2 - mean2;
    for (let j = k; j < to; j++) out[j] = centred;
    squares += c * (centred * centred);
    below += c;
    k = to;
  }
  return squares;
}
var SpearmanResampler = class {
  /** Read, never written, by the WebAssembly kernel (wasm/fused-spearman.ts). */
  x;
  y;
  /** For x's sorted position k, the y position of the same point. */
  yAt;
  /** Draws by x position and by y position. */
  cx;
  cy;
  /** Centred ranks by x position and by y position. */
  rx;
  ry;
  /** The points by sorted position of x and of y, and the pos and end arrays of both orders (reused by load). */
  sortedX;
  sortedY;
  buffers;
  /** The data loaded, so that loading it again costs nothing. */
  loadedX;
  loadedY;
  /** x and y of equal length n ≤ COUNT_RANKING_LIMIT. */
  constructor(x, y) {
    const n = x.length;
    this.yAt = new Uint32Array(n);
    this.cx = new Uint32Array(n);
    this.cy = new Uint32Array(n);
    this.rx = new Float64Array(n);
    this.ry = new Float64Array(n);
    this.sortedX = new Uint32Array(n);
    this.sortedY = new Uint32Array(n);
    this.buffers = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
    this.x = { pos: this.buffers[0], end: this.buffers[1], untied: true };
    this.y = this.x;
    this.load(x, y);
  }
  /** The number of pairs this resampler takes. */
  get size() {
    return this.yAt.length;
  }
  /**
   * Loads another dataset of the same size n into these buffers (bootstrapRows' next row), as a new resampler of
   * it would hold it; the same arrays as last time are not sorted again. Returns this.
   */
  load(x, y) {
    if (x === this.loadedX && y === this.loadedY) return this;
    const [posX, endX, posY, endY] = this.buffers;
    this.x = orderInto(x, this.sortedX, posX, endX);
    this.y = orderInto(y, this.sortedY, posY, endY);
    const n = x.length;
    for (let k = 0; k < n; k++) this.yAt[k] = posY[this.sortedX[k]];
    this.loadedX = x;
    this.loadedY = y;
    return this;
  }
  /** Rho of the resample of pairs idx[offset + i], i < n: bit for bit spearmanAt of the gathered pairs. */
  fromIndices(idx, offset) {
    const { cx, cy } = this;
    const px = this.x.pos;
    const py = this.y.pos;
    const n = cx.length;
    cx.fill(0);
    cy.fill(0);
    for (let i = 0; i < n; i++) {
      const p = idx[offset + i];
      const kx = px[p];
      const ky = py[p];
      cx[kx] = cx[kx] + 1;
      cy[ky] = cy[ky] + 1;
    }
    return this.fromCounts(n);
  }
  /**
   * `rows` resamples drawn from the xoroshiro128+ generator whose `getState()` is `state`, each rho written to
   * out[outOffset + r]: bit for bit `fillIndices` of n indices per row then `fromIndices`, computed in
   * WebAssembly. Returns the generator's state after the rows, or undefined (nothing written) when WebAssembly
   * is unavailable or n > COUNT_RANKING_LIMIT: then draw with fillIndices and use fromIndices.
   */
  replicates(state, rows, out, outOffset) {
    if (this.cx.length > COUNT_RANKING_LIMIT) return void 0;
    return fusedSpearmanReplicates(this, state, rows, out, outOffset);
  }
  /**
   * The n leave-one-out values: out[i] is rho without pair i, bit for bit spearmanAt of the n − 1 other pairs.
   */
  leaveOneOut(out) {
    const { cx, cy } = this;
    for (let i = 0; i < cx.length; i++) {
      cx.fill(1);
      cy.fill(1);
      cx[this.x.pos[i]] = 0;
      cy[this.y.pos[i]] = 0;
      out[i] = this.fromCounts(cx.length - 1);
    }
  }
  /** Rho of the m draws counted in cx and cy. */
  fromCounts(m) {
    const { cx, rx, ry, yAt } = this;
    const sxx = centredRanks(this.x, cx, m, rx);
    const syy = centredRanks(this.y, this.cy, m, ry);
    let sxy = 0;
    for (let k = 0; k < cx.length; k++)
      sxy += cx[k] * (rx[k] * ry[yAt[k]]);
    if (sxx === 0 || syy === 0) return Number.NaN;
    const r = sxy / Math.sqrt(sxx * syy);
    return Math.min(1, Math.max(-1, r));
  }
};

// ../../packages/stats/src/internal/is-constant.ts
function isConstant(values) {
  const first = values[0];
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return false;
  return true;
}

// ../../packages/stats/src/internal/finite-sample.ts
function finiteSample(data, fn, name) {
  if (!(Array.isArray(data) || data instanceof Float64Array)) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${fn}: ${name} must be a number[] or a Float64Array, got ${describe3(data)}. Convert other array-likes with Float64Array.from(${name}).`
    );
  }
  const n = data.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = data[i];
    if (typeof v !== "number") {
      throw new StatsError(
        "STATS_INVALID_INPUT",
        `${fn}: ${name}[${i}] is ${describe3(v)}, not a number. Pass an array of numbers.`
      );
    }
    if (!Number.isFinite(v)) {
      throw new StatsError(
        "STATS_NON_FINITE",
        `${fn}: ${name}[${i}] is ${describe3(v)}; ${fn} needs finite values. Remove NaN and \xB1Infinity first.`
      );
    }
    out[i] = v;
  }
  return out;
}

// ../../packages/stats/src/internal/paired-sample.ts
function pairedSample(x, y, fn) {
  const xs = finiteSample(x, fn, "x");
  const ys = finiteSample(y, fn, "y");
  if (xs.length !== ys.length) {
    throw new StatsError(
      "STATS_LENGTH_MISMATCH",
      `${fn}: x has ${xs.length} values and y has ${ys.length}; pass the same number, one (x[i], y[i]) per pair.`
    );
  }
  if (xs.length < 2) {
    throw new StatsError("STATS_EMPTY_SAMPLE", `${fn}: needs at least 2 pairs to correlate, got ${xs.length}.`);
  }
  return { xs, ys };
}

// ../../packages/stats/src/internal/warning-sink.ts
function warningSink(options, fn) {
  if (options === void 0) return void 0;
  if (typeof options !== "object" || options === null) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `${fn}: options must be an object such as { onWarning: (w) => ... }, got ${describe3(options)}.`
    );
  }
  const onWarning = options.onWarning;
  if (onWarning === void 0) return void 0;
  if (typeof onWarning !== "function") {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `${fn}: onWarning must be a function (warning) => void, got ${describe3(onWarning)}.`
    );
  }
  return onWarning;
}
function constantInputWarning(fn, constantX, constantY) {
  const which = constantX && constantY ? "x and y are" : constantX ? "x is" : "y is";
  return {
    code: "DEGENERATE",
    message: `${fn}: ${which} constant, so the correlation coefficient is undefined (0/0) and is NaN.`
  };
}

// ../../packages/stats/src/pearson.ts
var NEAR_CONSTANT = 2 ** -39;
function pearson(x, y, options) {
  const onWarning = warningSink(options, "pearson");
  const { xs, ys } = pairedSample(x, y, "pearson");
  const constantX = isConstant(xs);
  const constantY = isConstant(ys);
  if (constantX || constantY) {
    onWarning?.(constantInputWarning("pearson", constantX, constantY));
    return Number.NaN;
  }
  const n = xs.length;
  if (n === 2) return xs[1] > xs[0] === ys[1] > ys[0] ? 1 : -1;
  shrinkIfHuge(xs);
  shrinkIfHuge(ys);
  const mx = mean(xs);
  const my = mean(ys);
  let ax = 0;
  let ay = 0;
  for (let i = 0; i < n; i++) {
    ax = Math.max(ax, Math.abs(xs[i] - mx));
    ay = Math.max(ay, Math.abs(ys[i] - my));
  }
  let suu = 0;
  let cuu = 0;
  let svv = 0;
  let cvv = 0;
  let suv = 0;
  let cuv = 0;
  for (let i = 0; i < n; i++) {
    const u = (xs[i] - mx) / ax;
    const v = (ys[i] - my) / ay;
    let term = u * u;
    let t = suu + term;
    cuu += Math.abs(suu) >= Math.abs(term) ? suu - t + term : term - t + suu;
    suu = t;
    term = v * v;
    t = svv + term;
    cvv += Math.abs(svv) >= Math.abs(term) ? svv - t + term : term - t + svv;
    svv = t;
    term = u * v;
    t = suv + term;
    cuv += Math.abs(suv) >= Math.abs(term) ? suv - t + term : term - t + suv;
    suv = t;
  }
  suu += cuu;
  svv += cvv;
  suv += cuv;
  if (ax * Math.sqrt(suu) < NEAR_CONSTANT * Math.abs(mx) || ay * Math.sqrt(svv) < NEAR_CONSTANT * Math.abs(my)) {
    onWarning?.({
      code: "DEGENERATE",
      message: "pearson: an input is nearly constant (its spread is below 1.8e-12 of its mean), so r may be inaccurate. Subtract a typical value before correlating."
    });
  }
  const r = suv / Math.sqrt(suu * svv);
  return Math.min(1, Math.max(-1, r));
}
function mean(values) {
  const n = values.length;
  let sum2 = 0;
  for (let i = 0; i < n; i++) sum2 += values[i];
  const m = sum2 / n;
  let correction = 0;
  for (let i = 0; i < n; i++) correction += values[i] - m;
  return m + correction / n;
}
var HUGE = 2 ** 1e3;
var SHRINK = 2 ** -64;
function shrinkIfHuge(values) {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]));
  if (largest <= HUGE) return;
  for (let i = 0; i < values.length; i++) values[i] = values[i] * SHRINK;
}

// ../../packages/stats/src/spearman.ts
function spearman(x, y, options) {
  const onWarning = warningSink(options, "spearman");
  const { xs, ys } = pairedSample(x, y, "spearman");
  const rho = spearmanAt(xs, 0, ys, 0, spearmanWork(xs.length));
  if (Number.isNaN(rho)) onWarning?.(constantInputWarning("spearman", isConstant(xs), isConstant(ys)));
  return rho;
}

// ../../packages/stats/src/statistics/correlation.ts
var work;
function spearmanScratch(x, y) {
  if (work?.sorted.length !== x.length) work = spearmanWork(x.length);
  return spearmanAt(x, 0, y, 0, work);
}
var spearmanKernel = {
  name: "spearman",
  arity: 2,
  paired: "required",
  minLength: 2,
  evaluate: ([x, y]) => spearman(x, y),
  evaluateScratch: ([x, y]) => spearmanScratch(x, y),
  prepare: ([x, y], work2) => {
    if (x.length > COUNT_RANKING_LIMIT) return void 0;
    const resampler = spearmanResampler(x, y, work2);
    return ([idx], [offset]) => resampler.fromIndices(idx, offset);
  },
  fusedBlocks: ([x, y], work2) => {
    if (x.length > COUNT_RANKING_LIMIT) return void 0;
    const resampler = spearmanResampler(x, y, work2);
    return (state, rows, out, at) => resampler.replicates(state, rows, out, at) !== void 0;
  },
  // Paired: out[i] is ρ without row i. Past COUNT_RANKING_LIMIT the engine deletes and sorts.
  jackknife: ([x, y], _j, out, work2) => {
    if (out.length > COUNT_RANKING_LIMIT) return false;
    spearmanResampler(x, y, work2).leaveOneOut(out);
    return void 0;
  }
};
var pearsonKernel = {
  name: "pearson",
  arity: 2,
  paired: "required",
  minLength: 2,
  evaluate: ([x, y]) => pearson(x, y),
  evaluateScratch: ([x, y]) => pearson(x, y)
};

// ../../packages/stats/src/statistics/difference.ts
function differenceKernel(of) {
  if (of.arity !== 1) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `Statistic "difference": of must be a one-sample statistic, got ${JSON.stringify(of.name)} (it takes ${of.arity}).`
    );
  }
  const one = of.fromIndices;
  const jackknife = of.jackknife;
  return {
    name: `difference of ${of.name}`,
    arity: 2,
    paired: "allowed",
    minLength: of.minLength,
    ...of.fromMeans === "mean" ? { fromMeans: "difference" } : {},
    evaluate: ([x, y]) => of.evaluate([x]) - of.evaluate([y]),
    evaluateScratch: ([x, y]) => of.evaluateScratch([x]) - of.evaluateScratch([y]),
    ...one === void 0 ? {} : {
      fromIndices: ([x, y], [ix, iy], [ox, oy]) => one([x], [ix], [ox]) - one([y], [iy], [oy])
    },
    ...jackknife === void 0 ? {} : {
      jackknife: (samples, j, out) => {
        if (jackknife([samples[j]], 0, out) === false) return false;
        const other = of.evaluate([samples[1 - j]]);
        for (let i = 0; i < out.length; i++)
          out[i] = j === 0 ? out[i] - other : other - out[i];
        return void 0;
      }
    }
  };
}

// ../../packages/stats/src/statistics/mean.ts
function sum(x) {
  return pairwiseSum(x, 0, x.length);
}
function pairwiseSum(x, from, n) {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += x[from + i];
    return r;
  }
  if (n <= 128) {
    let r0 = x[from];
    let r1 = x[from + 1];
    let r2 = x[from + 2];
    let r3 = x[from + 3];
    let r4 = x[from + 4];
    let r5 = x[from + 5];
    let r6 = x[from + 6];
    let r7 = x[from + 7];
    const end = n - n % 8;
    let i = 8;
    for (; i < end; i += 8) {
      const k = from + i;
      r0 += x[k];
      r1 += x[k + 1];
      r2 += x[k + 2];
      r3 += x[k + 3];
      r4 += x[k + 4];
      r5 += x[k + 5];
      r6 += x[k + 6];
      r7 += x[k + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += x[from + i];
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(x, from, half) + pairwiseSum(x, from + half, n - half);
}
function pairwiseGatherSum(x, idx, from, n) {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += x[idx[from + i]];
    return r;
  }
  if (n <= 128) {
    let r0 = x[idx[from]];
    let r1 = x[idx[from + 1]];
    let r2 = x[idx[from + 2]];
    let r3 = x[idx[from + 3]];
    let r4 = x[idx[from + 4]];
    let r5 = x[idx[from + 5]];
    let r6 = x[idx[from + 6]];
    let r7 = x[idx[from + 7]];
    const end = n - n % 8;
    let i = 8;
    for (; i < end; i += 8) {
      const k = from + i;
      r0 += x[idx[k]];
      r1 += x[idx[k + 1]];
      r2 += x[idx[k + 2]];
      r3 += x[idx[k + 3]];
      r4 += x[idx[k + 4]];
      r5 += x[idx[k + 5]];
      r6 += x[idx[k + 6]];
      r7 += x[idx[k + 7]];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += x[idx[from + i]];
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseGatherSum(x, idx, from, half) + pairwiseGatherSum(x, idx, from + half, n - half);
}
function meanOf(x) {
  return sum(x) / x.length;
}
function standardDeviation(x, mean2, ddof) {
  const ss = sumSquaredDeviations(x, mean2);
  if (Number.isFinite(ss) && ss >= 1e-290) return Math.sqrt(ss / (x.length - ddof));
  let scale = 0;
  for (let i = 0; i < x.length; i++) scale = Math.max(scale, Math.abs(x[i] - mean2));
  if (scale === 0 || !Number.isFinite(scale)) return Math.sqrt(ss / (x.length - ddof));
  let t = 0;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] - mean2) / scale;
    t += d * d;
  }
  return scale * Math.sqrt(t / (x.length - ddof));
}
function sumSquaredDeviations(x, mean2) {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i] - mean2;
    s += d * d;
  }
  return s;
}
function replicateMean(x) {
  return x.length > 0 && isConstant(x) ? x[0] : meanOf(x);
}
function replicateStd(x, mean2, ddof) {
  return Math.sqrt(pairwiseSquaredDeviations(x, mean2, 0, x.length) / (x.length - ddof));
}
function nanReplicateMoments(x, kept, scratch) {
  const m = kept.length;
  if (m === 0) return { mean: Number.NaN, std: Number.NaN };
  if (isConstant(kept)) return { mean: kept[0], std: m > 1 ? 0 : Number.NaN };
  const z = scratch.length === x.length ? scratch : scratch.subarray(0, x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    z[i] = Number.isNaN(v) ? 0 : v;
  }
  const mean2 = sum(z) / m;
  for (let i = 0; i < x.length; i++) {
    const d = z[i] - mean2;
    z[i] = Number.isNaN(x[i]) ? 0 : d * d;
  }
  return { mean: mean2, std: m > 1 ? Math.sqrt(sum(z) / (m - 1)) : Number.NaN };
}
var sq = (x, mean2, i) => {
  const d = x[i] - mean2;
  return d * d;
};
function pairwiseSquaredDeviations(x, mean2, from, n) {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += sq(x, mean2, from + i);
    return r;
  }
  if (n <= 128) {
    let r0 = sq(x, mean2, from);
    let r1 = sq(x, mean2, from + 1);
    let r2 = sq(x, mean2, from + 2);
    let r3 = sq(x, mean2, from + 3);
    let r4 = sq(x, mean2, from + 4);
    let r5 = sq(x, mean2, from + 5);
    let r6 = sq(x, mean2, from + 6);
    let r7 = sq(x, mean2, from + 7);
    const end = n - n % 8;
    let i = 8;
    for (; i < end; i += 8) {
      const k = from + i;
      r0 += sq(x, mean2, k);
      r1 += sq(x, mean2, k + 1);
      r2 += sq(x, mean2, k + 2);
      r3 += sq(x, mean2, k + 3);
      r4 += sq(x, mean2, k + 4);
      r5 += sq(x, mean2, k + 5);
      r6 += sq(x, mean2, k + 6);
      r7 += sq(x, mean2, k + 7);
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += sq(x, mean2, from + i);
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSquaredDeviations(x, mean2, from, half) + pairwiseSquaredDeviations(x, mean2, from + half, n - half);
}
function meanOfIndices(x, idx, offset) {
  return pairwiseGatherSum(x, idx, offset, x.length) / x.length;
}
function jackknifeMeans(x, out) {
  const total = sum(x);
  const m = x.length - 1;
  for (let i = 0; i < x.length; i++) out[i] = (total - x[i]) / m;
}
var meanKernel = {
  name: "mean",
  arity: 1,
  paired: "allowed",
  minLength: 1,
  fromMeans: "mean",
  evaluate: ([x]) => meanOf(x),
  evaluateScratch: ([x]) => meanOf(x),
  jackknife: ([x], _j, out) => jackknifeMeans(x, out),
  fromIndices: ([x], [idx], [offset]) => meanOfIndices(x, idx, offset),
  standardError: ([x]) => {
    const s = x;
    return Math.sqrt(sumSquaredDeviations(s, meanOf(s)) / (s.length - 1) / s.length);
  }
};
var proportionKernel = { ...meanKernel, name: "proportion" };

// ../../packages/stats/src/internal/quantile-sorted.ts
function quantileSorted(sorted, p, method = "linear") {
  const n = sorted.length;
  switch (method) {
    case "linear":
      return interpolate(sorted, (n - 1) * p, GAMMA_AS_IS);
    case "lower":
      return sorted[Math.floor((n - 1) * p)];
    case "higher":
      return sorted[Math.ceil((n - 1) * p)];
    case "nearest":
      return sorted[roundHalfEven((n - 1) * p)];
    case "midpoint": {
      const h = (n - 1) * p;
      return interpolate(sorted, 0.5 * (Math.floor(h) + Math.ceil(h)), GAMMA_MIDPOINT);
    }
    case "inverted_cdf":
      return sorted[discreteIndex(n * p - 1, false)];
    case "averaged_inverted_cdf":
      return interpolate(sorted, n * p - 1, GAMMA_AVERAGED);
    case "closest_observation":
      return sorted[discreteIndex(n * p - 1 - 0.5, true)];
    case "interpolated_inverted_cdf":
      return interpolate(sorted, virtualIndex(n, p, 0, 1), GAMMA_AS_IS);
    case "hazen":
      return interpolate(sorted, virtualIndex(n, p, 0.5, 0.5), GAMMA_AS_IS);
    case "weibull":
      return interpolate(sorted, virtualIndex(n, p, 0, 0), GAMMA_AS_IS);
    case "median_unbiased":
      return interpolate(sorted, virtualIndex(n, p, 1 / 3, 1 / 3), GAMMA_AS_IS);
    case "normal_unbiased":
      return interpolate(sorted, virtualIndex(n, p, 3 / 8, 3 / 8), GAMMA_AS_IS);
    default:
      throw new StatsError("STATS_INVALID_OPTION", `quantileSorted: unknown method ${String(method)}.`);
  }
}
function linearQuantilePositions(n, p) {
  const v = (n - 1) * p;
  if (v >= n - 1) return [n - 1, n - 1];
  if (v < 0) return [0, 0];
  const lo = Math.floor(v);
  return [lo, lo + 1];
}
var GAMMA_AS_IS = 0;
var GAMMA_AVERAGED = 1;
var GAMMA_MIDPOINT = 2;
function virtualIndex(n, p, alpha, beta) {
  return n * p + (alpha + p * (1 - alpha - beta)) - 1;
}
function interpolate(sorted, v, rule) {
  const n = sorted.length;
  let lo;
  let hi;
  let base;
  if (v >= n - 1) {
    lo = n - 1;
    hi = n - 1;
    base = -1;
  } else if (v < 0) {
    lo = 0;
    hi = 0;
    base = 0;
  } else {
    lo = Math.floor(v);
    hi = lo + 1;
    base = lo;
  }
  let gamma = v - base;
  if (rule === GAMMA_AVERAGED) gamma = gamma === 0 ? 0.5 : 1;
  else if (rule === GAMMA_MIDPOINT) gamma = v % 1 === 0 ? 0 : 0.5;
  return lerp(sorted[lo], sorted[hi], gamma);
}
function lerp(a, b, t) {
  const d = b - a;
  if (d === Number.POSITIVE_INFINITY || d === Number.NEGATIVE_INFINITY) {
    if (Number.isFinite(a) && Number.isFinite(b)) return 2 * lerp(a / 2, b / 2, t);
    if (t === 0) return a;
    if (t === 1) return b;
    return Number.isFinite(a) ? b : Number.isFinite(b) ? a : Number.NaN;
  }
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}
function discreteIndex(v, onlyOdd) {
  const below = Math.floor(v);
  const whole = v - below === 0 && (!onlyOdd || Math.abs(below % 2) === 1);
  const index = whole ? below : below + 1;
  return Math.max(index, 0);
}
function roundHalfEven(x) {
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

// ../../packages/stats/src/internal/select.ts
function selectInPlace(a, k, from = 0, to = a.length) {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    if (hi - lo < 16) {
      insertionSort(a, lo, hi);
      return;
    }
    const mid = lo + (hi - lo >> 1);
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
function minToFront(a, from, to) {
  let m = from;
  for (let i = from + 1; i < to; i++) if (a[i] < a[m]) m = i;
  swap(a, from, m);
}
function insertionSort(a, lo, hi) {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
function swap(a, i, j) {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
function floydRivestSelect(a, k, from = 0, to = a.length) {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const i2 = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp(2 * z / 3);
      const sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * (i2 - n / 2 < 0 ? -1 : 1);
      floydRivestSelect(
        a,
        k,
        Math.max(lo, Math.floor(k - i2 * s / n + sd)),
        Math.min(hi, Math.floor(k + (n - i2) * s / n + sd)) + 1
      );
    }
    const t = a[k];
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if (a[hi] > t) swap(a, lo, hi);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[lo] === t) swap(a, lo, j);
    else {
      j++;
      swap(a, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

// ../../packages/stats/src/statistics/quantile.ts
function linearBySelection(x, p) {
  const n = x.length;
  const v = (n - 1) * p;
  if (v >= n - 1) {
    selectInPlace(x, n - 1);
  } else {
    const lo = Math.floor(v);
    selectInPlace(x, lo);
    minToFront(x, lo + 1, n);
  }
  return quantileSorted(x, p, "linear");
}
function quantileKernel(p, method, name = "quantile") {
  return {
    name,
    arity: 1,
    paired: "allowed",
    minLength: 1,
    evaluate: ([x]) => quantileSorted(x.slice().sort(), p, method),
    evaluateScratch: method === "linear" ? ([x]) => linearBySelection(x, p) : ([x]) => quantileSorted(x.sort(), p, method)
  };
}

// ../../packages/stats/src/statistics/trimmed-mean.ts
function trimmedMeanSorted(sorted, proportion) {
  const n = sorted.length;
  const cut = Math.floor(proportion * n);
  if (cut >= n - cut) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `trimmed-mean: proportion ${proportion} cuts every one of the ${n} values; use a proportion below 0.5.`
    );
  }
  let s = 0;
  for (let i = cut; i < n - cut; i++) s += sorted[i];
  return s / (n - 2 * cut);
}
function trimmedMeanKernel(proportion) {
  return {
    name: "trimmed-mean",
    arity: 1,
    paired: "allowed",
    minLength: 1,
    evaluate: ([x]) => trimmedMeanSorted(x.slice().sort(), proportion),
    evaluateScratch: ([x]) => trimmedMeanSorted(x.sort(), proportion)
  };
}

// ../../packages/stats/src/statistics/two-sample.ts
function looMeans(samples, j, out) {
  jackknifeMeans(samples[j], out);
  return { other: meanOf(samples[1 - j]) };
}
var meanDifferenceKernel = {
  name: "mean-difference",
  arity: 2,
  paired: "allowed",
  minLength: 1,
  fromMeans: "difference",
  evaluate: ([x, y]) => meanOf(x) - meanOf(y),
  evaluateScratch: ([x, y]) => meanOf(x) - meanOf(y),
  fromIndices: ([x, y], [ix, iy], [ox, oy]) => meanOfIndices(x, ix, ox) - meanOfIndices(y, iy, oy),
  jackknife: (samples, j, out) => {
    const { other } = looMeans(samples, j, out);
    for (let i = 0; i < out.length; i++) out[i] = j === 0 ? out[i] - other : other - out[i];
  },
  standardError: ([x, y]) => {
    const a = x;
    const b = y;
    const va = sumSquaredDeviations(a, meanOf(a)) / (a.length - 1);
    const vb = sumSquaredDeviations(b, meanOf(b)) / (b.length - 1);
    return Math.sqrt(va / a.length + vb / b.length);
  }
};
var meanRatioKernel = {
  name: "mean-ratio",
  arity: 2,
  paired: "allowed",
  minLength: 1,
  fromMeans: "ratio",
  evaluate: ([x, y]) => meanOf(x) / meanOf(y),
  evaluateScratch: ([x, y]) => meanOf(x) / meanOf(y),
  fromIndices: ([x, y], [ix, iy], [ox, oy]) => meanOfIndices(x, ix, ox) / meanOfIndices(y, iy, oy),
  jackknife: (samples, j, out) => {
    const { other } = looMeans(samples, j, out);
    for (let i = 0; i < out.length; i++) out[i] = j === 0 ? out[i] / other : other / out[i];
  }
};

// ../../packages/stats/src/statistics/variance.ts
function varianceOf(x, ddof) {
  return sumSquaredDeviations(x, meanOf(x)) / (x.length - ddof);
}
function jackknifeVariances(x, ddof, out, root) {
  const n = x.length;
  const m = sum(x) / n;
  const s2 = sumSquaredDeviations(x, m);
  const k = n / (n - 1);
  const denominator = n - 1 - ddof;
  for (let i = 0; i < n; i++) {
    const d = x[i] - m;
    let rest = s2 - k * d * d;
    if (rest < 1e-6 * s2) rest = leaveOneOutSquares(x, i);
    const v = rest / denominator;
    out[i] = root ? Math.sqrt(v) : v;
  }
}
function leaveOneOutSquares(x, skip) {
  let total = 0;
  for (let i = 0; i < x.length; i++) if (i !== skip) total += x[i];
  const mean2 = total / (x.length - 1);
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (i === skip) continue;
    const d = x[i] - mean2;
    s += d * d;
  }
  return s;
}
function varianceKernel(ddof) {
  return {
    name: "var",
    arity: 1,
    paired: "allowed",
    minLength: ddof + 1,
    evaluate: ([x]) => varianceOf(x, ddof),
    evaluateScratch: ([x]) => varianceOf(x, ddof),
    jackknife: ([x], _j, out) => jackknifeVariances(x, ddof, out, false)
  };
}
function stdKernel(ddof) {
  return {
    name: "std",
    arity: 1,
    paired: "allowed",
    minLength: ddof + 1,
    evaluate: ([x]) => Math.sqrt(varianceOf(x, ddof)),
    evaluateScratch: ([x]) => Math.sqrt(varianceOf(x, ddof)),
    jackknife: ([x], _j, out) => jackknifeVariances(x, ddof, out, true)
  };
}

// ../../packages/stats/src/statistic.ts
var STATISTIC_NAMES = [
  "mean",
  "median",
  "std",
  "var",
  "quantile",
  "trimmed-mean",
  "proportion",
  "spearman",
  "pearson",
  "mean-difference",
  "mean-ratio",
  "difference"
];
function option(spec, key, check, what, fallback) {
  const value = spec[key];
  if (value === void 0 && fallback !== void 0) return fallback;
  if (!check(value)) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `Statistic ${JSON.stringify(spec.name)}: ${key} must be ${what}, got ${describe3(value)}.`
    );
  }
  return value;
}
var isProbability = (v) => typeof v === "number" && v >= 0 && v <= 1;
var isQuantileMethod = (v) => typeof v === "string" && QUANTILE_METHODS.includes(v);
var isDdof = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
function resolveStatistic(statistic, nSamples) {
  if (typeof statistic === "function") return userKernel(statistic, nSamples);
  const spec = typeof statistic === "string" ? { name: statistic } : typeof statistic === "object" && statistic !== null ? statistic : void 0;
  const name = spec?.name;
  if (spec === void 0 || typeof name !== "string" || !STATISTIC_NAMES.includes(name)) {
    throw new StatsError(
      "STATS_UNKNOWN_STATISTIC",
      `Unknown statistic ${describe3(typeof statistic === "object" && statistic !== null ? name : statistic)}. Use one of ${STATISTIC_NAMES.join(", ")}, or pass a function of the samples.`
    );
  }
  switch (name) {
    case "mean":
      return meanKernel;
    case "proportion":
      return proportionKernel;
    case "median":
      return quantileKernel(
        0.5,
        option(spec, "method", isQuantileMethod, "a NumPy quantile method", "linear"),
        "median"
      );
    case "quantile":
      return quantileKernel(
        option(spec, "p", isProbability, "a probability in [0, 1]"),
        option(spec, "method", isQuantileMethod, "a NumPy quantile method", "linear")
      );
    case "trimmed-mean":
      return trimmedMeanKernel(
        option(
          spec,
          "proportion",
          (v) => typeof v === "number" && v >= 0 && v < 0.5,
          "a number in [0, 0.5)"
        )
      );
    case "std":
      return stdKernel(option(spec, "ddof", isDdof, "a non-negative integer", 1));
    case "var":
      return varianceKernel(option(spec, "ddof", isDdof, "a non-negative integer", 1));
    case "spearman":
      return spearmanKernel;
    case "pearson":
      return pearsonKernel;
    case "mean-difference":
      return meanDifferenceKernel;
    case "mean-ratio":
      return meanRatioKernel;
    case "difference": {
      const of = spec.of;
      if (of === void 0 || typeof of === "function" || typeof of === "object" && of.name === "difference" || of === "difference") {
        throw new StatsError(
          "STATS_INVALID_OPTION",
          `Statistic "difference": of must name a one-sample built-in statistic, e.g. { name: 'difference', of: 'median' }.`
        );
      }
      return differenceKernel(resolveStatistic(of, 1));
    }
  }
}
function userKernel(fn, nSamples) {
  const call = (samples) => {
    const value = fn(...samples);
    if (typeof value !== "number") {
      throw new StatsError(
        "STATS_STATISTIC_NOT_NUMBER",
        `The statistic function returned ${describe3(value)}; it must return a number for each resample.`
      );
    }
    return value;
  };
  return {
    name: fn.name || "custom",
    arity: nSamples,
    paired: "allowed",
    minLength: 1,
    evaluate: call,
    evaluateScratch: call
  };
}

// ../../packages/stats/src/ci/percentile.ts
function percentileEnds(quantile, alpha) {
  return { low: quantile(alpha), high: quantile(1 - alpha) };
}

// ../../packages/stats/src/ci/basic.ts
function basicEnds(quantile, alpha, estimate) {
  const { low, high } = percentileEnds(quantile, alpha);
  return { low: 2 * estimate - high, high: 2 * estimate - low };
}

// ../../packages/stats/src/normal-cdf.ts
var CENTRAL = 0.66291;
var ROOT32 = 5.656854248;
var INV_SQRT_2PI = 0.3989422804014327;
function normalCdf(z) {
  if (typeof z !== "number") {
    throw new StatsError("STATS_INVALID_INPUT", `normalCdf: z must be a number, got ${describe3(z)}.`);
  }
  if (Number.isNaN(z)) return Number.NaN;
  const y = Math.abs(z);
  if (y <= CENTRAL) {
    const t = z * z;
    const num = (((0.06568233791820745 * t + 2.2352520354606837) * t + 161.02823106855587) * t + 1067.6894854603709) * t + 18154.98125334356;
    const den = (((t + 47.202581904688245) * t + 976.0985517377767) * t + 10260.932208618979) * t + 45507.78933502673;
    return 0.5 + z * num / den;
  }
  if (y >= 38.5) return z < 0 ? 0 : 1;
  let ratio;
  if (y <= ROOT32) {
    ratio = (((((((10765576773720192e-24 * y + 0.39894151208813466) * y + 8.883149794388377) * y + 93.50665613217785) * y + 597.2702763948002) * y + 2494.5375852903726) * y + 6848.190450536283) * y + 11602.65143764735) * y + 9842.714838383978;
    ratio /= (((((((y + 22.266688044328117) * y + 235.387901782625) * y + 1519.3775994075547) * y + 6485.558298266761) * y + 18615.571640885097) * y + 34900.95272114598) * y + 38912.00328609327) * y + 19685.429676859992;
  } else {
    const w = 1 / (z * z);
    const num = ((((0.023073441764940174 * w + 0.215898534057957) * w + 0.12740116116024736) * w + 0.022235277870649807) * w + 0.0014216191932278934) * w + 29112874951168793e-21;
    const den = ((((w + 1.284260096144911) * w + 0.4682382124808651) * w + 0.06598813786892856) * w + 0.0037823963320275824) * w + 7297515550839662e-20;
    ratio = (INV_SQRT_2PI - w * num / den) / y;
  }
  const tail = gaussianTimes(y, ratio);
  return z < 0 ? tail : 1 - tail;
}
function gaussianTimes(y, ratio) {
  const s = Math.trunc(y * 16) / 16;
  return Math.exp(-s * s * 0.5) * Math.exp(-(y - s) * (y + s) * 0.5) * ratio;
}

// ../../packages/stats/src/ci/bca.ts
function biasCorrection(distribution, estimate, options) {
  const tolerance = options.tieTolerance * Math.abs(estimate);
  let below = 0;
  let ties = 0;
  for (let i = 0; i < distribution.length; i++) {
    const d = distribution[i] - estimate;
    if (Math.abs(d) <= tolerance) ties++;
    else if (d < 0) below++;
  }
  const B2 = distribution.length;
  const share = options.compat === "r" ? below / B2 : (2 * below + ties) / (2 * B2);
  return normalPpf(share);
}
function acceleration(leaveOneOut2) {
  const us = leaveOneOut2.map((values) => {
    const n = values.length;
    const mean2 = replicateMean(values);
    const u = new Float64Array(n);
    for (let i = 0; i < n; i++) u[i] = (n - 1) * (mean2 - values[i]);
    return u;
  });
  let scale = 0;
  for (const u of us) for (let i = 0; i < u.length; i++) scale = Math.max(scale, Math.abs(u[i]));
  if (scale === 0 || !Number.isFinite(scale)) return Number.NaN;
  let num = 0;
  let den = 0;
  for (const u of us) {
    const n = u.length;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i++) {
      const v = u[i] / scale;
      s2 += v * v;
      s3 += v * v * v;
    }
    num += s3 / (n * n * n);
    den += s2 / (n * n);
  }
  return num / den ** 1.5 / 6;
}
function bcaEnds(quantile, alpha, z0, a) {
  const zAlpha = normalPpf(alpha);
  const num1 = z0 + zAlpha;
  const alpha1 = normalCdf(z0 + num1 / (1 - a * num1));
  const num2 = z0 - zAlpha;
  const alpha2 = normalCdf(z0 + num2 / (1 - a * num2));
  const at = (p) => Number.isNaN(p) ? Number.NaN : quantile(p);
  return { low: at(alpha1), high: at(alpha2), alpha1, alpha2 };
}

// ../../packages/stats/src/ci/normal.ts
function normalEnds(estimate, standardError, alpha) {
  const z = normalPpf(1 - alpha);
  return { low: estimate - z * standardError, high: estimate + z * standardError };
}

// ../../packages/stats/src/ci/studentized.ts
function studentizedEnds(estimate, standardError, tQuantile, alpha) {
  const tLow = tQuantile(alpha);
  const tHigh = tQuantile(1 - alpha);
  return { low: estimate - tHigh * standardError, high: estimate - tLow * standardError };
}

// ../../packages/stats/src/internal/leave-one-out.ts
function leaveOneOut(kernel6, samples, paired, work2) {
  const targets = paired ? [0] : samples.map((_, j) => j);
  return targets.map((j) => {
    const n = samples[j].length;
    const out = new Float64Array(n);
    if (kernel6.jackknife !== void 0 && (!paired || samples.length === 1 || kernel6.paired === "required") && kernel6.jackknife(samples, j, out, work2) !== false) {
      return out;
    }
    const scratch = samples.map((s) => new Float64Array(s.length));
    const views = samples.map(
      (s, k) => paired || k === j ? scratch[k].subarray(0, s.length - 1) : scratch[k]
    );
    for (let i = 0; i < n; i++) {
      samples.forEach((s, k) => {
        const dst = scratch[k];
        if (paired || k === j) {
          dst.set(s.subarray(0, i), 0);
          dst.set(s.subarray(i + 1), i);
        } else {
          dst.set(s);
        }
      });
      out[i] = kernel6.evaluateScratch(views);
    }
    return out;
  });
}

// ../../packages/stats/src/internal/replicate-quantiles.ts
var ReplicateQuantiles = class {
  a;
  /** Replicates that are not NaN: a[0..finite) after the NaN are moved last. */
  ordered;
  sorted;
  /** Positions already holding their order statistic, ascending. */
  placed = [];
  /** `work` (at least as long as the replicates) holds the copy instead of a new array, for callers that reuse it. */
  constructor(replicates, work2) {
    const a = work2 === void 0 ? replicates.slice() : work2.subarray(0, replicates.length);
    if (work2 !== void 0) a.set(replicates);
    let nan = false;
    let negativeZero = false;
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if (Number.isNaN(v)) nan = true;
      else if (v === 0 && 1 / v < 0) negativeZero = true;
    }
    let m = a.length;
    if (nan) {
      m = 0;
      for (let i = 0; i < replicates.length; i++) {
        if (!Number.isNaN(replicates[i])) a[m++] = replicates[i];
      }
      a.set(replicates.filter(Number.isNaN), m);
    }
    if (negativeZero) a.subarray(0, m).sort();
    this.a = a;
    this.ordered = m;
    this.sorted = negativeZero;
  }
  /** The p-quantile (p in [0, 1]) by NumPy's linear rule, as `quantileSorted` gives it on the sorted replicates. */
  at(p) {
    const [lo, hi] = linearQuantilePositions(this.a.length, p);
    this.place(lo);
    this.place(hi);
    return quantileSorted(this.a, p, "linear");
  }
  place(k) {
    if (this.sorted || k >= this.ordered) return;
    const placed = this.placed;
    let i = 0;
    while (i < placed.length && placed[i] < k) i++;
    if (placed[i] === k) return;
    const from = i === 0 ? 0 : placed[i - 1] + 1;
    const to = i === placed.length ? this.ordered : placed[i];
    if (k === from) minToFront(this.a, from, to);
    else floydRivestSelect(this.a, k, from, to);
    placed.splice(i, 0, k);
  }
};

// ../../packages/stats/src/internal/replicate-interval.ts
var nanQuantile = () => Number.NaN;
function replicateInterval(input, distribution, tValues, where, work2) {
  const { o, kernel: kernel6, data, estimate, studentized } = input;
  const warnings = [];
  const B2 = distribution.length;
  let nonFinite = 0;
  let nan = 0;
  for (let i = 0; i < B2; i++) {
    const v = distribution[i];
    if (!Number.isFinite(v)) {
      nonFinite++;
      if (Number.isNaN(v)) nan++;
    }
  }
  const omit2 = o.nanReplicates === "omit";
  let kept = distribution;
  let keptT = tValues;
  let meanReplicate;
  let standardError;
  if (omit2 && nan > 0) {
    kept = work2 === void 0 ? new Float64Array(B2 - nan) : work2.kept.subarray(0, B2 - nan);
    if (tValues !== void 0) keptT = work2 === void 0 ? new Float64Array(B2 - nan) : work2.keptT.subarray(0, B2 - nan);
    let k = 0;
    for (let i = 0; i < B2; i++) {
      const v = distribution[i];
      if (Number.isNaN(v)) continue;
      kept[k] = v;
      if (keptT !== void 0) keptT[k] = tValues[i];
      k++;
    }
    ({ mean: meanReplicate, std: standardError } = nanReplicateMoments(
      distribution,
      kept,
      work2?.scratch ?? new Float64Array(B2)
    ));
  } else {
    meanReplicate = replicateMean(distribution);
    standardError = B2 > 1 ? replicateStd(distribution, meanReplicate, 1) : Number.NaN;
  }
  const omitted = omit2 ? nan : 0;
  const m = kept.length;
  const flat = data.every(isConstant) ? "the data are constant (every value of each sample is equal)" : m > 1 && isConstant(kept) ? `every replicate is ${kept[0]}, so the bootstrap distribution has no spread` : void 0;
  const order = new ReplicateQuantiles(kept, work2?.order);
  const quantile = m === 0 ? nanQuantile : (p) => order.at(p);
  const alpha = tailAlpha(o.confidenceLevel, o.alternative);
  let ends;
  let z0;
  let accel;
  let jackknifeOmitted = 0;
  let jackknifeCount = 0;
  let problem;
  if (m === 0 && B2 > 0) {
    problem = `all ${B2} replicates are NaN (the statistic is undefined on every resample)`;
  } else if (nonFinite - omitted > 0) {
    problem = "some replicates of the statistic are not finite" + (nan > 0 && !omit2 ? ` (${nan} of ${B2} are NaN; nanReplicates: 'omit' would leave those out)` : "");
  }
  switch (o.method) {
    case "percentile":
      ends = percentileEnds(quantile, alpha);
      break;
    case "basic":
      ends = basicEnds(quantile, alpha, estimate);
      break;
    case "normal":
      ends = normalEnds(estimate, standardError, alpha);
      if (Number.isNaN(standardError) && m < 2) {
        problem ??= `its standard error needs at least 2 replicates, and there ${m === 1 ? "is 1" : `are ${m}`}`;
      }
      break;
    case "bca": {
      z0 = biasCorrection(kept, estimate, { compat: o.compat, tieTolerance: o.tieTolerance });
      const jackknife = leaveOneOut(kernel6, data, o.paired, work2?.kernel);
      let jackknifeNaN = 0;
      for (const values of jackknife) {
        jackknifeCount += values.length;
        for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) jackknifeNaN++;
      }
      if (omit2 && jackknifeNaN > 0) {
        jackknifeOmitted = jackknifeNaN;
        accel = acceleration(jackknife.map((values) => values.filter((v) => !Number.isNaN(v))));
      } else {
        accel = acceleration(jackknife);
      }
      ends = bcaEnds(quantile, alpha, z0, accel);
      if (flat !== void 0) {
        problem ??= flat;
      } else if (Number.isNaN(ends.low) || Number.isNaN(ends.high)) {
        problem ??= !Number.isFinite(z0) ? `every replicate lies on one side of the estimate (\u1E910 = ${z0})` : jackknifeOmitted > 0 ? `${jackknifeOmitted} of ${jackknifeCount} jackknife values are NaN, and the others are too few or all equal for an acceleration` : jackknifeNaN > 0 ? `${jackknifeNaN} of ${jackknifeCount} jackknife values are NaN (the statistic is undefined without one observation), so the acceleration is NaN` : "the jackknife values are all equal, so the acceleration is 0/0 (constant or degenerate data)";
      }
      break;
    }
    case "studentized": {
      const t = keptT;
      const tOrder = new ReplicateQuantiles(t);
      const se = studentized.estimateSe(standardError);
      ends = studentizedEnds(estimate, se, m === 0 ? nanQuantile : (p) => tOrder.at(p), alpha);
      if (flat !== void 0) problem ??= flat;
      else if (!t.every(Number.isFinite) || !Number.isFinite(se)) {
        problem ??= "a replicate has a zero or undefined standard error, so its t value is not finite";
      }
      break;
    }
  }
  if (problem === void 0 && (Number.isNaN(ends.low) || Number.isNaN(ends.high))) problem = "the interval is NaN";
  if (omitted > 0 || jackknifeOmitted > 0) {
    const replicates = omitted > 0 ? `${omitted} of ${B2} replicates are NaN (the statistic is undefined on those resamples, e.g. a constant x or y for a correlation) and were left out (nanReplicates: 'omit'): the interval, standard error and bias use the other ${B2 - omitted}.` : "";
    const jackknife = jackknifeOmitted > 0 ? `${jackknifeOmitted} of ${jackknifeCount} jackknife values are NaN and were left out of the BCa acceleration (nanReplicates: 'omit').` : "";
    warnings.push({
      code: "NAN_REPLICATES",
      message: replicates && jackknife ? `${replicates} ${jackknife}` : replicates || jackknife
    });
  }
  const degenerate = problem !== void 0;
  if (problem !== void 0) {
    const message = `The ${o.method} interval cannot be computed: ${problem}.`;
    switch (o.degenerate) {
      case "error":
        throw new StatsError("STATS_DEGENERATE", `${where}: ${message} Choose another degenerate policy or method.`);
      case "nan":
        ends = { low: Number.NaN, high: Number.NaN };
        warnings.push({ code: "DEGENERATE", message: `${message} The interval is NaN.` });
        break;
      case "percentile-fallback":
        ends = percentileEnds(quantile, alpha);
        warnings.push({ code: "DEGENERATE", message: `${message} The percentile interval is given instead.` });
        break;
      case "point":
        ends = { low: estimate, high: estimate };
        warnings.push({ code: "DEGENERATE", message: `${message} The interval is the estimate alone.` });
        break;
    }
  }
  return {
    low: o.alternative === "less" ? Number.NEGATIVE_INFINITY : ends.low,
    high: o.alternative === "greater" ? Number.POSITIVE_INFINITY : ends.high,
    standardError,
    bias: meanReplicate - estimate,
    z0,
    acceleration: accel,
    omitted,
    degenerate,
    warnings
  };
}

// ../../packages/stats/src/internal/wasm/mean-kernel-bytes.ts
var MEAN_KERNEL_BASE64 = "AGFzbQEAAAABPQhgAAF/YAJ/fwF8YAJ/fwJ8fGABfwF8YAJ/fwF+YAJ/fgBgCH9/f39/f39/AGANf39/f39/f39/f39/fwADDAsAAQECAQIDBAUGBwUDAQABBh8GfgFCAAt+AUIAC34BQgALfgFCAAt+AUIAC38BQQALBxsDBm1lbW9yeQIABW1lYW5zAAkGbWVhbnMyAAoK5BkLRAECfgNAIwAjAXxC/////w+DIwR+IQAjASMAhSEBIwBCGIkgAYUgAUIQhoUkACABQiWJJAEgAKcjBUkNAAsgAEIgiKcLvAECAXwDfyABQXhxIQUgBQRAA0AgA0QAAAAAAAAAgDkDICADQQhqIgNBwABHDQALQQAhAwNAIANBB3FBA3QhBCAEIAQrAyAgABAAQQN0aisDAKA5AyAgA0EBaiIDIAVHDQALQQArAyBBACsDKKBBACsDMEEAKwM4oKBBACsDQEEAKwNIoEEAKwNQQQArA1igoKAhAgsCQANAIAMgAUYNASACIAAQAEEDdGorAwCgIQIgA0EBaiEDDAALCyACC/gGBAV+AX8JfAF/IwAhAiMBIQMjBCEGIwUhBwJAIAFBCE8EQEQAAAAAAAAAgCEIRAAAAAAAAACAIQlEAAAAAAAAAIAhCkQAAAAAAAAAgCELRAAAAAAAAACAIQxEAAAAAAAAAIAhDUQAAAAAAAAAgCEORAAAAAAAAACAIQ8gAUEDdiERA0AgAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIAggACAFQiCIp0EDdGorAwCgIQggAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIAkgACAFQiCIp0EDdGorAwCgIQkgAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIAogACAFQiCIp0EDdGorAwCgIQogAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIAsgACAFQiCIp0EDdGorAwCgIQsgAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIAwgACAFQiCIp0EDdGorAwCgIQwgAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIA0gACAFQiCIp0EDdGorAwCgIQ0gAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIA4gACAFQiCIp0EDdGorAwCgIQ4gAiADfEL/////D4MgBn4hBSADIAKFIQQgAkIYiSAEhSAEQhCGhSECIARCJYkhAyAFpyAHSQ0CIA8gACAFQiCIp0EDdGorAwCgIQ8gEUEBayIRDQALIAggCaAgCiALoKAgDCANoCAOIA+goKAhEAsgAUEHcSERAkADQCARRQ0BIAIgA3xC/////w+DIAZ+IQUgAyAChSEEIAJCGIkgBIUgBEIQhoUhAiAEQiWJIQMgBacgB0kNAiAQIAAgBUIgiKdBA3RqKwMAoCEQIBFBAWshEQwACwsgAiQAIAMkASAQDwsgACABEAELzA0ECX4BfxJ8AX8jACECIwEhAyMCIQYjAyEHIwQhCiMFIQsCQCABQQhPBEBEAAAAAAAAAIAhDEQAAAAAAAAAgCENRAAAAAAAAACAIQ5EAAAAAAAAAIAhD0QAAAAAAAAAgCEQRAAAAAAAAACAIRFEAAAAAAAAAIAhEkQAAAAAAAAAgCETRAAAAAAAAACAIRREAAAAAAAAAIAhFUQAAAAAAAAAgCEWRAAAAAAAAACAIRdEAAAAAAAAAIAhGEQAAAAAAAAAgCEZRAAAAAAAAACAIRpEAAAAAAAAAIAhGyABQQN2IR4DQCACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIAwgACAFQiCIp0EDdGorAwCgIQwgFCAAIAlCIIinQQN0aisDAKAhFCACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIA0gACAFQiCIp0EDdGorAwCgIQ0gFSAAIAlCIIinQQN0aisDAKAhFSACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIA4gACAFQiCIp0EDdGorAwCgIQ4gFiAAIAlCIIinQQN0aisDAKAhFiACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIA8gACAFQiCIp0EDdGorAwCgIQ8gFyAAIAlCIIinQQN0aisDAKAhFyACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIBAgACAFQiCIp0EDdGorAwCgIRAgGCAAIAlCIIinQQN0aisDAKAhGCACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIBEgACAFQiCIp0EDdGorAwCgIREgGSAAIAlCIIinQQN0aisDAKAhGSACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIBIgACAFQiCIp0EDdGorAwCgIRIgGiAAIAlCIIinQQN0aisDAKAhGiACIAN8Qv////8PgyAKfiEFIAMgAoUhBCACQhiJIASFIARCEIaFIQIgBEIliSEDIAWnIAtJDQIgBiAHfEL/////D4MgCn4hCSAHIAaFIQggBkIYiSAIhSAIQhCGhSEGIAhCJYkhByAJpyALSQ0CIBMgACAFQiCIp0EDdGorAwCgIRMgGyAAIAlCIIinQQN0aisDAKAhGyAeQQFrIh4NAAsgDCANoCAOIA+goCAQIBGgIBIgE6CgoCEcIBQgFaAgFiAXoKAgGCAZoCAaIBugoKAhHQsgAUEHcSEeAkADQCAeRQ0BIAIgA3xC/////w+DIAp+IQUgAyAChSEEIAJCGIkgBIUgBEIQhoUhAiAEQiWJIQMgBacgC0kNAiAGIAd8Qv////8PgyAKfiEJIAcgBoUhCCAGQhiJIAiFIAhCEIaFIQYgCEIliSEHIAmnIAtJDQIgHCAAIAVCIIinQQN0aisDAKAhHCAdIAAgCUIgiKdBA3RqKwMAoCEdIB5BAWshHgwACwsgAiQAIAMkASAGJAIgByQDIBwgHQ8LIAAgARABIRwjACECIwEhAyMCJAAjAyQBIAAgARABIR0jACQCIwEkAyACJAAgAyQBIBwgHQsuAQF/IAFBgAFNBHwgACABEAIFIAFBAXZBeHEhAiAAIAIQBCAAIAEgAmsQBKALC0ECAX8EfCABQYABTQRAIAAgARADDwsgAUEBdkF4cSECIAAgAhAFIQQhAyAAIAEgAmsQBSEGIQUgAyAFoCAEIAagCx8BAX4gAK0hASABJARCgICAgBAgAX0gAYKnJAUgALgLDAAgAK1CIIYgAa2ECxUAIAAgAUIgiKc2AgAgACABpzYCBAtWAgF8AX8gACABEAckACACIAMQByQBIAQQBiEIIAcgBUEDdGohCQJAA0AgByAJRg0BIAcgBiAEEAQgCKM5AwAgB0EIaiEHDAALC0EAIwAQCEEIIwEQCAuLAQMBfAF/AnwgACABEAckACACIAMQByQBIAQgBRAHJAIgBiAHEAckAyAIEAYhDSALIAlBA3RqIQ4CQANAIAsgDkYNASAKIAgQBSEQIQ8gCyAPIA2jOQMAIAwgECANozkDACALQQhqIQsgDEEIaiEMDAALC0EAIwAQCEEIIwEQCEEQIwIQCEEYIwMQCAs=";

// ../../packages/stats/src/internal/wasm/fused-mean.ts
var X_POINTER = 96;
var kernel5;
function fusedMeanReplicates(x, state, rows, out, outOffset) {
  checkBlock("fusedMeanReplicates", x.length, "x is empty", state, rows, out, outOffset);
  const n = x.length;
  const k = loadKernel2();
  if (k === void 0) return void 0;
  const outPointer = X_POINTER + 8 * n;
  const buffer = prepare(k, x, outPointer + 8 * rows);
  if (buffer === void 0) return void 0;
  k.means(
    state[0],
    state[1],
    state[2],
    state[3],
    n,
    rows,
    X_POINTER,
    outPointer
  );
  out.set(new Float64Array(buffer, outPointer, rows), outOffset);
  return Array.from(new Int32Array(buffer, 0, 4));
}
function fusedMeanReplicates2(x, stateA, rowsA, outA, offsetA, stateB, rowsB, outB, offsetB) {
  checkBlock("fusedMeanReplicates2", x.length, "x is empty", stateA, rowsA, outA, offsetA);
  checkBlock("fusedMeanReplicates2", x.length, "x is empty", stateB, rowsB, outB, offsetB);
  const n = x.length;
  const k = loadKernel2();
  if (k === void 0) return void 0;
  const pointerA = X_POINTER + 8 * n;
  const pointerB = pointerA + 8 * rowsA;
  const buffer = prepare(k, x, pointerB + 8 * rowsB);
  if (buffer === void 0) return void 0;
  const both = Math.min(rowsA, rowsB);
  const [a0, a1, a2, a3] = stateA;
  const [b0, b1, b2, b3] = stateB;
  k.means2(a0, a1, a2, a3, b0, b1, b2, b3, n, both, X_POINTER, pointerA, pointerB);
  const words = new Int32Array(buffer, 0, 8);
  let endA = Array.from(words.subarray(0, 4));
  let endB = Array.from(words.subarray(4, 8));
  const [rest, from, at] = rowsA > both ? [rowsA - both, endA, pointerA] : [rowsB - both, endB, pointerB];
  if (rest > 0) {
    const [c0, c1, c2, c3] = from;
    k.means(c0, c1, c2, c3, n, rest, X_POINTER, at + 8 * both);
    if (rowsA > both) endA = Array.from(words.subarray(0, 4));
    else endB = Array.from(words.subarray(0, 4));
  }
  outA.set(new Float64Array(buffer, pointerA, rowsA), offsetA);
  outB.set(new Float64Array(buffer, pointerB, rowsB), offsetB);
  return [endA, endB];
}
function prepare(k, x, bytes) {
  const buffer = memoryOf(k.memory, bytes);
  if (buffer === void 0) return void 0;
  new Float64Array(buffer, X_POINTER, x.length).set(x);
  return buffer;
}
function loadKernel2() {
  if (kernel5 === void 0) kernel5 = instantiate2();
  return kernel5 ?? void 0;
}
function instantiate2() {
  const exports = instantiateModule(MEAN_KERNEL_BASE64, ["means", "means2"]);
  if (exports === null) return null;
  return {
    memory: exports.memory,
    means: exports.means,
    means2: exports.means2
  };
}

// ../../packages/stats/src/internal/resample-blocks.ts
var FUSED_MAX_LENGTH = 4194304;
var DEFAULT_INDEX_BUDGET = 262144;
function reuse(work2, key, lengths, make) {
  const held = work2?.[key];
  if (held !== void 0 && held.length === lengths.length && held.every((a, j) => a.length === lengths[j])) {
    return held;
  }
  const made = lengths.map(make);
  if (work2 !== void 0) work2[key] = made;
  return made;
}
function blockCount(nResamples) {
  return Math.ceil(nResamples / RESAMPLE_BLOCK_SIZE);
}
function resampleBlocks(kernel6, data, job) {
  const sizes = job.paired ? [data[0].length] : data.map((s) => s.length);
  const totalN = sizes.reduce((a, b2) => a + b2, 0);
  const batch = Math.min(RESAMPLE_BLOCK_SIZE, job.batch ?? Math.max(1, Math.floor(DEFAULT_INDEX_BUDGET / totalN)));
  const base = job.blockStart * RESAMPLE_BLOCK_SIZE;
  let b = job.blockStart;
  const fused = job.t === void 0 && job.generator === "xoroshiro128plus" && data.every((s) => s.length <= FUSED_MAX_LENGTH) ? kernel6.fromMeans : void 0;
  const fusedPaired = job.t === void 0 && job.generator === "xoroshiro128plus" && job.paired && fused === void 0 ? kernel6.fusedBlocks?.(data, job.work) : void 0;
  const rowsOf = (block) => Math.min(RESAMPLE_BLOCK_SIZE, job.nResamples - block * RESAMPLE_BLOCK_SIZE);
  if (fused !== void 0) {
    let other;
    if (fused !== "mean") {
      other = job.work?.other ?? new Float64Array(2 * RESAMPLE_BLOCK_SIZE);
      if (job.work !== void 0) job.work.other = other;
    }
    while (b < job.blockEnd) {
      const count = b + 1 < job.blockEnd ? 2 : 1;
      const at = b * RESAMPLE_BLOCK_SIZE - base;
      if (!fusedMeanBlocks(fused, data, job.paired, job.stream, b, count, job.out, at, rowsOf, other)) break;
      for (let k = 0; k < count; k++) job.onBlock?.(at + k * RESAMPLE_BLOCK_SIZE + rowsOf(b + k));
      b += count;
    }
    if (b === job.blockEnd) return;
  } else if (fusedPaired !== void 0) {
    for (; b < job.blockEnd; b++) {
      const at = b * RESAMPLE_BLOCK_SIZE - base;
      const state = job.stream.child(b).generator("xoroshiro128plus").getState();
      if (!fusedPaired(state, rowsOf(b), job.out, at)) break;
      job.onBlock?.(at + rowsOf(b));
    }
    if (b === job.blockEnd) return;
  }
  const indices = reuse(
    job.work,
    "indices",
    sizes.map((n) => batch * n),
    (length) => new Uint32Array(length)
  );
  const indexOf = data.map((_, j) => indices[job.paired ? 0 : j]);
  const offsets = data.map(() => 0);
  const prepared = job.t === void 0 ? kernel6.prepare?.(data, job.work) : void 0;
  const direct = prepared ?? (job.t === void 0 && kernel6.fromIndices !== void 0 ? kernel6.fromIndices.bind(kernel6, data) : void 0);
  const scratch = direct === void 0 ? reuse(
    job.work,
    "scratch",
    data.map((s) => s.length),
    (length) => new Float64Array(length)
  ) : [];
  for (; b < job.blockEnd; b++) {
    const blockStream = job.stream.child(b);
    const first = b * RESAMPLE_BLOCK_SIZE;
    const rowsInBlock = Math.min(RESAMPLE_BLOCK_SIZE, job.nResamples - first);
    const generators = job.paired ? [blockStream.generator(job.generator)] : sizes.map((_, j) => blockStream.child(j).generator(job.generator));
    for (let r0 = 0; r0 < rowsInBlock; r0 += batch) {
      const rows = Math.min(batch, rowsInBlock - r0);
      for (let j = 0; j < sizes.length; j++) {
        const n = sizes[j];
        fillIndices(generators[j], n, indices[j].subarray(0, rows * n));
      }
      for (let r = 0; r < rows; r++) {
        const replicate = first + r0 + r;
        for (let j = 0; j < data.length; j++) offsets[j] = r * data[j].length;
        if (direct !== void 0) {
          job.out[replicate - base] = direct(indexOf, offsets);
          continue;
        }
        for (let j = 0; j < data.length; j++) {
          const source = data[j];
          const idx = indexOf[j];
          const dst = scratch[j];
          const offset = offsets[j];
          for (let i = 0; i < dst.length; i++) dst[i] = source[idx[offset + i]];
        }
        if (job.t !== void 0) {
          const se = job.t.se(scratch, replicate);
          const theta = kernel6.evaluateScratch(scratch);
          job.out[replicate - base] = theta;
          job.t.out[replicate - base] = (theta - job.t.estimate) / se;
        } else {
          job.out[replicate - base] = kernel6.evaluateScratch(scratch);
        }
      }
    }
    job.onBlock?.(first + rowsInBlock - base);
  }
}
function fusedMeanBlocks(fused, data, paired, stream, b, count, out, at, rowsOf, other) {
  const state = (block, j) => {
    const node2 = stream.child(block);
    return (paired ? node2 : node2.child(j)).generator("xoroshiro128plus").getState();
  };
  const means = (j, dst, dstAt) => (count === 2 ? fusedMeanReplicates2(
    data[j],
    state(b, j),
    rowsOf(b),
    dst,
    dstAt,
    state(b + 1, j),
    rowsOf(b + 1),
    dst,
    dstAt + RESAMPLE_BLOCK_SIZE
  ) : fusedMeanReplicates(data[j], state(b, j), rowsOf(b), dst, dstAt)) !== void 0;
  if (!means(0, out, at)) return false;
  if (fused === "mean") return true;
  const y = other;
  if (!means(1, y, 0)) return false;
  for (let k = 0; k < count; k++) {
    const o = at + k * RESAMPLE_BLOCK_SIZE;
    const yo = k * RESAMPLE_BLOCK_SIZE;
    const rows = rowsOf(b + k);
    if (fused === "difference")
      for (let r = 0; r < rows; r++) out[o + r] = out[o + r] - y[yo + r];
    else for (let r = 0; r < rows; r++) out[o + r] = out[o + r] / y[yo + r];
  }
  return true;
}
function nestedSe(kernel6, paired, generator, stream, inner) {
  const values = new Float64Array(inner);
  let scratch = [];
  let indices = [];
  return (resampled, replicate) => {
    if (scratch.length === 0) {
      scratch = resampled.map((s) => new Float64Array(s.length));
      indices = (paired ? [resampled[0]] : resampled).map((s) => new Uint32Array(s.length));
    }
    const node2 = stream.child(replicate);
    const generators = paired ? [node2.generator(generator)] : resampled.map((_, j) => node2.child(j).generator(generator));
    for (let k = 0; k < inner; k++) {
      indices.forEach((idx, j) => {
        fillIndices(generators[j], idx.length, idx);
      });
      for (let j = 0; j < resampled.length; j++) {
        const source = resampled[j];
        const idx = indices[paired ? 0 : j];
        const dst = scratch[j];
        for (let i = 0; i < dst.length; i++) dst[i] = source[idx[i]];
      }
      values[k] = kernel6.evaluateScratch(scratch);
    }
    return replicateStd(values, replicateMean(values), 1);
  };
}

// ../../packages/stats/src/internal/samples.ts
var MAX_SAMPLE_LENGTH = 2 ** 32 - 1;
function copyNumbers(raw, where) {
  if (typeof raw !== "object" || raw === null || raw instanceof DataView || !("length" in raw)) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${where} must be an array-like of numbers (a number[], a typed array or { length, 0: \u2026, \u2026 }), got ${describe3(raw)}.`
    );
  }
  const length = raw.length;
  if (typeof length !== "number" || !Number.isInteger(length) || length < 0 || length > MAX_SAMPLE_LENGTH) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${where} has length ${describe3(length)}; an array-like needs a whole length from 0 to at most ${MAX_SAMPLE_LENGTH}.`
    );
  }
  let out;
  try {
    out = new Float64Array(length);
  } catch {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${where} has length ${length}: too long to copy into memory (${length} doubles); pass a shorter sample.`
    );
  }
  const values = raw;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v !== "number") {
      throw new StatsError("STATS_INVALID_INPUT", `${where}[${i}] is ${describe3(v)}, not a number.`);
    }
    out[i] = v;
  }
  return out;
}
function toSamples(input, { paired, nanPolicy, fn }) {
  if (!Array.isArray(input) || input.length === 0) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `${fn} takes an array of one or more samples, e.g. [x] or [x, y], got ${describe3(input)}.`
    );
  }
  const samples = [];
  for (let j = 0; j < input.length; j++) {
    samples.push(copyNumbers(input[j], `${fn}: sample ${j}`));
  }
  if (paired) {
    const n = samples[0]?.length ?? 0;
    samples.forEach((s, j) => {
      if (s.length !== n) {
        throw new StatsError(
          "STATS_LENGTH_MISMATCH",
          `${fn}: paired samples must have equal lengths; sample 0 has ${n} values, sample ${j} has ${s.length}.`
        );
      }
    });
  }
  const warnings = [];
  if (nanPolicy === "raise") {
    samples.forEach((s, j) => {
      for (let i = 0; i < s.length; i++) {
        if (!Number.isFinite(s[i])) {
          throw new StatsError(
            "STATS_NON_FINITE",
            `${fn}: sample ${j}[${i}] is ${describe3(s[i])}. Remove it, or pass nanPolicy: 'omit' to drop non-finite values.`
          );
        }
      }
    });
    return { samples, warnings };
  }
  let dropped = 0;
  let out;
  if (paired) {
    const n = samples[0]?.length ?? 0;
    const keep = [];
    for (let i = 0; i < n; i++) if (samples.every((s) => Number.isFinite(s[i]))) keep.push(i);
    dropped = n - keep.length;
    out = samples.map((s) => Float64Array.from(keep, (i) => s[i]));
  } else {
    out = samples.map((s) => {
      const kept = s.filter((v) => Number.isFinite(v));
      dropped += s.length - kept.length;
      return kept;
    });
  }
  if (dropped > 0) {
    warnings.push({
      code: "VALUES_OMITTED",
      message: `${dropped} non-finite ${paired ? "pair" : "value"}${dropped === 1 ? " was" : "s were"} dropped (nanPolicy: 'omit').`
    });
  }
  return { samples: out, warnings };
}

// ../../packages/stats/src/internal/bootstrap-plan.ts
function planBootstrap(samples, statistic, options) {
  const o = parseBootstrapOptions(options);
  const kernel6 = resolveStatistic(statistic, Array.isArray(samples) ? samples.length : 0);
  if (typeof statistic !== "function" && Array.isArray(samples) && samples.length !== kernel6.arity) {
    throw new StatsError(
      "STATS_INVALID_INPUT",
      `bootstrap: statistic ${kernel6.name} takes ${kernel6.arity} sample${kernel6.arity === 1 ? "" : "s"}, got ${samples.length}.`
    );
  }
  if (kernel6.paired === "required" && !o.paired) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `bootstrap: ${kernel6.name} is a statistic of pairs (x_i, y_i); pass paired: true so pairs are resampled together.`
    );
  }
  const { samples: data, warnings } = toSamples(samples, { paired: o.paired, nanPolicy: o.nanPolicy, fn: "bootstrap" });
  const minLength = Math.max(kernel6.minLength, o.method === "bca" ? 2 : 1);
  data.forEach((s, j) => {
    if (s.length < minLength) {
      throw new StatsError(
        "STATS_EMPTY_SAMPLE",
        `bootstrap: sample ${j} has ${s.length} value${s.length === 1 ? "" : "s"}; ` + (o.method === "bca" && s.length === 1 ? "BCa needs at least 2 for its jackknife (use another method for a single value)." : `${kernel6.name} needs at least ${minLength}.`)
      );
    }
  });
  if (kernel6.name === "proportion") {
    const s = data[0];
    const bad = s.findIndex((v) => v !== 0 && v !== 1);
    if (bad >= 0) {
      throw new StatsError("STATS_INVALID_INPUT", `bootstrap: proportion takes 0/1 data; value ${bad} is ${s[bad]}.`);
    }
  }
  const estimate = kernel6.evaluate(data);
  if (!Number.isFinite(estimate)) {
    throw new StatsError(
      "STATS_DEGENERATE",
      `bootstrap: the statistic is ${estimate} on the data itself, so no interval exists (constant input to a correlation?).`
    );
  }
  const seed = o.seed ?? randomSeed();
  const root = o.rng ?? streamTree(seed);
  const studentized = o.method === "studentized" ? studentizedSetup(kernel6, o.standardError, data, {
    paired: o.paired,
    generator: o.generator,
    root,
    nested: o.nestedResamples
  }) : void 0;
  if (studentized !== void 0 && o.bootstrapResult?.distribution !== void 0) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      "bootstrap: the studentized method cannot reuse bootstrapResult; resample."
    );
  }
  return { o, kernel: kernel6, data, estimate, warnings, seed, root, studentized };
}
function finishBootstrap(plan, distribution, tValues) {
  const { o, kernel: kernel6, estimate, seed } = plan;
  const r = replicateInterval(plan, distribution, tValues, "bootstrap");
  return {
    schemaVersion: BOOTSTRAP_RESULT_SCHEMA_VERSION,
    estimate,
    ci: { low: r.low, high: r.high },
    standardError: r.standardError,
    bias: r.bias,
    method: o.method,
    confidenceLevel: o.confidenceLevel,
    alternative: o.alternative,
    nResamples: distribution.length,
    omittedReplicates: r.omitted,
    seed,
    rng: o.generator,
    statistic: kernel6.name,
    ...o.keepDistribution ? { distribution } : {},
    ...r.z0 === void 0 ? {} : { z0: r.z0, acceleration: r.acceleration },
    warnings: [...plan.warnings, ...r.warnings]
  };
}
function randomSeed() {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
}
function studentizedSetup(kernel6, standardError, data, { paired, generator, root, nested }) {
  if (typeof standardError === "function") {
    const se = (s) => {
      const v = standardError(...s);
      if (typeof v !== "number") {
        throw new StatsError(
          "STATS_STATISTIC_NOT_NUMBER",
          `The standardError function returned ${String(v)}, not a number.`
        );
      }
      return v;
    };
    return { kind: "function", replicateSe: se, estimateSe: () => se(data) };
  }
  if (standardError === void 0 && kernel6.standardError !== void 0) {
    const formula = kernel6.standardError;
    return { kind: "formula", replicateSe: (s) => formula(s), estimateSe: () => formula(data) };
  }
  if (standardError === "nested") {
    return {
      kind: "nested",
      replicateSe: nestedSe(kernel6, paired, generator, root.child("nested"), nested),
      estimateSe: (bootstrapSe) => bootstrapSe
    };
  }
  throw new StatsError(
    "STATS_INVALID_OPTION",
    `bootstrap: the studentized method needs a standard error for ${kernel6.name}: pass standardError, a function of the samples (mean and mean-difference have a built-in formula).`
  );
}

// ../../packages/stats/src/bootstrap.ts
function bootstrap(samples, statistic, options = {}) {
  const plan = planBootstrap(samples, statistic, options);
  const { o } = plan;
  if (o.workers > 1) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `bootstrap: workers: ${o.workers} needs bootstrapAsync (worker threads are asynchronous); bootstrap runs on this thread.`
    );
  }
  const reused = o.bootstrapResult?.distribution;
  if (reused !== void 0) return finishBootstrap(plan, reused.slice(), void 0);
  const distribution = new Float64Array(o.nResamples);
  const tValues = plan.studentized === void 0 ? void 0 : new Float64Array(o.nResamples);
  const onProgress = o.onProgress;
  resampleBlocks(plan.kernel, plan.data, {
    paired: o.paired,
    nResamples: o.nResamples,
    batch: o.batch,
    generator: o.generator,
    stream: plan.root.child("resample"),
    blockStart: 0,
    blockEnd: blockCount(o.nResamples),
    out: distribution,
    ...tValues && plan.studentized ? { t: { out: tValues, estimate: plan.estimate, se: plan.studentized.replicateSe } } : {},
    ...onProgress ? { onBlock: (done) => onProgress(done, o.nResamples) } : {}
  });
  return finishBootstrap(plan, distribution, tValues);
}

// ../../packages/stats/src/internal/json-number.ts
var toJsonNumber = (x) => Number.isFinite(x) ? x : Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";

// ../../packages/stats/src/internal/alpha-floor.ts
var MIN_ALPHA = 2 ** -55 + 2 ** -107;
function assertAlpha(alpha, fn) {
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 0.5)) {
    throw new StatsError("STATS_INVALID_OPTION", `${fn}: alpha must be a number in (0, 0.5), got ${describe3(alpha)}.`);
  }
  if (alpha < MIN_ALPHA) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `${fn}: alpha ${alpha} is too small: the bound's confidence level 1 \u2212 2\xB7alpha rounds to 1 in double precision. The smallest alpha that works is ${MIN_ALPHA} (PROMOTION_GATE_MIN_ALPHA).`
    );
  }
}
function minAlphaFor(m) {
  let a = MIN_ALPHA * m;
  while (a / m < MIN_ALPHA) a = nextDouble(a, 1);
  for (let down = nextDouble(a, -1); down / m >= MIN_ALPHA; down = nextDouble(a, -1)) a = down;
  return a;
}
function nextDouble(x, step) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(step));
  return view.getFloat64(0);
}

// ../../packages/stats/src/lower-bound-95.ts
var LOWER_BOUND_TIE_TOLERANCE = 1e-10;
var LOWER_BOUND_MIN_SCORES = 5;
function lowerBound95(scores, options) {
  const { runId, nResamples = 1e3, alpha = 0.025 } = options ?? {};
  assertAlpha(alpha, "lowerBound95");
  const seed = seedFromRunId(runId);
  const bootstrapOptions = {
    method: "bca",
    confidenceLevel: 1 - 2 * alpha,
    nResamples,
    seed,
    // A bound BCa cannot give is NaN, never the mean: the gate fails closed on it (see below for the one exception).
    degenerate: "nan",
    // Resample means that equal the mean of the scores differ from it only by summation-order rounding; counting
    // those within 1e-10 relative as ties keeps ẑ0 — and the verdict — from turning on the last bit.
    tieTolerance: LOWER_BOUND_TIE_TOLERANCE
  };
  parseBootstrapOptions(bootstrapOptions, "lowerBound95");
  const [x] = toSamples([scores], { paired: false, nanPolicy: "raise", fn: "lowerBound95" }).samples;
  const n = x.length;
  if (n === 0) throw new StatsError("STATS_EMPTY_SAMPLE", `lowerBound95: run ${runId} has no scores.`);
  const constant = x.every((v) => v === x[0]);
  const mean2 = constant ? x[0] : meanOf(x);
  const sd = n === 1 ? Number.NaN : constant ? 0 : standardDeviation(x, mean2, 1);
  const base = { n, mean: mean2, sd, seed, runId, nResamples, alpha };
  if (n < LOWER_BOUND_MIN_SCORES) {
    return {
      ...base,
      lowerBound: 0,
      rule: "small-sample",
      warnings: [
        {
          code: "SMALL_SAMPLE",
          message: `Run ${runId} has ${n} score${n === 1 ? "" : "s"}; at least ${LOWER_BOUND_MIN_SCORES} are needed, so the lower bound is 0.`
        }
      ]
    };
  }
  if (sd === 0) return { ...base, lowerBound: mean2, rule: "constant", warnings: [] };
  const r = bootstrap([x], "mean", bootstrapOptions);
  const noSpread = Number.isNaN(r.acceleration) || r.nResamples > 1 && isConstant(r.distribution);
  const flat = Number.isNaN(r.ci.low) && Number.isFinite(r.z0) && noSpread;
  return {
    ...base,
    lowerBound: flat ? mean2 : r.ci.low,
    rule: "bca",
    warnings: flat ? [
      {
        code: "DEGENERATE",
        message: `Run ${runId}: the scores differ only below double precision, so the jackknife or the resample means have no spread and BCa is undefined; the bound is their mean.`
      }
    ] : r.warnings,
    ...r.distribution ? { distribution: r.distribution } : {}
  };
}

// ../../packages/stats/src/lower-bound-label.ts
var percent = (x) => Number((100 * x).toPrecision(10));
function lowerBoundLabel(alpha) {
  const twoSidedPercent = percent(1 - 2 * alpha);
  const oneSidedPercent = percent(1 - alpha);
  return {
    column: `lower_bound_${twoSidedPercent}`,
    twoSidedPercent,
    oneSidedPercent,
    sentence: `the lower end of the two-sided ${twoSidedPercent}% BCa interval of the mean (a one-sided ${oneSidedPercent}% lower bound, alpha ${alpha})`
  };
}

// ../../packages/stats/src/parse-bench-report.ts
function schemaError(issue2, where) {
  const path = issue2?.path.map(String).join(".") ?? "";
  return new StatsError(
    "STATS_INVALID_INPUT",
    `${path === "" ? "report" : path}: ${issue2?.message ?? "invalid"}.`,
    where
  );
}
function parseBenchReport(text, options = {}) {
  const { source, format = "json", runId } = options;
  const at = source === void 0 ? {} : { source };
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (format === "jsonl") {
    if (runId === void 0) {
      throw new StatsError("STATS_INVALID_OPTION", "a JSONL report is a list of cases: give its run id.", at);
    }
    const cases = [];
    body.split("\n").forEach((raw, k) => {
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (/^[ \t]*$/.test(line)) return;
      cases.push(parseJson(line, { firstLine: k + 1, ...source === void 0 ? {} : { source } }));
    });
    const parsed2 = BenchReportSchema.safeParse({ runId, cases });
    if (!parsed2.success) {
      const issue2 = parsed2.error.issues[0];
      const [first, index, ...rest] = issue2?.path ?? [];
      if (first === "cases" && typeof index === "number") {
        const lines = body.split("\n");
        let seen = -1;
        const k = lines.findIndex((l) => !/^[ \t\r]*$/.test(l) && ++seen === index);
        const place = locateJson(lines[k] ?? "", rest, k + 1) ?? { line: k + 1 };
        throw schemaError(issue2 && { path: rest, message: issue2.message }, { ...at, ...place });
      }
      throw schemaError(issue2, at);
    }
    return parsed2.data;
  }
  if (runId !== void 0) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      "a run id is given for JSONL reports only; a JSON report carries its own runId.",
      at
    );
  }
  const value = parseJson(body, source === void 0 ? {} : { source });
  const parsed = BenchReportSchema.safeParse(value);
  if (!parsed.success) {
    const issue2 = parsed.error.issues[0];
    const place = locateJson(body, issue2?.path ?? []) ?? {};
    throw schemaError(issue2, { ...at, ...place });
  }
  return parsed.data;
}

// ../../packages/stats/src/promotion-gate.ts
var PROMOTION_GATE_MIN_RESAMPLES = 100;
var PROMOTION_GATE_MIN_ALPHA = MIN_ALPHA;
function reportScores(report) {
  const cases = [...report.cases].sort((a, b) => a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);
  for (let i = 1; i < cases.length; i++) {
    if (cases[i]?.caseId === cases[i - 1]?.caseId) {
      throw new StatsError(
        "STATS_INVALID_INPUT",
        `Run ${report.runId}: caseId ${JSON.stringify(cases[i]?.caseId)} appears more than once; each case must be scored once.`
      );
    }
  }
  return Float64Array.from(cases, (c) => c.score);
}
function promotionGate(reports, options) {
  const { threshold, minCases = 10, alpha = 0.025, nResamples = 1e3, holm = false, onProgress } = options;
  if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `promotionGate: threshold must be a number in [0, 1], got ${String(threshold)}.`
    );
  }
  if (!Number.isInteger(minCases) || minCases < 1) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `promotionGate: minCases must be an integer >= 1, got ${String(minCases)}.`
    );
  }
  if (!Number.isInteger(nResamples) || nResamples < PROMOTION_GATE_MIN_RESAMPLES || nResamples > 1e7) {
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `promotionGate: nResamples must be an integer in [${PROMOTION_GATE_MIN_RESAMPLES}, 10000000] (the gate's rule uses 1000), got ${String(nResamples)}.`
    );
  }
  assertAlpha(alpha, "promotionGate");
  if (reports.length === 0) throw new StatsError("STATS_EMPTY_SAMPLE", "promotionGate: no reports to gate.");
  if (holm && alpha / reports.length < MIN_ALPHA) {
    const m = reports.length;
    throw new StatsError(
      "STATS_INVALID_OPTION",
      `promotionGate: alpha ${alpha} is too small for Holm's correction over ${m} reports: its first round tests at alpha/${m} = ${alpha / m}, below ${MIN_ALPHA} (PROMOTION_GATE_MIN_ALPHA), where the bound's confidence level 1 \u2212 2\xB7alpha rounds to 1. The smallest alpha for ${m} reports is ${minAlphaFor(m)}.`
    );
  }
  const parsed = reports.map((r, i) => {
    const result = BenchReportSchema.safeParse(r);
    if (!result.success) {
      const issue2 = result.error.issues[0];
      throw new StatsError(
        "STATS_INVALID_INPUT",
        `Report ${i + 1}: ${issue2?.path.join(".") || "report"}: ${issue2?.message ?? "invalid"}.`
      );
    }
    try {
      return { report: result.data, scores: reportScores(result.data) };
    } catch (e) {
      throw new StatsError("STATS_INVALID_INPUT", `Report ${i + 1}: ${e.message}`);
    }
  });
  const at = (k, a) => {
    try {
      return lowerBound95(parsed[k]?.scores, {
        runId: parsed[k]?.report.runId,
        alpha: a,
        nResamples
      });
    } catch (e) {
      if (e instanceof StatsError && e.code === "STATS_INVALID_OPTION") throw e;
      const code = e instanceof StatsError ? e.code : "STATS_INVALID_INPUT";
      throw new StatsError(code, `Report ${k + 1}: ${e.message}`);
    }
  };
  const alphas = parsed.map(() => alpha);
  const passes = parsed.map(() => false);
  const bounds = parsed.map(() => void 0);
  if (holm) {
    let remaining = parsed.map((_, k) => k);
    while (remaining.length > 0) {
      const level = alpha / remaining.length;
      remaining.forEach((k, i) => {
        alphas[k] = level;
        bounds[k] = at(k, level);
        onProgress?.(i + 1, remaining.length);
      });
      const cleared = remaining.filter((k) => bounds[k].lowerBound > threshold);
      if (cleared.length === 0) break;
      for (const k of cleared) passes[k] = true;
      remaining = remaining.filter((k) => !cleared.includes(k));
    }
  }
  const verdicts = parsed.map(({ report, scores }, k) => {
    const reused = bounds[k];
    const bound = reused ?? at(k, alphas[k]);
    if (reused === void 0) onProgress?.(k + 1, parsed.length);
    const enough = scores.length >= minCases;
    const cleared = holm ? passes[k] : bound.lowerBound > threshold;
    const passed = enough && Number.isFinite(bound.lowerBound) && cleared;
    const lb = bound.lowerBound;
    const reason = !enough ? `only ${scores.length} case${scores.length === 1 ? "" : "s"} (min-cases ${minCases})` : Number.isNaN(lb) ? "the lower bound is undefined (NaN)" : `lower bound ${lb} ${passed ? ">" : "<="} threshold ${threshold}`;
    return {
      runId: report.runId,
      benchmark: report.benchmark,
      passed,
      reason,
      alpha: alphas[k],
      bound,
      scores,
      warnings: bound.warnings
    };
  });
  return { passed: verdicts.every((v) => v.passed), threshold, alpha, holm, minCases, nResamples, verdicts };
}

// ../../packages/stats/src/promotion-gate-json.ts
var GATE_JSON_SCHEMA_VERSION = 1;
function promotionGateToJson(result, reports) {
  return {
    schemaVersion: GATE_JSON_SCHEMA_VERSION,
    kind: "gate",
    passed: result.passed,
    threshold: result.threshold,
    alpha: result.alpha,
    holm: result.holm,
    minCases: result.minCases,
    nResamples: result.nResamples,
    reports: result.verdicts.map((v, k) => ({
      report: reports[k] ?? `report ${k + 1}`,
      runId: v.runId,
      benchmark: v.benchmark ?? null,
      passed: v.passed,
      reason: v.reason,
      n: v.bound.n,
      mean: toJsonNumber(v.bound.mean),
      sd: toJsonNumber(v.bound.sd),
      lowerBound: toJsonNumber(v.bound.lowerBound),
      alpha: v.alpha,
      seed: v.bound.seed,
      nResamples: v.bound.nResamples,
      rule: v.bound.rule,
      warnings: v.warnings.map((w) => ({ code: w.code, message: w.message }))
    }))
  };
}

// src/config.ts
var FAIL_ON = ["fail", "warn", "never"];
var ConfigError = class extends Error {
  name = "ConfigError";
  code = "GATE_INVALID_INPUT";
  input;
  constructor(input, message) {
    super(`Input '${input}' ${message}`);
    this.input = input;
  }
};
var decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var number5 = (accepts, ok) => string2().trim().refine((s) => decimal.test(s) && ok(Number(s)), { message: `must be ${accepts}` }).transform(Number);
var schemas = {
  report: string2().transform(
    (s) => s.split("\n").map((line) => line.trim()).filter((line) => line !== "")
  ).refine((lines) => lines.length > 0, { message: "must name at least one report file or glob" }),
  threshold: number5("a number in [0, 1]", (v) => v >= 0 && v <= 1),
  "min-cases": number5("an integer >= 1", (v) => Number.isInteger(v) && v >= 1),
  alpha: number5(
    `a number in [${PROMOTION_GATE_MIN_ALPHA}, 0.5), e.g. 0.025 (below that, 1 \u2212 2\xB7alpha rounds to 1)`,
    (v) => v >= PROMOTION_GATE_MIN_ALPHA && v < 0.5
  ),
  resamples: number5(
    `an integer in [${PROMOTION_GATE_MIN_RESAMPLES}, 10000000]`,
    (v) => Number.isInteger(v) && v >= PROMOTION_GATE_MIN_RESAMPLES && v <= 1e7
  ),
  holm: _enum(["true", "false"], { message: "must be true or false" }).transform((v) => v === "true"),
  "fail-on": _enum(FAIL_ON, { message: `must be one of ${FAIL_ON.join(", ")}` })
};
var INPUT_DEFAULTS = {
  "min-cases": "10",
  alpha: "0.025",
  resamples: "1000",
  holm: "false",
  "fail-on": "fail"
};
function parse3(name, raw) {
  const text = raw.trim() === "" ? INPUT_DEFAULTS[name] : raw;
  if (text === void 0) throw new ConfigError(name, "is required.");
  const result = schemas[name].safeParse(text);
  if (!result.success) {
    throw new ConfigError(name, `${result.error.issues[0]?.message ?? "is invalid"}; got ${JSON.stringify(raw)}.`);
  }
  return result.data;
}
function readConfig(getInput2) {
  return {
    report: parse3("report", getInput2("report")),
    threshold: parse3("threshold", getInput2("threshold")),
    minCases: parse3("min-cases", getInput2("min-cases")),
    alpha: parse3("alpha", getInput2("alpha")),
    resamples: parse3("resamples", getInput2("resamples")),
    holm: parse3("holm", getInput2("holm")),
    failOn: parse3("fail-on", getInput2("fail-on"))
  };
}

// src/runner.ts
import { randomUUID } from "crypto";
import { appendFileSync } from "fs";
import { EOL } from "os";
function getInput(name, env = process.env) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function setOutput(name, value, env = process.env) {
  const file = env.GITHUB_OUTPUT;
  if (file === void 0 || file === "") return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}
function appendSummary(markdown, env = process.env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file === void 0 || file === "") return;
  appendFileSync(file, markdown, "utf8");
}
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(name, message, props = {}) {
  const list = Object.entries(props).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(escapeText(String(v)))}`).join(",");
  process.stdout.write(`::${name}${list === "" ? "" : ` ${list}`}::${escapeData(escapeText(message))}${EOL}`);
}
var log = {
  info: (text) => process.stdout.write(`${escapeText(text)}${EOL}`),
  notice: (text, props) => command("notice", text, props),
  warning: (text, props) => command("warning", text, props),
  error: (text, props) => command("error", text, props),
  /** The step fails: an error annotation, and exit code 1 when the process ends. */
  failed: (text) => {
    process.exitCode = 1;
    command("error", text);
  }
};

// src/summary.ts
function human(x) {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+Infinity" : "-Infinity";
  return Number(x.toPrecision(6)).toString();
}
var cell = escapeMarkdown;
var mermaidText = (s) => escapeText(s).replace(/["`[\]<>&#;{}]/g, " ");
var mark = (passed) => passed ? "\u2705 PASS" : "\u274C FAIL";
var SUMMARY_BUDGET_BYTES = 900 * 1024;
var MAX_CHARTS = 20;
function mermaidHistogram(v, threshold, bins = 20) {
  const d = v.bound.distribution;
  if (d === void 0 || d.length === 0) return void 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const x of d) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!(hi > lo)) return void 0;
  const width = (hi - lo) / bins;
  const binOf = (x) => Math.min(bins - 1, Math.floor((x - lo) / width));
  const counts = new Array(bins).fill(0);
  for (const x of d) counts[binOf(x)] = counts[binOf(x)] + 1;
  const bound = v.bound.lowerBound;
  const labels = counts.map((_, k) => {
    const tags = [
      Number.isFinite(bound) && binOf(bound) === k && bound >= lo && bound <= hi ? "bound" : "",
      threshold >= lo && threshold <= hi && binOf(threshold) === k ? "threshold" : ""
    ].filter((t) => t !== "");
    return `"${(lo + (k + 0.5) * width).toFixed(3)}${tags.length === 0 ? "" : ` \u25C0 ${tags.join(", ")}`}"`;
  });
  const outside = threshold < lo ? ` \u2014 threshold ${human(threshold)} below every mean` : threshold > hi ? ` \u2014 threshold ${human(threshold)} above every mean` : "";
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Bootstrap means of run ${mermaidText(v.runId)}: bound ${human(bound)}${outside}"`,
    `  x-axis "mean score (bin centre)" [${labels.join(", ")}]`,
    '  y-axis "resamples"',
    `  bar [${counts.join(", ")}]`,
    "```"
  ].join("\n");
}
var COLUMNS = (bound) => [
  "verdict",
  "report",
  "run",
  "benchmark",
  "n",
  "mean",
  "sd",
  bound,
  "alpha",
  "reason"
];
function row(v, file) {
  const b = v.bound;
  const cells = [
    mark(v.passed),
    cell(file),
    cell(v.runId),
    cell(v.benchmark ?? ""),
    String(b.n),
    human(b.mean),
    human(b.sd),
    human(b.lowerBound),
    human(v.alpha),
    cell(v.reason)
  ];
  return `| ${cells.join(" | ")} |`;
}
function gateSummary(result, files, config2) {
  const label = lowerBoundLabel(config2.alpha);
  const failed = result.verdicts.filter((v) => !v.passed).length;
  const head = [];
  head.push(`## ${mark(result.passed)} \u2014 bootstat promotion gate`, "");
  head.push(
    `${result.verdicts.length} report${result.verdicts.length === 1 ? "" : "s"} (${failed} failing) \xB7 threshold ${human(result.threshold)} \xB7 alpha ${human(config2.alpha)}${result.holm ? " (Holm's correction)" : ""} \xB7 ${config2.resamples} resamples \xB7 min-cases ${config2.minCases} \xB7 fail-on ${config2.failOn}`,
    ""
  );
  const holm = result.holm ? ` Under Holm's correction each report's alpha is smaller (alpha / the reports still in play; see the alpha column).` : "";
  head.push(
    `The bound (${label.column}) is ${label.sentence.replace(" of the mean", " of the mean score")}, seeded with int(run_id[:8], 16): \`bootstat gate\` recomputes it bit for bit. A report passes when it has at least min-cases cases and its bound is above the threshold.${holm}`,
    ""
  );
  const order = result.verdicts.map((v, k) => ({ v, k })).sort((a, b) => Number(a.v.passed) - Number(b.v.passed));
  const columns = COLUMNS(label.column);
  const table = [
    `| ${columns.join(" | ")} |`,
    `|${columns.map((_, i) => i >= 4 && i <= 8 ? "---:" : "---").join("|")}|`
  ];
  let size = Buffer.byteLength(head.join("\n")) + Buffer.byteLength(table.join("\n")) + 4096;
  let shown = 0;
  for (const { v, k } of order) {
    const line = row(v, files[k] ?? "");
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > SUMMARY_BUDGET_BYTES / 2) break;
    table.push(line);
    size += bytes;
    shown++;
  }
  const out = [...head, ...table, ""];
  if (shown < order.length) {
    const rest = order.slice(shown);
    const restFailed = rest.filter(({ v }) => !v.passed).length;
    out.push(
      `\u2026 and ${rest.length} more report${rest.length === 1 ? "" : "s"} (${restFailed} failing), left out to keep this summary under GitHub's 1 MiB; every report is in the step's \`results\` output.`,
      ""
    );
  }
  for (const { v } of order.slice(0, shown)) {
    for (const w of v.warnings) {
      const line = `> \u26A0\uFE0F ${cell(v.runId)}: ${w.code}: ${cell(w.message)}`;
      if (size + Buffer.byteLength(line) > SUMMARY_BUDGET_BYTES * 0.75) break;
      out.push(line, "");
      size += Buffer.byteLength(line) + 2;
    }
  }
  let charts = 0;
  for (const { v, k } of order) {
    if (charts >= MAX_CHARTS) break;
    const chart = mermaidHistogram(v, result.threshold);
    if (chart === void 0) continue;
    const block = [
      `<details><summary>${mark(v.passed)} ${cell(files[k] ?? "")}: bootstrap means (bound ${human(v.bound.lowerBound)}, threshold ${human(result.threshold)})</summary>`,
      "",
      chart,
      "",
      "</details>",
      ""
    ].join("\n");
    if (size + Buffer.byteLength(block) > SUMMARY_BUDGET_BYTES) break;
    out.push(block);
    size += Buffer.byteLength(block);
    charts++;
  }
  return `${out.join("\n")}
`;
}
function failureSummary(message, config2) {
  return [
    "## \u274C FAIL \u2014 bootstat promotion gate",
    "",
    `The step failed before any report was gated: ${cell(message)}`,
    "",
    config2 === void 0 ? "Check the inputs of the step (see the action\u2019s README: report, threshold, min-cases, alpha, resamples, holm, fail-on)." : "Fix the report (or the path) named above and run again; an invalid report never passes.",
    ""
  ].join("\n");
}

// src/main.ts
var ReportError = class extends Error {
  name = "ReportError";
  code = "GATE_INVALID_REPORT";
  constructor(file, message) {
    super(`${file}: ${message}`);
  }
};
function reportFiles(patterns, cwd) {
  try {
    return findFiles(patterns, { cwd, accept: (p) => p.endsWith(".json"), what: "report file (.json)" }).map(
      (f) => displayPath(cwd, f)
    );
  } catch (e) {
    const err = e;
    throw new ReportError(err.location?.source ?? patterns.join(", "), err.message);
  }
}
function readReport(file, cwd) {
  try {
    return parseBenchReport(readTextFile(file, { cwd }), { source: file });
  } catch (e) {
    const err = e;
    const at = err.location?.line === void 0 ? "" : `line ${err.location.line}, column ${err.location.column}: `;
    const message = err.code === "IO_READ_FAILED" ? `cannot read the report (${err.message.replace(/^.*: /, "")})` : err.message;
    throw new ReportError(file, `${at}${message}`);
  }
}
function gate(reports, files, config2) {
  try {
    return promotionGate(reports, {
      threshold: config2.threshold,
      minCases: config2.minCases,
      alpha: config2.alpha,
      nResamples: config2.resamples,
      holm: config2.holm
    });
  } catch (e) {
    const err = e;
    const m = /^Report (\d+): /.exec(err.message);
    if (m) throw new ReportError(files[Number(m[1]) - 1] ?? "report", err.message.slice(m[0].length));
    throw e;
  }
}
var number6 = (x) => String(x);
async function run(env = process.env) {
  let config2;
  try {
    config2 = readConfig((name) => getInput(name, env));
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const files = reportFiles(config2.report, cwd);
    const result = gate(
      files.map((f) => readReport(f, cwd)),
      files,
      config2
    );
    const verdicts = result.verdicts;
    const weakest = verdicts.reduce(
      (w, v) => Number.isNaN(w.bound.lowerBound) || v.bound.lowerBound >= w.bound.lowerBound ? w : v
    );
    const set = (name, value) => setOutput(name, value, env);
    set("passed", String(result.passed));
    set("reports", String(verdicts.length));
    set("failed", String(verdicts.filter((v) => !v.passed).length));
    set("lower-bound", number6(weakest.bound.lowerBound));
    set("mean", number6(weakest.bound.mean));
    set("n", String(weakest.bound.n));
    set("results", toSafeJson(promotionGateToJson(result, files)));
    verdicts.forEach((v, k) => {
      const file = files[k];
      for (const w of v.warnings) log.warning(w.message, { title: `bootstat gate: ${w.code}`, file });
      const line = `bootstat gate: ${file} (run ${v.runId}): ${v.passed ? "PASS" : "FAIL"}: ${v.reason}`;
      if (v.passed) log.info(line);
      else if (config2?.failOn === "never") log.notice(line, { title: "bootstat gate", file });
      else log.warning(line, { title: "bootstat gate", file });
    });
    appendSummary(gateSummary(result, files, config2), env);
    if (!result.passed && config2.failOn === "fail") {
      const why = verdicts.flatMap((v, k) => v.passed ? [] : [`${files[k]}: ${v.reason}`]);
      const shown = why.slice(0, 20).join("; ");
      log.failed(`The promotion gate failed: ${shown}${why.length > 20 ? `; and ${why.length - 20} more` : ""}.`);
    }
  } catch (e) {
    const err = e;
    const message = err.code ? `${err.code}: ${err.message}` : err.message;
    setOutput("passed", "false", env);
    log.failed(message);
    appendSummary(failureSummary(message, config2), env);
  }
}

// src/index.ts
void run();
