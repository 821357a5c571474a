// The CLI's drawings as a browser-safe entry (`bootstat/plots`): the docs site's playground draws the same
// histogram as `bootstat ci --plot`. Strings only: no file, no Node built-in.
export { exact, human } from './output/format-number';
export { type HistogramPlot, histogramSvg } from './output/histogram-svg';
