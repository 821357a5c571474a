import { normalPpf } from '@bootstat/rng';
import type { Ends } from './interval';

/**
 * Standard normal interval (Efron & Tibshirani 1993, eq. 13.2): θ̂ ± z_{1−α} · ŝe, with ŝe the bootstrap
 * standard error (ddof = 1). No bias correction; R's boot::norm.ci subtracts the bootstrap bias first.
 */
export function normalEnds(estimate: number, standardError: number, alpha: number): Ends {
  const z = normalPpf(1 - alpha);
  return { low: estimate - z * standardError, high: estimate + z * standardError };
}
