"""`localstyle.metrics` (documented import path): the same module as `localstyle.evaluation.metrics`."""

import sys

from localstyle.evaluation import metrics as _metrics

sys.modules[__name__] = _metrics
