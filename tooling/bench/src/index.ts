export { type Measurement, type MeasureOptions, measure } from './measure';
export { type BenchRow, report } from './report';
