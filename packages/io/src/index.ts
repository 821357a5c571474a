export { decodeBase64, encodeBase64 } from './base64';
export { canonicalJson } from './canonical-json';
export { type CsvDialect, type Delimiter, type DetectDialectOptions, detectDialect } from './detect-dialect';
export { formatLocation, IO_ERROR_CODES, IoError, type IoErrorCode, type IoErrorLocation } from './errors';
export { escapeMarkdown, escapeText, escapeXml, toSafeJson } from './escape-text';
export { findColumn } from './find-column';
export type { IoNote } from './io-note';
export { MISSING_VALUE_TOKENS, missingValue } from './missing-values';
export { naturalCompare } from './natural-compare';
export { type DecimalMark, type NumberCell, numberCell, trimCell } from './number-cell';
export {
  ABSENT_TOKEN,
  type NanPolicy,
  type NumericTable,
  type NumericTableOptions,
  NumericTableReader,
  readNumericTable,
  readNumericTableStream,
  TABLE_FORMATS,
  type TableFormat,
} from './numeric-table';
export { CONFIG_FORMATS, type ConfigFormat, configFormat, parseConfigText } from './parse-config-text';
export { type CsvTable, type ParseCsvOptions, parseCsv } from './parse-csv';
export { JSON_MAX_DEPTH, locateJson, type ParseJsonOptions, parseJson } from './parse-json';
