"""The SciPy side of the stats bench (bench/bootstrap.bench.ts): times scipy.stats.bootstrap on the same cases.

Usage: python3 bench/scipy_cases.py <case | all> [--describe]

Prints a JSON array with one object per case: the parameters passed to scipy.stats.bootstrap, the shape of each
sample, and (unless --describe) the median and minimum wall time of repeated calls in milliseconds, the interval,
and this process's peak RSS. --describe skips the timing, so the harness can check that both sides bootstrap
data of the same shape before it spends minutes timing them.

The data are drawn from NumPy's default_rng(DATA_SEED): the same shape, size and distribution as the TypeScript
side's (which draws from @bootstat/rng), not the same values, and resamples come from rng=default_rng(1). The
speed of a bootstrap does not depend on the values, so the two intervals differ but the timings compare.
"""

import json
import math
import resource
import statistics
import sys
import time
from dataclasses import dataclass

import numpy as np
import scipy
from scipy import stats

DATA_SEED = 12345


@dataclass(frozen=True)
class Case:
    method: str  # SciPy's spelling: 'BCa', 'percentile'
    statistic: str  # 'mean' or 'spearman'
    n: int
    n_resamples: int
    alternative: str = "two-sided"
    paired: bool = False
    batch: int | None = None
    # A simulation study's shape: this many datasets of n pairs, bootstrapped NumPy-vectorised over datasets.
    datasets: int | None = None
    # Timing as in @bootstat/bench measure(): warm-up calls, then at least min_runs calls and min_time_ms of
    # timed work, but stop after max_time_ms (at least one call is timed).
    warmup: int = 3
    min_runs: int = 7
    min_time_ms: float = 400
    max_time_ms: float = math.inf


# Keep in step with CASES in bootstrap.bench.ts; the harness checks that the parameters and shapes agree.
CASES = {
    "bca-mean-1000": Case("BCa", "mean", 1000, 9999),
    "percentile-mean-1000": Case("percentile", "mean", 1000, 9999),
    "bca-greater-mean-30": Case("BCa", "mean", 30, 1000, alternative="greater"),
    "bca-spearman-80": Case("BCa", "spearman", 80, 1000, paired=True),
    "study-spearman-200x80": Case(
        "percentile", "spearman", 80, 1000, paired=True, datasets=200, warmup=1, min_runs=5, min_time_ms=0
    ),
    # One call takes ~15-20 s here: a short warm-up call (below) instead of full ones, and at most two timed.
    "percentile-mean-1m": Case(
        "percentile", "mean", 1_000_000, 1000, batch=50, warmup=0, min_runs=2, min_time_ms=0, max_time_ms=25_000
    ),
}


def mean(x, axis=-1):
    return np.mean(x, axis=axis)


def spearman(x, y, axis=-1):
    # Vectorised Spearman's rho: Pearson's r of the ranks (average ties), as scipy.stats.spearmanr.
    return stats.pearsonr(stats.rankdata(x, axis=axis), stats.rankdata(y, axis=axis), axis=axis).statistic


STATISTICS = {"mean": mean, "spearman": spearman}


def make_data(case: Case) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(DATA_SEED)
    shape = case.n if case.datasets is None else (case.datasets, case.n)
    x = rng.normal(size=shape)
    if case.statistic == "spearman":
        # Pairs with rho around 0.6, the same recipe as the TypeScript side.
        return (x, 0.6 * x + 0.8 * rng.normal(size=shape))
    return (x,)


@dataclass(frozen=True)
class StudyInterval:
    low: float
    high: float


@dataclass(frozen=True)
class StudyResult:
    confidence_interval: StudyInterval


def run_study(case: Case, data: tuple[np.ndarray, ...], n_resamples: int) -> StudyResult:
    # The reference's vectorised plan: every dataset at once, one resample at a time. Each resample draws an
    # (datasets x n) index matrix, gathers the pairs row by row, ranks each row (rankdata, average ties) and takes
    # the row-wise Pearson r of the ranks; the percentile interval of each dataset's replicates at the end.
    x, y = data
    rng = np.random.default_rng(1)
    rows = np.arange(x.shape[0])[:, None]
    replicates = np.empty((n_resamples, x.shape[0]))
    for b in range(n_resamples):
        idx = rng.integers(0, case.n, size=x.shape)
        rx = stats.rankdata(x[rows, idx], axis=1)
        ry = stats.rankdata(y[rows, idx], axis=1)
        rx -= rx.mean(axis=1, keepdims=True)
        ry -= ry.mean(axis=1, keepdims=True)
        replicates[b] = (rx * ry).sum(axis=1) / np.sqrt((rx * rx).sum(axis=1) * (ry * ry).sum(axis=1))
    low, high = np.percentile(replicates, [2.5, 97.5], axis=0)
    return StudyResult(StudyInterval(float(low[0]), float(high[0])))


def run_once(case: Case, data: tuple[np.ndarray, ...], n_resamples: int | None = None):
    if case.datasets is not None:
        return run_study(case, data, case.n_resamples if n_resamples is None else n_resamples)
    return stats.bootstrap(
        data,
        STATISTICS[case.statistic],
        n_resamples=case.n_resamples if n_resamples is None else n_resamples,
        batch=case.batch,
        vectorized=True,
        paired=case.paired,
        confidence_level=0.95,
        alternative=case.alternative,
        method=case.method,
        rng=np.random.default_rng(1),
    )


def finite_or_text(v: float) -> float | str:
    # JSON has no Infinity: spelled as JavaScript's String(v) spells it, for the harness to print.
    if math.isfinite(v):
        return float(v)
    return "NaN" if math.isnan(v) else "Infinity" if v > 0 else "-Infinity"


def describe(name: str, case: Case, data: tuple[np.ndarray, ...]) -> dict:
    return {
        "case": name,
        "method": case.method,
        "statistic": case.statistic,
        "nResamples": case.n_resamples,
        "alternative": case.alternative,
        "paired": case.paired,
        "batch": case.batch,
        "shapes": [list(s.shape) for s in data],
    }


def time_case(name: str, case: Case) -> dict:
    data = make_data(case)
    if case.warmup == 0:
        run_once(case, data, n_resamples=20)  # loads SciPy's lazily imported modules outside the timed calls
    for _ in range(case.warmup):
        run_once(case, data)
    times: list[float] = []
    total = 0.0
    result = None
    while len(times) == 0 or (
        total < case.max_time_ms and (len(times) < case.min_runs or total < case.min_time_ms)
    ):
        t0 = time.perf_counter()
        result = run_once(case, data)
        dt = (time.perf_counter() - t0) * 1000
        times.append(dt)
        total += dt
    ci = result.confidence_interval
    return {
        **describe(name, case, data),
        "medianMs": statistics.median(times),
        "minMs": min(times),
        "runs": len(times),
        "ci": [finite_or_text(ci.low), finite_or_text(ci.high)],
        "peakRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,  # KiB on Linux
        "scipy": scipy.__version__,
        "numpy": np.__version__,
    }


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    describe_only = "--describe" in argv
    if len(args) != 1 or (args[0] != "all" and args[0] not in CASES):
        print(f"usage: scipy_cases.py <{' | '.join([*CASES, 'all'])}> [--describe]", file=sys.stderr)
        return 2
    names = list(CASES) if args[0] == "all" else [args[0]]
    out = [
        describe(name, CASES[name], make_data(CASES[name])) if describe_only else time_case(name, CASES[name])
        for name in names
    ]
    print(json.dumps(out, allow_nan=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
