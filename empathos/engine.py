"""Assembles the default pipeline from the shipped files, once per process."""

from __future__ import annotations

from functools import lru_cache

from empathos.backends.onnx import OnnxEncoder
from empathos.core.pipeline import Pipeline
from empathos.models import ENCODER_DIR, VERSION, load_models


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline(OnnxEncoder(ENCODER_DIR, name=VERSION), load_models())
