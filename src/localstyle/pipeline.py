"""The names this module had before the stages moved to their own modules (regions.plan, least.region,
least.stylizer, result, models); kept while other branches merge, removed before release."""

from localstyle.least.region import (  # noqa: F401
    RegionStyle,
    WorkingImage,
    squash,
    stylize_region,
    to_tensor,
    to_uint8,
    train_region,
    train_region_views,
    working_image,
)
from localstyle.least.stylizer import LeastStylizer, effective_settings  # noqa: F401
from localstyle.models import resolve_models  # noqa: F401
from localstyle.regions.plan import RegionPlan, edits_for, plan_record, plan_regions  # noqa: F401
from localstyle.result import Result, Stopwatch, region_images, versions  # noqa: F401

StylizeResult = Result
