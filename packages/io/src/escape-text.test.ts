import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeText, escapeXml, toSafeJson } from './escape-text';

describe('escapeText', () => {
  it.each([
    ['a newline cannot start a new log line', 'run\n::error title=x::pwned', 'run\\n::error title=x::pwned'],
    ['carriage return and tab', 'a\rb\tc', 'a\\rb\\tc'],
    ['ESC (ANSI colours, cursor moves)', '\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'],
    ['DEL and C1 controls', '\u007f\u0085\u009b', '\\u007f\\u0085\\u009b'],
    ['the right-to-left override and isolates', 'abc\u202edcba\u2066x\u2069', 'abc\\u202edcba\\u2066x\\u2069'],
    ['zero-width characters and the BOM', 'a\u200bb\ufeff', 'a\\u200bb\\ufeff'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029'],
    ['a lone surrogate', 'x\ud800y', 'x\\ud800y'],
    ['NUL', 'a\u0000b', 'a\\u0000b'],
  ])('escapes %s', (_what, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('leaves printable text of any script, emoji and punctuation alone', () => {
    const text = 'énergie 能量 энергия 🚀 C:\\runs\\a.json "q" | <b> ::';
    expect(escapeText(text)).toBe(text);
  });

  it('never leaves a control, format or separator character, so the result is one printable line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = escapeText(s);
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
        expect(out.split('\n')).toHaveLength(1);
      }),
    );
  });

  it('is the identity on text without such characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(s));
        expect(escapeText(s)).toBe(s);
      }),
    );
  });
});

describe('toSafeJson', () => {
  it('is the same JSON, with nothing left that could rearrange a terminal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 20 }), (value, s) => {
        const doc = { value, s, bidi: `a\u202eb\u2028\u0085\u{e0001}` };
        const text = toSafeJson(doc, 2);
        expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(doc)));
        // Only the indentation's line breaks remain.
        expect(text.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
      }),
    );
  });
});

describe('escapeMarkdown', () => {
  it('keeps a table cell one cell and a tag text', () => {
    expect(escapeMarkdown('a|b <script>x</script>')).toBe('a\\|b &lt;script&gt;x&lt;/script&gt;');
    expect(escapeMarkdown('[link](http://x) *b* `c` ~d~')).toBe('\\[link\\](http\\://x) \\*b\\* \\`c\\` \\~d\\~');
    expect(escapeMarkdown('_e_ :x: http://x')).toBe('\\_e\\_ \\:x\\: http\\://x');
  });

  it('escapes control characters first, and their backslashes are shown, not read as markup', () => {
    expect(escapeMarkdown('x\ny')).toBe('x\\\\ny');
  });

  it('never leaves an unescaped pipe, angle bracket or line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/(^|[^\\])\|/);
        expect(out).not.toMatch(/[<>\n\r]/);
      }),
    );
  });
});

describe('escapeXml', () => {
  it('escapes the XML specials and shows controls as escapeText does', () => {
    expect(escapeXml('a<b & "c">')).toBe('a&lt;b &amp; &quot;c&quot;&gt;');
    expect(escapeXml('x\u0000y\u202e\n')).toBe('x\\u0000y\\u202e\\n');
  });

  it('leaves no raw special or control character, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeXml(s);
        expect(out).not.toMatch(/[<>"]|&(?!amp;|lt;|gt;|quot;)|[\p{Cc}\p{Cf}\p{Cs}]/u);
      }),
    );
  });
});
