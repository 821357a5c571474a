/** Stable codes of the errors @bootstat/campaign throws. A code never changes meaning within a major version. */
export const CAMPAIGN_ERROR_CODES = [
  /** An option has a value outside what it accepts (a metric path, nResamples, a direction…). */
  'CAMPAIGN_INVALID_OPTION',
  /** The results are not an object of arrays of records, or a configuration has no records. */
  'CAMPAIGN_INVALID_INPUT',
  /** `strict: true` and a record's metric is missing or not a finite number. */
  'CAMPAIGN_INVALID_RECORD',
  /** The baseline named for a comparison is not a configuration of the campaign. */
  'CAMPAIGN_UNKNOWN_BASELINE',
  /** A compared metric has no declared direction (lower or higher is better). */
  'CAMPAIGN_NO_DIRECTION',
  /**
   * A result file cannot be found, read or parsed (a dangling link included), its configuration cannot be told or
   * is not a printable name, one file would count in two configurations, no file holds a record, or (`strict`) a
   * file holds none.
   */
  'CAMPAIGN_READ_ERROR',
] as const;

export type CampaignErrorCode = (typeof CAMPAIGN_ERROR_CODES)[number];

/** Where an error points: the file (and line) and, for a record, its configuration, index and field. */
export interface CampaignErrorLocation {
  readonly file?: string;
  /** 1-based line for JSONL and CSV files. */
  readonly line?: number;
  readonly configuration?: string;
  /** 0-based index of the record within its configuration. */
  readonly record?: number;
  /** The metric's dot path. */
  readonly field?: string;
}

/** The one error class of @bootstat/campaign: a stable `code`, a message saying what to change, and where. */
export class CampaignError extends Error {
  override readonly name = 'CampaignError';
  readonly code: CampaignErrorCode;
  readonly location: CampaignErrorLocation;

  constructor(code: CampaignErrorCode, message: string, location: CampaignErrorLocation = {}) {
    super(message);
    this.code = code;
    this.location = location;
  }
}
