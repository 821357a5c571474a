const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
// Character code → 6-bit value, 255 for a character outside the alphabet.
const VALUES = new Uint8Array(256).fill(255);
const LATIN1 = new TextDecoder('latin1');
for (let i = 0; i < 64; i++) VALUES[CODES[i] as number] = i;

/**
 * Bytes as standard base64 (RFC 4648 §4, with `=` padding), with neither Buffer nor btoa so it runs in any engine
 * and on any size (no call-stack or string-argument limit).
 *
 * @example
 * encodeBase64(Uint8Array.of(0, 1, 2, 255)); // 'AAEC/w=='
 */
export function encodeBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let j = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[j++] = CODES[v >>> 18] as number;
    out[j++] = CODES[(v >>> 12) & 63] as number;
    out[j++] = CODES[(v >>> 6) & 63] as number;
    out[j++] = CODES[v & 63] as number;
  }
  if (i < n) {
    const two = i + 1 < n;
    const v = ((bytes[i] as number) << 16) | (two ? (bytes[i + 1] as number) << 8 : 0);
    out[j++] = CODES[v >>> 18] as number;
    out[j++] = CODES[(v >>> 12) & 63] as number;
    out[j++] = two ? (CODES[(v >>> 6) & 63] as number) : 61;
    out[j++] = 61;
  }
  // The characters are ASCII, which latin1 decodes one byte to one character (ten times faster than building the
  // string from char codes).
  return LATIN1.decode(out);
}

/**
 * Standard base64 (with `=` padding, as `encodeBase64` writes it) to bytes, or undefined for text that is not
 * exactly that: a length that is not a multiple of 4, a character outside the alphabet, misplaced padding or
 * non-zero padding bits. Strict, so that one string has one meaning.
 *
 * @example
 * Array.from(decodeBase64('AAEC/w==')); // [0, 1, 2, 255]
 * decodeBase64('AAEC/w='); // undefined
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const len = text.length;
  if (len % 4 !== 0) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((len / 4) * 3 - pad);
  const value = (i: number) => {
    const code = text.charCodeAt(i);
    return code < 256 ? (VALUES[code] as number) : 255;
  };
  let j = 0;
  for (let i = 0; i < len; i += 4) {
    const last = i + 4 === len;
    const a = value(i);
    const b = value(i + 1);
    const c = last && pad === 2 ? 0 : value(i + 2);
    const d = last && pad >= 1 ? 0 : value(i + 3);
    if ((a | b | c | d) > 63) return undefined;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[j++] = v >>> 16;
    if (last && pad === 2) {
      if ((v & 0xffff) !== 0) return undefined; // bits beyond the last byte must be zero
      continue;
    }
    out[j++] = (v >>> 8) & 255;
    if (last && pad === 1) {
      if ((v & 255) !== 0) return undefined;
      continue;
    }
    out[j++] = v & 255;
  }
  return out;
}
