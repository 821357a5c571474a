/** Stable codes of the campaign-wide warnings (libraries never print; apps decide what to show). */
export const CAMPAIGN_WARNING_CODES = [
  /** nResamples is below MIN_RESAMPLES: every interval (and every verdict drawn from one) is too coarse to trust. */
  'FEW_RESAMPLES',
] as const;

export type CampaignWarningCode = (typeof CAMPAIGN_WARNING_CODES)[number];

/** A warning about the whole campaign rather than one cell: `code` is stable, `message` is for people. */
export interface CampaignWarning {
  readonly code: CampaignWarningCode;
  readonly message: string;
}

/**
 * Fewer resamples per interval than this give a FEW_RESAMPLES warning: a 95% percentile interval from B resamples
 * puts B × 0.025 of them beyond each end, under 2.5 when B < 100, so its ends are nearly the extreme resamples and
 * move from seed to seed (at B = 1 the interval has zero width).
 */
export const MIN_RESAMPLES = 100;
