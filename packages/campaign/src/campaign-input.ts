/** Result records by configuration: each record is one measurement cycle (a parsed JSON result file). */
export type CampaignResults = Readonly<Record<string, readonly unknown[]>>;

/** Where a record came from, for messages: its file and, for JSONL and CSV, its 1-based line. */
export interface RecordSource {
  readonly file: string;
  readonly line?: number;
}

/** The source of each record, parallel to `CampaignResults` (same configurations, same order). */
export type CampaignSources = Readonly<Record<string, readonly RecordSource[]>>;

/** A record left out of one metric because that metric is missing or not a finite number there. */
export interface SkippedRecord {
  readonly configuration: string;
  /** 0-based index of the record within its configuration. */
  readonly record: number;
  /** The metric's dot path. */
  readonly field: string;
  /** What was wrong: `missing`, or `not a finite number: "n/a"`. */
  readonly reason: string;
  readonly file?: string;
  readonly line?: number;
}
