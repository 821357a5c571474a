const MASK64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/** 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3) of a string's UTF-8 bytes. */
export function fnv1a64(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const byte of encoder.encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}
