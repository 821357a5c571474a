/** What a command may touch: injected, so tests run commands in-process and the bin wires real streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, chunk by chunk (only read when the input is '-' or absent and stdin is not a terminal). */
  readonly stdin: () => AsyncIterable<string | Uint8Array>;
  readonly stdinIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}
