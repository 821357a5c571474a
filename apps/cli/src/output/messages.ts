import { escapeText } from '@bootstat/io';
import type { CliIo } from '../io';

/**
 * The CLI's lines on stderr. Every one goes through escapeText, so text from input (a file name, a CSV header, a
 * run id) cannot move the cursor, recolour the terminal, reorder the line or start a new one.
 */
export function printWarning(io: CliIo, text: string): void {
  io.stderr(`bootstat: warning: ${escapeText(text)}\n`);
}

export function printNote(io: CliIo, text: string): void {
  io.stderr(`bootstat: note: ${escapeText(text)}\n`);
}

export function printError(io: CliIo, text: string): void {
  io.stderr(`bootstat: error: ${escapeText(text)}\n`);
}
