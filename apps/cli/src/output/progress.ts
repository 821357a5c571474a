import type { CliIo } from '../io';

/**
 * A progress bar on stderr for work that takes more than about a second: silent when stderr is not a terminal
 * (pipes and CI logs stay clean), and never on stdout, which carries only results.
 */
export function progressBar(
  io: CliIo,
  label: string,
): { update: (done: number, total: number) => void; done: () => void } {
  const start = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      if (!io.stderrIsTTY) return;
      const now = Date.now();
      if (now - start < 1000 || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = Math.round((width * done) / total);
      const pct = Math.floor((100 * done) / total);
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total}`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}
