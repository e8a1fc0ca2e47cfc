"""Run a list of tasks on workers that load their models once: in this process one after another, or on
Ray actors (a local Ray instance or an existing cluster), each actor taking one task at a time.

A worker is any importable class built as `worker_class(spec)` (load models there) with `run(task)`
returning a picklable result; on Ray its `node` attribute is set to the node it runs on. `batch`, `eval --ray` and any other long job share this one runner, so
retries, lost workers and thread counts behave the same everywhere.

Exactness: a CPU result depends on torch's thread count (it changes the order of float sums), so every
worker, here or on Ray, runs torch with `cpus_per_worker` threads; then the same seed gives the same bits.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import socket
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import torch

from localstyle.errors import FieldError, InputError, LocalStyleError, one_line

# Object store of a local instance we start: results are small records, the images go through files.
LOCAL_OBJECT_STORE_BYTES = 100 * 1024 * 1024
# A replacement worker that no node takes within this time (its node was lost) gives its task back.
PLACEMENT_GRACE_S = float(os.environ.get("LOCALSTYLE_RAY_PLACEMENT_S", "30"))


@dataclass
class PoolOptions:
    """How to run: `ray` None = in this process; "local" = a new local Ray instance; "auto" or
    "ray://host:10001" = an existing cluster."""

    ray: str | None = None
    workers: int | None = None  # default: as many as the cluster's CPUs / GPUs fit
    cpus_per_worker: float = 1.0
    gpus_per_worker: float = 0.0
    retries: int = 2

    def __post_init__(self):
        if self.cpus_per_worker <= 0:
            raise FieldError("cpus_per_worker", f"{{field}} must be > 0, got {self.cpus_per_worker:g}")
        if self.gpus_per_worker < 0:
            raise FieldError("gpus_per_worker", f"{{field}} must be >= 0, got {self.gpus_per_worker:g}")
        if self.gpus_per_worker > 1 and self.gpus_per_worker != int(self.gpus_per_worker):
            raise FieldError("gpus_per_worker", "{field} above 1 must be a whole number")
        if self.retries < 0:
            raise FieldError("retries", f"{{field}} must be 0 or more, got {self.retries}")
        if self.workers is not None and self.workers < 1:
            raise FieldError("workers", f"{{field}} must be at least 1, got {self.workers}")

    @property
    def threads(self) -> int:
        return max(1, int(self.cpus_per_worker))


# on_result(task index, result or None, failure reason or None, attempts, worker name)
OnResult = Callable[[int, object, "str | None", int, str], None]
OnEvent = Callable[[dict], None]


def run_tasks(worker_class: type, spec, tasks: list, on_result: OnResult, options: PoolOptions | None = None,
              on_event: OnEvent | None = None) -> None:
    """Run every task once (Ray: up to 1 + retries times) and call `on_result` as each finishes."""
    options = options or PoolOptions()
    if not tasks:
        return
    if options.ray is None:
        _run_here(worker_class, spec, tasks, on_result, options, on_event or (lambda event: None))
    else:
        _RayRun(worker_class, spec, tasks, on_result, options, on_event or (lambda event: None)).run()


def _set_threads(count: int) -> int:
    before = torch.get_num_threads()
    torch.set_num_threads(count)
    return before


def _run_here(worker_class, spec, tasks, on_result, options, on_event) -> None:
    """Sequential: one worker in this process, no retries (a second try here would fail the same way)."""
    before = _set_threads(options.threads)
    try:
        worker = worker_class(spec)
        on_event({"event": "ready", "workers": 1})
        for index, task in enumerate(tasks):
            on_event({"event": "submit", "task": index, "worker": "local", "attempt": 1})
            try:
                result, reason = worker.run(task), None
            except Exception as exc:  # one broken task must not end a long run (as on Ray, after retries)
                if os.environ.get("LOCALSTYLE_DEBUG"):
                    raise
                result, reason = None, f"failed: {one_line(exc, with_type=not isinstance(exc, LocalStyleError))}"
            on_result(index, result, reason, 1, "local")
    finally:
        _set_threads(before)


class _Actor:
    """What a Ray actor holds: the worker, built once (models loaded), with the run's thread count. The
    worker is told its Ray node (`worker.node`; None in this process), for records that say where work ran."""

    def __init__(self, worker_class, spec, threads: int):
        import ray

        self.node = ray.get_runtime_context().get_node_id()
        _set_threads(threads)
        self.worker = worker_class(spec)
        self.worker.node = self.node

    def ready(self) -> str:
        return f"{socket.gethostname()}:{os.getpid()} node {self.node}"

    def run(self, task):
        return self.worker.run(task)


def connect(address: str) -> bool:
    """Start or join Ray; True when this call started it (and so must shut it down)."""
    try:
        import ray
    except ImportError:
        raise InputError("--ray needs Ray: pip install 'localstyle[ray]'") from None
    if ray.is_initialized():
        return False
    quiet = {"log_to_driver": False, "logging_level": logging.ERROR, "configure_logging": True}
    try:
        if address == "local":
            ray.init(include_dashboard=False, object_store_memory=LOCAL_OBJECT_STORE_BYTES, **quiet)
        else:
            ray.init(address=address, **quiet)
    except (ConnectionError, ValueError, RuntimeError, TimeoutError) as exc:
        raise InputError(f"cannot start or reach Ray at {address}: {one_line(exc)}") from None
    return True


class _RayRun:
    """One run on Ray: a pool of actors, a queue of task indices, one task in flight per actor."""

    def __init__(self, worker_class, spec, tasks, on_result, options: PoolOptions, on_event):
        self.worker_class, self.spec, self.tasks = worker_class, spec, tasks
        self.on_result, self.options, self.on_event = on_result, options, on_event
        self.prefix = f"localstyle-{uuid.uuid4().hex[:8]}"
        self.names = (f"{self.prefix}-{k}" for k in itertools.count(1))
        self.attempts = [0] * len(tasks)
        self.tried_on: list[set[str]] = [set() for _ in tasks]
        self.queue = deque(range(len(tasks)))
        self.free: list[tuple[str, object]] = []
        self.in_flight: dict = {}  # object ref -> (task index, name, actor)
        self.starting: dict = {}  # ready() ref of a replacement worker -> (name, actor)
        self.unready: set[str] = set()  # replacement workers not yet placed and loaded

    def run(self) -> None:
        import ray

        started = connect(self.options.ray)
        try:
            self._start_workers(self._worker_count())
            while self.queue or self.in_flight:
                self._dispatch()
                if not self.in_flight and not self.starting:  # every worker lost, none could replace it
                    self._give_up("no Ray worker is left to run it")
                    break
                finished, _ = ray.wait([*self.in_flight, *self.starting], num_returns=1, timeout=self._grace())
                if not finished:
                    self._take_back_unplaced()
                    continue
                ref = finished[0]
                if ref in self.starting:
                    self._started(ref)
                else:
                    self._collect(ref)
        finally:
            for _, _, actor in self.in_flight.values():
                ray.kill(actor)
            for _, actor in self.starting.values():
                ray.kill(actor)
            for _, actor in self.free:
                ray.kill(actor)
            if started:
                ray.shutdown()

    def _worker_count(self) -> int:
        import ray

        resources = ray.cluster_resources()
        fits = int(resources.get("CPU", 0) // self.options.cpus_per_worker)
        if self.options.gpus_per_worker:
            fits = min(fits, int(resources.get("GPU", 0) // self.options.gpus_per_worker))
        wanted = self.options.workers or max(fits, 1)
        if fits < 1 or (self.options.ray == "local" and wanted > fits):
            raise InputError(f"Ray has CPU {resources.get('CPU', 0):g}, GPU {resources.get('GPU', 0):g}: "
                             f"{wanted} worker(s) of {self.options.cpus_per_worker:g} CPU and "
                             f"{self.options.gpus_per_worker:g} GPU do not fit")
        return min(wanted, len(self.tasks))

    def _new_actor(self) -> tuple[str, object]:
        import ray

        name = next(self.names)
        actor = ray.remote(_Actor).options(
            name=name, num_cpus=self.options.cpus_per_worker, num_gpus=self.options.gpus_per_worker,
            max_restarts=0, max_task_retries=0).remote(self.worker_class, self.spec, self.options.threads)
        self.on_event({"event": "worker", "worker": name, "state": "starting"})
        return name, actor

    def _start_workers(self, count: int) -> None:
        """Start the pool and wait until every worker has loaded its models: a worker that cannot (a
        models file it cannot see, say) is a setup error to report now, not a failure per task."""
        import ray

        actors = [self._new_actor() for _ in range(count)]
        for name, actor in actors:
            try:
                where = ray.get(actor.ready.remote())
            except ray.exceptions.RayError as exc:
                for _, other in actors:
                    ray.kill(other)
                raise LocalStyleError(f"Ray worker {name} could not start: {_reason(exc)}") from None
            self.on_event({"event": "worker", "worker": name, "state": "ready", "where": where})
        self.free = actors
        self.on_event({"event": "ready", "workers": len(actors)})

    def _dispatch(self) -> None:
        """Give each free worker the first queued task it has not failed yet (any, if all have)."""
        while self.free and self.queue:
            name, actor = self.free.pop(0)
            index = next((i for i in self.queue if name not in self.tried_on[i]), self.queue[0])
            self.queue.remove(index)
            self.attempts[index] += 1
            self.in_flight[actor.run.remote(self.tasks[index])] = (index, name, actor)
            self.on_event({"event": "submit", "task": index, "worker": name, "attempt": self.attempts[index]})

    def _collect(self, ref) -> None:
        import ray

        index, name, actor = self.in_flight.pop(ref)
        try:
            result = ray.get(ref)
        except ray.exceptions.RayTaskError as exc:  # the task raised; the worker lives on
            self.free.append((name, actor))
            self._failed(index, name, f"failed on {name}: {_reason(exc)}")
        except ray.exceptions.RayError as exc:  # the worker died or was killed: replace it if work is left
            ray.kill(actor)
            self.on_event({"event": "worker", "worker": name, "state": "lost"})
            self._failed(index, name, f"worker {name} lost: {_reason(exc)}")
            if self.queue:  # the replacement takes tasks at once; Ray starts them when it is placed and loaded
                replacement = self._new_actor()
                self.free.append(replacement)
                self.starting[replacement[1].ready.remote()] = replacement
                self.unready.add(replacement[0])
        else:
            self.free.append((name, actor))
            self.on_result(index, result, None, self.attempts[index], name)

    def _give_up(self, reason: str) -> None:
        while self.queue:
            index = self.queue.popleft()
            self.on_result(index, None, reason, self.attempts[index], "")

    def _started(self, ref) -> None:
        """A replacement worker is ready (or could not start: its task, if any, fails and is retried)."""
        import ray

        name, actor = self.starting.pop(ref)
        self.unready.discard(name)
        try:
            where = ray.get(ref)
        except ray.exceptions.RayError as exc:
            self.free = [(n, a) for n, a in self.free if n != name]
            self.on_event({"event": "worker", "worker": name, "state": "lost", "reason": _reason(exc)})
            return
        self.on_event({"event": "worker", "worker": name, "state": "ready", "where": where})

    def _grace(self) -> float | None:
        """How long to wait when the only work left sits on replacements not yet placed while a ready
        worker is idle: the cluster may have lost the node they need (None: wait as long as it takes)."""
        idle = any(name not in self.unready for name, _ in self.free)
        stuck = self.in_flight and all(name in self.unready for _, name, _ in self.in_flight.values())
        return PLACEMENT_GRACE_S if idle and stuck and not self.queue else None

    def _take_back_unplaced(self) -> None:
        """Give the tasks of replacements that were never placed to the idle workers (not an attempt)."""
        import ray

        for ref, (index, name, actor) in list(self.in_flight.items()):
            if name in self.unready:
                del self.in_flight[ref]
                self.unready.discard(name)
                self.starting = {r: (n, a) for r, (n, a) in self.starting.items() if n != name}
                ray.kill(actor)
                self.attempts[index] -= 1
                self.queue.append(index)
                self.on_event({"event": "worker", "worker": name, "state": "lost",
                               "reason": f"not placed within {PLACEMENT_GRACE_S:g} s"})

    def _failed(self, index: int, name: str, reason: str) -> None:
        self.tried_on[index].add(name)
        self.on_event({"event": "retry" if self.attempts[index] <= self.options.retries else "give up",
                       "task": index, "worker": name, "reason": reason})
        if self.attempts[index] <= self.options.retries:
            self.queue.appendleft(index)
        else:
            self.on_result(index, None, reason, self.attempts[index], name)


def _reason(exc: BaseException) -> str:
    """The first line of what went wrong inside Ray, without its traceback banner."""
    cause = exc
    while isinstance(getattr(cause, "cause", None), BaseException):  # Ray nests the worker's own error
        cause = cause.cause
    if cause is not exc:
        return one_line(cause, with_type=not isinstance(cause, LocalStyleError))
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    # A worker's __init__ error reaches us only as text ending in "localstyle.errors.ModelError: ...".
    return re.sub(r"^localstyle\.errors\.\w+: ", "", lines[-1]) if lines else type(exc).__name__
