"""Assembles the default pipeline from the shipped files, once per process."""

from __future__ import annotations

from functools import lru_cache

from empathos.backends.onnx import OnnxEncoder
from empathos.core.encoder import CachingEncoder
from empathos.core.pipeline import Pipeline
from empathos.models import ENCODER_DIR, VERSION, load_models
from empathos.settings import encoder_threads


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    # 1,024 recent vectors (1.5 MB): a draft checked as it is typed re-sends their message.
    encoder = OnnxEncoder(ENCODER_DIR, name=VERSION, threads=encoder_threads())
    return Pipeline(CachingEncoder(encoder, 1024), load_models())
