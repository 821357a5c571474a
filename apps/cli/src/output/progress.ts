import type { CliIo } from '../io';

/**
 * Whether a progress bar may be drawn: only on a terminal (pipes and logs stay clean), not under `--quiet` or
 * `--no-progress`, and not where a terminal is only pretended: a CI run (`CI` set and not "false") or `TERM=dumb`.
 */
export function progressAllowed(io: CliIo, flags: { quiet?: boolean; 'no-progress'?: boolean }): boolean {
  if (flags.quiet === true || flags['no-progress'] === true || !io.stderrIsTTY) return false;
  const ci = io.env.CI;
  if (ci !== undefined && ci !== '' && ci.toLowerCase() !== 'false' && ci !== '0') return false;
  return io.env.TERM !== 'dumb';
}

/**
 * A progress bar on stderr for work that takes more than about a second, never on stdout (which carries only
 * results); silent when `allowed` is false (see progressAllowed).
 */
export function progressBar(
  io: CliIo,
  label: string,
  allowed: boolean,
): { update: (done: number, total: number, detail?: string) => void; done: () => void } {
  const now = io.now ?? Date.now;
  const start = now();
  let shown = false;
  let last = 0;
  return {
    update(done, total, detail) {
      if (!allowed) return;
      const t = now();
      if (t - start < 1000 || (t - last < 100 && done < total)) return;
      last = t;
      shown = true;
      const width = 30;
      const filled = Math.round((width * done) / total);
      const pct = Math.floor((100 * done) / total);
      io.stderr(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total}${detail === undefined ? '' : ` ${detail}`}`,
      );
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}
