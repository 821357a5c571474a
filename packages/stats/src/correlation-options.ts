import type { StatsWarning } from './warning';

/** Options of `pearson`, `spearman` and `spearmanRows`. */
export interface CorrelationOptions {
  /**
   * Receives structured warnings; the library never prints. A constant input makes the coefficient 0/0: the
   * result is NaN and this gets `{ code: 'DEGENERATE', message }`, as SciPy's ConstantInputWarning.
   */
  readonly onWarning?: (warning: StatsWarning) => void;
}
