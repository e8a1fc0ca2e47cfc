"""Uploaded photos kept for mask correction: each keeps its SAM image embedding once computed, so a click
on the page runs only SAM's prompt decoder (a fraction of a second on a CPU) instead of the whole model."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from localstyle.imageio import Photo, load_photo
from localstyle.models import ModelSet
from localstyle.regions.segmentation import decode_mask, embed_image
from localstyle.serve.errors import RequestError
from localstyle.serve.limits import Limits, open_upload


@dataclass
class StoredPhoto:
    id: str
    photo: Photo
    embedding: object | None = None  # regions.segmentation.ImageEmbedding, made on the first click
    lock: threading.Lock = field(default_factory=threading.Lock)


class PhotoStore:
    """The last `limits.photos` uploads, oldest forgotten first."""

    def __init__(self, models: ModelSet, limits: Limits):
        self.models, self.limits = models, limits
        self.photos: OrderedDict[str, StoredPhoto] = OrderedDict()
        self.lock = threading.Lock()

    def add(self, data: bytes) -> StoredPhoto:
        stored = StoredPhoto(uuid.uuid4().hex[:12], open_upload(data, self.limits, then=load_photo))
        with self.lock:
            self.photos[stored.id] = stored
            while len(self.photos) > self.limits.photos:
                self.photos.popitem(last=False)
        return stored

    def get(self, photo_id: str) -> StoredPhoto:
        with self.lock:
            stored = self.photos.get(photo_id)
            if stored is not None:
                self.photos.move_to_end(photo_id)
        if stored is None:
            raise RequestError(f"no photo {photo_id!r} (only the last {self.limits.photos} uploads are kept): "
                               "upload it again", 404)
        return stored

    def mask(self, photo_id: str, box=None, points=None) -> np.ndarray:
        """SAM's mask for a box and/or clicks, exactly as `segment` gives it on this photo."""
        stored = self.get(photo_id)
        with stored.lock:  # two clicks at once must not both run the image encoder
            if stored.embedding is None:
                stored.embedding = embed_image(Image.fromarray(stored.photo.rgb), self.models)
            embedding = stored.embedding
        return decode_mask(embedding, self.models, box=box, points=points)
