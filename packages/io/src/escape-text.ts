// Control characters (C0, DEL, C1), format characters (bidirectional overrides and isolates, zero-width
// characters, the BOM), line and paragraph separators, and lone surrogates: everything that can move the cursor,
// recolour a terminal, reorder what a reader sees, or start a new line in a log.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const short = SHORT[ch];
  if (short !== undefined) return short;
  const code = ch.codePointAt(0) as number;
  return code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * Text from input (a file name, a CSV header, a run id) made safe to print on one line of a terminal, a log, a
 * job summary or an annotation: newline, carriage return and tab become `\n`, `\r` and `\t`; every other control
 * or invisible format character — ESC, DEL, C1, the right-to-left override and the other bidirectional controls,
 * zero-width characters, U+2028/U+2029, a lone surrogate — becomes a `\uXXXX` escape. Everything else, letters
 * of every script included, is left as it is. The result holds no line break, so no untrusted text can start a
 * line of its own (a GitHub workflow command like `::error::` is only read at the start of a line).
 *
 * @example
 * escapeText('run\n::error::x\u001b[31m'); // 'run\\n::error::x\\u001b[31m'
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * A value as JSON text that is as safe to print as escapeText's output, and still the same JSON:
 * `JSON.stringify` escapes C0 controls and lone surrogates but leaves DEL, C1 controls, bidirectional overrides,
 * zero-width characters and U+2028/U+2029 raw; those become `\uXXXX` escapes too (they can only occur inside
 * strings, where an escape means the same character).
 *
 * @example
 * toSafeJson({ runId: 'a\u202eb' }); // '{"runId":"a\\u202eb"}'
 */
export function toSafeJson(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(UNSAFE, (ch) => {
    if (ch === '\n') return ch; // the indentation's line breaks (JSON.stringify escapes those inside strings)
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}

/**
 * Markdown and HTML punctuation that could end a table cell (`|`), open a tag (`<`), start a link (`[`), a code
 * span, emphasis or strikethrough (`*`, `_`, `~`), an emoji shortcode or an autolink (`:`), or escape what follows
 * (`\`). CommonMark lets a backslash escape any ASCII punctuation, so the rendered text is the text itself.
 */
const MARKDOWN = /[\\`*_[\]<>|~&:]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Untrusted text for a Markdown table cell or paragraph: `escapeText`, then every character that Markdown or
 * HTML would read as markup is escaped (`|` cannot end the cell, `<` cannot open a tag, `[` cannot start a link).
 *
 * @example
 * escapeMarkdown('a|b <script>'); // 'a\\|b &lt;script&gt;'
 */
export function escapeMarkdown(text: string): string {
  return escapeText(text).replace(MARKDOWN, (c) => ENTITIES[c] ?? `\\${c}`);
}

/**
 * Text from input made safe inside an SVG or XML text node or a double-quoted attribute: `&`, `<`, `>` and `"`
 * become entities, and what escapeText would escape (controls, bidirectional and invisible format characters,
 * lone surrogates) gets escapeText's visible `\uXXXX` form, so the drawing shows what a terminal would.
 *
 * @example
 * escapeXml('a<b & "c"\u202e'); // 'a&lt;b &amp; &quot;c&quot;\\u202e'
 */
export function escapeXml(text: string): string {
  return escapeText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
