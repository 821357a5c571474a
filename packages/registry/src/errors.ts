/** Stable codes of the errors @bootstat/registry throws. A code never changes meaning within a major version. */
export const REGISTRY_ERROR_CODES = [
  /** `register`: a strategy of that name is already in the registry (names are case-sensitive). */
  'REGISTRY_DUPLICATE_NAME',
  /** `register`: a name in the strategy's `dependsOn` is not registered in the same registry yet. */
  'REGISTRY_MISSING_DEPENDENCY',
  /** `register`: not a strategy (no name, summary, zod options schema or run function, or a wrong kind). */
  'REGISTRY_INVALID_STRATEGY',
  /** `get` / `run`: no strategy of that name; the message lists the names the registry has. */
  'REGISTRY_UNKNOWN_NAME',
  /** `run`: the options do not fit the strategy's schema; the message names the option and what it accepts. */
  'REGISTRY_INVALID_OPTIONS',
  /** `applyPlugin`: the plugin module's default export is not an array of strategies or a registries function. */
  'REGISTRY_INVALID_PLUGIN',
] as const;

export type RegistryErrorCode = (typeof REGISTRY_ERROR_CODES)[number];

/**
 * The one error class of @bootstat/registry. `code` is stable; `message` says what was wrong and how to fix it.
 * Errors thrown by a strategy's own `run` (e.g. a `StatsError` from `bootstrap`) pass through unchanged.
 *
 * @example
 * const registries = createStatsRegistries();
 * try {
 *   registries.ciMethod.runByName('bcaa', { samples: [[1, 2, 3]], statistic: 'mean' });
 * } catch (e) {
 *   if (!(e instanceof RegistryError)) throw e;
 *   e.code; // 'REGISTRY_UNKNOWN_NAME'
 *   e.message.startsWith(`Unknown ciMethod "bcaa". Did you mean 'bca'?`); // true
 * }
 */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  readonly code: RegistryErrorCode;

  constructor(code: RegistryErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
