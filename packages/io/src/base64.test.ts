import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it("matches Node's Buffer on any bytes, both ways", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const expected = Buffer.from(bytes).toString('base64');
        expect(encodeBase64(bytes)).toBe(expected);
        expect(Array.from(decodeBase64(expected) as Uint8Array)).toEqual(Array.from(bytes));
      }),
    );
  });

  it('known answers (RFC 4648 §10)', () => {
    const cases = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'];
    const encoded = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    cases.forEach((c, i) => {
      expect(encodeBase64(new TextEncoder().encode(c))).toBe(encoded[i]);
      expect(new TextDecoder().decode(decodeBase64(encoded[i] as string))).toBe(c);
    });
  });

  it('encodes more than a call stack of bytes', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i * 7);
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('refuses anything but canonical base64', () => {
    for (const bad of [
      'A',
      'AA=',
      'AAEC/w=',
      'AA=A',
      '====',
      'Zg=a',
      'Zh==',
      'Zm9=',
      'Zm 9v',
      'Zm9-',
      'Zm9vé===',
      'ŁŁŁŁ',
    ]) {
      expect(decodeBase64(bad), bad).toBeUndefined();
    }
  });
});
