"""Progress: the one callback type every run reports through (`Progress`: plain dicts such as
{"event": "stage", ...} and {"event": "step", ...}, which the CLI's bar, the web page and batch consume),
and `StepClock`, seconds per step and an honest estimate of the time left for the step events.

The first step of a run is slower than the rest (the CPU kernels and buffers are set up on first use), so
from the second step on the rate is the median of the steps after the first (the last `WINDOW` of them):
a median ignores a step slowed by a burst of other work on a shared machine. After the first step alone
the estimate uses that step, which errs on the long side rather than promising too little.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

WINDOW = 20

Progress = Callable[[dict], None]


class StepClock:
    """Call `tick()` after each step; it returns the timing fields of that step's progress event."""

    def __init__(self, total_steps: int, now: Callable[[], float] = time.perf_counter):
        self.total, self.now = int(total_steps), now
        self.started = now()
        self.last = self.started
        self.durations: list[float] = []

    def tick(self) -> dict:
        now = self.now()
        self.durations.append(now - self.last)
        self.last = now
        rate = self.seconds_per_step()
        step = len(self.durations)
        return {"elapsed": now - self.started, "seconds_per_step": rate,
                "first_step_seconds": self.durations[0], "eta": rate * max(self.total - step, 0)}

    def seconds_per_step(self) -> float:
        later = self.durations[1:][-WINDOW:]
        return statistics.median(later) if later else self.durations[0]
