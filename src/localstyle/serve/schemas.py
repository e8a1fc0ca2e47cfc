"""What the JSON API accepts and answers (pydantic models, shown at /docs), and its one error shape."""

from __future__ import annotations

import base64
import binascii
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, create_model, field_validator

from localstyle import options


class ErrorAnswer(BaseModel):
    error: str = Field(description="what was wrong, in one line")


class PhotoInfo(BaseModel):
    id: str = Field(description="use as `photo` in POST /api/jobs and in /api/photos/ID/mask")
    width: int
    height: int
    key: str = Field(description="the photo's runs are listed at /api/history/KEY")


class MaskRequest(BaseModel):
    """A SAM prompt on an uploaded photo, in pixels of the photo (EXIF orientation applied). Numbers must be
    JSON numbers: `true` is not 1."""

    model_config = ConfigDict(extra="forbid")
    box: list[StrictFloat] | None = Field(None, min_length=4, max_length=4, description="[x0, y0, x1, y1]")
    points: list[tuple[StrictFloat, StrictFloat, Annotated[StrictInt, Field(ge=0, le=1)]]] = Field(
        default_factory=list, max_length=64, description="[[x, y, label], ...]; label 1 = include, 0 = exclude")


def _decode_base64(value):
    """JSON bodies carry images as base64 (a data: URL works too); multipart ones as raw bytes."""
    if not isinstance(value, str):
        return value
    try:
        return base64.b64decode(re.sub(r"^data:[^,]*,", "", value), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not valid base64") from None


class _JobInputs(BaseModel):
    """POST /api/jobs: multipart/form-data (files as parts) or JSON (files as base64)."""

    model_config = ConfigDict(extra="forbid")
    image: bytes | None = Field(None, description="the photo (give this or `photo`)")
    photo: str | None = Field(None, description="id of a photo uploaded with POST /api/photos")
    instruction: str = Field(description='"apply cubism style to the cat", or a style with regions given')
    box: str | None = Field(None, description='"x0,y0,x1,y1" pixels; several separated by ";" (one per edit)')
    mask: list[bytes] = Field(default_factory=list, description="region mask image(s), one per edit")
    points: str | None = Field(None, description='SAM clicks "x,y[,label];..." (label 1 in, 0 out)')
    keep: str | None = Field(None, description='stylise only these edits of the instruction, "0,2" (0-based)')
    style_image: bytes | None = Field(None, description="a style picture: its style replaces the instruction's "
                                      "style words (or is mixed with them, style_image_weight); the instruction "
                                      'may then name the region alone, "the cat"')

    _image = field_validator("image", "style_image", mode="before")(_decode_base64)

    @field_validator("mask", mode="before")
    @classmethod
    def _masks(cls, value):
        return [_decode_base64(v) for v in (value if isinstance(value, list) else [value])]

    @field_validator("box", mode="before")
    @classmethod
    def _box_text(cls, value):
        """JSON may give [x0, y0, x1, y1] or a list of them."""
        if isinstance(value, list):
            boxes = value if value and isinstance(value[0], list) else [value]
            return ";".join(",".join(str(v) for v in box) for box in boxes)
        return value

    def run_options(self) -> dict:
        """The run options this request sets (None: not sent, the server's own applies)."""
        return {name: value for name, value in self if name in type(self).model_fields and name not in
                _JobInputs.model_fields and value is not None}


def _request_fields() -> dict:
    """Each run option a request may set (options.names_for("request")) as an optional field (None = the
    server's own, `localstyle serve --preset ... --set ...`); negated switches keep their False."""
    fields = {}
    for name, (annotation, spec) in options.pydantic_fields("request").items():
        if annotation is bool:
            fields[name] = (bool | None, Field(None, description=spec.description))
        else:
            fields[name] = (annotation | None, Field(None, description=f"{spec.description} (default: the "
                                                                      "server's)"))
    return fields


JobRequest = create_model("JobRequest", __base__=_JobInputs, **_request_fields())


class JobCreated(BaseModel):
    id: str
    status: str


class JobStatus(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "error", "cancelled"]
    ahead: int = Field(description="jobs before this one in the queue")
    stage: str | None = Field(description="ground, segment, load, stylize, done")
    edit: int | None = Field(description="0-based edit being worked on")
    edits: int | None
    step: int | None
    steps: int | None
    loss: float | None
    eta: float | None = Field(description="seconds left in this edit's optimisation")
    elapsed: float | None
    error: str | None
    record: dict | None = Field(description="the run's record (as record.json) once done")
    files: list[str] = Field(description="files under /api/jobs/ID/ (result.png, overlay.png, mask_N.png, ...; "
                                         "result.tif too for CMYK, I and F photos)")
    previews: int = Field(description="previews made so far; the latest is /api/jobs/ID/preview.png")
    dry_run: bool
    history: str | None = Field(None, description="KEY/RUN: the result kept under /api/history/KEY/RUN/")
    about: dict = Field(default_factory=dict, description="what was asked: photo (its history key), instruction, "
                                                          "method, preset, seed, steps, dry_run")
    seconds: float | None = Field(None, description="once finished: its wall time from start to end")


class JobList(BaseModel):
    jobs: list[JobStatus] = Field(description="every queued or running job, oldest first")
