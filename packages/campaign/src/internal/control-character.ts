/**
 * The first control character of a name (C0, DEL or C1) as `U+000A`, or undefined: a newline or a tab in a
 * configuration name would break every table, CSV row and warning line it is printed in.
 */
export function controlCharacter(name: string): string | undefined {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}
