"""`localstyle eval --ray`: the eval's items on the shared worker pool (localstyle.raypool).

Each worker holds a copy of the run's Evaluation with its own models, loaded once, and sends back the
rows of one item at a time; the driver appends them to results.csv, so the file keeps a single writer.
Images and masks are written by the workers under -o, which must be a folder every worker reaches."""

from __future__ import annotations

import dataclasses

from tqdm import tqdm

from localstyle import storage
from localstyle.models import ModelSet, flush_denormals
from localstyle.raypool import PoolOptions, run_tasks


class EvalWorker:
    """`EvalWorker((evaluation, model sources))`; `run((item, methods))` -> that item's rows."""

    def __init__(self, spec):
        evaluation, sources, storage_options, environment = spec
        storage.configure(storage_options)
        storage.adopt_environment(environment)
        model_set = ModelSet.create(None, device=evaluation.device, overrides=sources)
        flush_denormals(model_set.device)  # a worker owns its process
        evaluation.load(model_set)
        evaluation.scorer.load(needs_vgg=True)
        evaluation._bar = tqdm(disable=True)  # the driver shows progress
        self.evaluation = evaluation

    def run(self, task) -> list[dict]:
        rows = []
        self.evaluation._run_item(*task, _Rows(rows))
        return rows


@dataclasses.dataclass
class _Rows:
    """Stands in for the ResultsLog on a worker: keeps the rows to send back."""

    rows: list

    def add(self, row: dict) -> None:
        self.rows.append(row)


def run_on_pool(evaluation, tasks: list, log, pool: PoolOptions) -> None:
    """Run `tasks` ((item, methods), ...) on the pool; each item's rows go to `log` as it finishes. An item
    whose workers were lost more than `pool.retries` times gets an error row per method."""
    # A plain copy for the workers: model paths instead of loaded models, no callbacks, no pool.
    copy = dataclasses.replace(evaluation, models=None, progress=None, quiet=True, pool=None,
                               output_dir=evaluation.output_dir.absolute())

    def finished(index, rows, reason, attempts, worker):
        item, methods = tasks[index]
        base = {"id": item.id, "line": item.line, "image": item.image_text, "instruction": item.instruction}
        for row in rows or [{**base, "method": method, "status": "error", "reason": reason} for method in methods]:
            if row["status"] == "error":
                evaluation._warn(f"item {item.id} (line {item.line}) {row['method']}: {row['reason']}")
            log.add(row)
            evaluation._step(item, row["method"], row["status"])

    run_tasks(EvalWorker, (copy, dict(evaluation.model_set.sources), storage.options(),
                                storage.provider_environment()), tasks, finished, pool)
