import {
  COUNT_PATTERNS,
  type CountPattern,
  calibrateRho,
  createDatasetGenerator,
  createGeneratorRegistries,
  type DatasetGenerator,
  type GeneratorRegistries,
  GeneratorsError,
  levelCounts,
  tiedLevels,
} from '@bootstat/generators';
import { closestName, RegistryError } from '@bootstat/registry';
import type { Stream } from '@bootstat/rng';
import { StudyError } from './errors';
import type { CountRule, Scenario } from './expand-scenarios';
import type { StudySpec } from './study-spec';
import type { CalibrationSummary } from './summarize-scenario';

/** A scenario's dataset generator, prepared once per chunk. */
export type Design = DatasetGenerator;

/**
 * What a study draws its data with: the count rule, the outcome and marginal registries (plugins included) and the
 * calibration. `defaultGeneratorSet()` gives the built-in strategies; pass registries with plugins registered to
 * use other marginals or outcome generators.
 */
export interface GeneratorSet {
  readonly countRule: CountRule;
  readonly registries: GeneratorRegistries;
  /** Checks the names and options a spec uses against the registries. */
  check(spec: StudySpec, scenarios: readonly Scenario[]): void;
  template(counts: readonly number[], range: readonly [number, number]): Float64Array;
  design(spec: StudySpec, scenario: Scenario, template: Float64Array, inputRho: number): Design;
  calibrate(spec: StudySpec, template: Float64Array, scenario: Scenario, stream: Stream): CalibrationSummary;
  generateRows(design: Design, root: Stream, first: number, rows: number, X: Float64Array, Y: Float64Array): void;
  generateOne(design: Design, stream: Stream, x: Float64Array, y: Float64Array): void;
}

/** A GeneratorsError as a StudyError about the spec (a design the generators refuse). */
function asStudyError(e: unknown, where: string): unknown {
  if (!(e instanceof GeneratorsError)) return e;
  return new StudyError('STUDY_INVALID_DESIGN', `study spec: ${where}: ${e.message}`);
}

/**
 * The generators a study uses: @bootstat/generators' count rule and calibration, with the given outcome and
 * marginal registries (default: the built-in ones). Pass registries with a plugin's strategies registered to run a
 * study with them (`runStudy(spec, { generators })`; worker threads take only the built-ins).
 *
 * @example
 * const base = createGeneratorRegistries();
 * const generators = defaultGeneratorSet(base);
 * generators.countRule.levelCounts(80, 4, 'even'); // [20, 20, 20, 20]
 */
export function defaultGeneratorSet(registries: GeneratorRegistries = createGeneratorRegistries()): GeneratorSet {
  const outcomes = registries.outcome;
  const marginals = registries.marginal;
  const design = (spec: StudySpec, scenario: Scenario, template: Float64Array, inputRho: number): Design =>
    createDatasetGenerator(
      { template, outcome: spec.outcome, marginal: { name: spec.marginal, options: scenario.marginal }, inputRho },
      { registries },
    );
  return {
    countRule: {
      patterns: COUNT_PATTERNS,
      levelCounts: (n, k, pattern) => levelCounts(n, k, pattern as CountPattern),
    },
    registries,
    check(spec, scenarios) {
      if (!outcomes.has(spec.outcome.name)) {
        const near = closestName(spec.outcome.name, outcomes.names());
        throw new StudyError(
          'STUDY_UNKNOWN_NAME',
          `study spec field outcome: unknown outcome generator ${JSON.stringify(spec.outcome.name)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; the generators are ${outcomes.names().join(', ')}.`,
          'outcome',
        );
      }
      if (!marginals.has(spec.marginal)) {
        const near = closestName(spec.marginal, marginals.names());
        throw new StudyError(
          'STUDY_UNKNOWN_NAME',
          `study spec field marginal: unknown marginal ${JSON.stringify(spec.marginal)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; the marginals are ${marginals.names().join(', ')}.`,
          'marginal',
        );
      }
      const seen = new Set<string>();
      for (const s of scenarios) {
        if (seen.has(s.caseId)) continue;
        seen.add(s.caseId);
        const at = spec.cases.findIndex((c) => c.id === s.caseId);
        try {
          const { marginal } = design(spec, s, new Float64Array(s.n).fill(1), 0);
          // The outcome must be finite numbers for the bootstrap: test the marginal at the extreme probabilities a
          // draw can have ((j + ½)/2^52), here rather than midway through the study.
          const ends: number[] = [];
          for (const p of [2 ** -53, 0.5, 1 - 2 ** -53]) {
            const q = marginal.quantile(p);
            ends.push(q);
            if (!Number.isFinite(q)) {
              throw new StudyError(
                'STUDY_INVALID_SPEC',
                `study spec field cases.${at}.marginal: the ${spec.marginal} marginal gives ${q} at probability ${p}; the outcome must be finite numbers (use smaller values).`,
                `cases.${at}.marginal`,
              );
            }
          }
          if (ends[0] === ends[2]) {
            throw new StudyError(
              'STUDY_INVALID_SPEC',
              `study spec field cases.${at}.marginal: the ${spec.marginal} marginal gives ${ends[0]} at every probability; Spearman's rho needs an outcome that varies.`,
              `cases.${at}.marginal`,
            );
          }
        } catch (e) {
          if (e instanceof StudyError) throw e;
          if (e instanceof RegistryError) {
            // Options a strategy's schema refuses: the case's marginal options, or the outcome's.
            const field = e.message.startsWith('marginal') ? `cases.${at}.marginal` : 'outcome.options';
            throw new StudyError('STUDY_INVALID_SPEC', `study spec field ${field}: ${e.message}`, field);
          }
          throw asStudyError(e, `case ${s.caseId}`);
        }
      }
    },
    template(counts, range) {
      return tiedLevels({ counts, range: [range[0], range[1]] });
    },
    design,
    calibrate(spec, template, scenario, stream) {
      if (spec.calibration === false) throw new Error('calibrate: the spec turns calibration off');
      try {
        const c = calibrateRho({
          template,
          outcome: spec.outcome,
          target: scenario.rho,
          datasets: spec.calibration.datasets,
          stream,
          registries,
        });
        return {
          inputRho: c.inputRho,
          achievedMeanRho: c.achievedMeanRho,
          standardError: c.standardError,
          datasets: c.datasets,
        };
      } catch (e) {
        throw asStudyError(e, `scenario ${scenario.id}`);
      }
    },
    generateRows(d, root, first, rows, X, Y) {
      d.generateRows(root, first, rows, X, Y);
    },
    generateOne(d, stream, x, y) {
      d.generate(stream, x, y);
    },
  };
}
