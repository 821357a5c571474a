/** What a command may touch: injected, so tests run commands in-process and the bin wires real streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, chunk by chunk (only read when the input is '-' or absent and stdin is not a terminal). */
  readonly stdin: () => AsyncIterable<string | Uint8Array>;
  readonly stdinIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** The terminal's width when stdout is one; tables of long text wrap to it (else to 100 columns). */
  readonly stdoutColumns?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The clock progress bars read, in milliseconds (default Date.now); tests pass one that runs fast. */
  readonly now?: () => number;
}
