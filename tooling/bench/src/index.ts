export { type Measurement, type MeasureOptions, measure, measureAsync } from './measure';
export { type BenchRow, report } from './report';
