"""Mutation score of the method's core modules on a random sample of mutants per module (mutmut 3).

    HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1 python benchmarks/mutation_sample.py --per-module 30 --seed 14

Run from the repository root without PYTHONPATH pointing at src/. mutmut mutates a copy under
mutants/ ([tool.mutmut] in pyproject.toml names the modules and their tests); every mutant of the six
modules is about 3,200, hours on 2 cores, so this checks a seeded sample of each module's mutants and
prints, per module, how many the tests killed, and the survivors (`mutmut show NAME` for the diff).

mutmut's harness ends some mutants with an exception of its own (exit -1), which it files as a
"timeout" and counts as killed. Those are run again here by hand, the way mutmut runs a mutant (the
mutated copy first on the path, MUTANT_UNDER_TEST set) on that module's test file, and counted as what
that run shows.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import re
import subprocess
import sys
from pathlib import Path

TESTS = {"localstyle.least.losses": "tests/least", "localstyle.least.optimise": "tests/least",
         "localstyle.masks": "tests/test_masks.py", "localstyle.evaluation.metrics": "tests/evaluation/test_metrics.py",
         "localstyle.regions.instruction": "tests/regions/test_instruction.py",
         "localstyle.regions.grounding": "tests/regions/test_grounding.py"}


def mutmut(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "mutmut", *args], capture_output=True, text=True).stdout


def statuses() -> dict[str, str]:
    return dict(re.findall(r"^\s*(localstyle\.\S+__mutmut_\d+): (.+)$", mutmut("results", "--all", "true"), re.M))


def module_of(name: str) -> str:
    return re.match(r"(.*?)\.x[_\u01c1]", name).group(1)


def by_hand(name: str) -> str:
    """'killed' or 'survived': the module's tests with this mutant switched on, stopping at a failure."""
    env = {**os.environ, "MUTANT_UNDER_TEST": name, "PYTHONPATH": str(Path("mutants/src").resolve())}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", TESTS[module_of(name)]]
    try:
        run = subprocess.run(command, cwd="mutants", env=env, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return "killed"  # a test run that never ends is caught, as mutmut's own timeouts are
    return "survived" if run.returncode == 0 else "killed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-module", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    mutmut("run", "localstyle.no_such_mutant.*")  # generates every mutant and maps tests to functions
    pools = collections.defaultdict(list)
    for name in sorted(statuses()):
        pools[module_of(name)].append(name)
    rng = random.Random(args.seed)
    sample = [name for module in sorted(pools) for name in rng.sample(pools[module], min(args.per_module,
                                                                                          len(pools[module])))]
    mutmut("run", "--max-children", "2", *sample)
    found = statuses()
    counts, survivors = collections.defaultdict(collections.Counter), []
    for name in sample:
        status = found.get(name, "not checked")
        if status == "timeout":
            status = by_hand(name)
        counts[module_of(name)][status] += 1
        if status == "survived":
            survivors.append(name)
    print("| module | mutants | sampled | killed | survived | other |\n|---|---:|---:|---:|---:|---:|")
    for module in sorted(counts):
        c = counts[module]
        other = sum(c.values()) - c["killed"] - c["survived"]
        print(f"| {module} | {len(pools[module])} | {sum(c.values())} | {c['killed']} | {c['survived']} | {other} |")
    print("\nsurvivors:\n" + "\n".join(survivors))


if __name__ == "__main__":
    main()
