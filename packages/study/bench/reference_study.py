"""Times rfowler5/Karwowski-Simulations (its NumPy path: numba absent, joblib stubbed) on scenarios of its
88-scenario CI grid, for `pnpm bench` in packages/study. Prints one JSON object: per scenario the seconds of its
calibration and of bootstrap_ci_averaged (batch mode, its default), and its figures.

Usage: python3 reference_study.py CHECKOUT N_REPS N_BOOT SCENARIO...
SCENARIO is case:k:dist_type (e.g. 1:4:even) or case:all (the all-distinct scenario). The reference's code is
imported from CHECKOUT (a checkout of github.com/rfowler5/Karwowski-Simulations), never copied here.
"""
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) < 5:
    sys.exit(__doc__)
checkout, n_reps, n_boot = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "tooling", "fixtures", "study", "stubs"))
sys.path.insert(0, checkout)
import numpy as np  # noqa: E402
import scipy  # noqa: E402
import config  # noqa: E402
import data_generator as dg  # noqa: E402
from confidence_interval_calculator import bootstrap_ci_averaged  # noqa: E402

out = {"numpy": np.__version__, "scipy": scipy.__version__, "scenarios": []}
for i, spec in enumerate(sys.argv[4:]):
    parts = spec.split(":")
    case = config.CASES[int(parts[0])]
    n = case["n"]
    ad = parts[1] == "all"
    k = n if ad else int(parts[1])
    dt = None if ad else parts[2]
    y_params = {"median": case["median"], "iqr": case["iqr"], "range": case["range"]}
    t0 = time.perf_counter()
    dg.calibrate_rho(n, k, dt, case["observed_rho"], y_params, all_distinct=ad, n_cal=config.N_CAL)
    t_cal = time.perf_counter() - t0
    t0 = time.perf_counter()
    r = bootstrap_ci_averaged(n, k, dt, case["observed_rho"], y_params, generator="nonparametric",
                              n_reps=n_reps, n_boot=n_boot, all_distinct=ad, seed=1000 + i)
    t_boot = time.perf_counter() - t0
    out["scenarios"].append({"scenario": spec, "calibrationS": t_cal, "bootstrapS": t_boot,
                             "ciLower": float(r["ci_lower"]), "ciUpper": float(r["ci_upper"]),
                             "meanRhoHat": float(r["mean_rho_hat"])})
json.dump(out, sys.stdout)
