"""Shipped weights and model cards, and the code that reads them from disk."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from empathos.core.heads import LinearHead
from empathos.core.lookback.classify import LookbackModels
from empathos.core.pipeline import Models
from empathos.errors import ModelError

MODELS_DIR = Path(__file__).parent
ENCODER_DIR = MODELS_DIR / "encoder"
HEADS_FILE = MODELS_DIR / "heads.npz"
METRICS_FILE = MODELS_DIR / "metrics.json"
VERSION = "empathos-minilm-v1"
LOOKBACK_FILE = MODELS_DIR / "lookback.npz"
LOOKBACK_METRICS_FILE = MODELS_DIR / "lookback_metrics.json"
LOOKBACK_VERSION = "empathos-lookback-v1"


def _head(data: dict[str, np.ndarray], name: str) -> LinearHead:
    sparse = data.get(f"{name}.sparse")
    return LinearHead(
        dense_weights=data[f"{name}.dense"].astype(np.float32),
        bias=data[f"{name}.bias"].astype(np.float32),
        sparse_weights=None if sparse is None else sparse.astype(np.float32),
    )


def _read(path: Path) -> dict[str, np.ndarray]:
    if not path.is_file():
        raise ModelError(f"model weights missing: {path}; reinstall empathos")
    try:
        with np.load(path) as npz:
            return {k: npz[k] for k in npz.files}
    except (OSError, ValueError) as exc:
        raise ModelError(f"model weights unreadable: {path}: {exc}") from exc


def load_lookback_models(path: Path = LOOKBACK_FILE) -> LookbackModels:
    data = _read(path)
    return LookbackModels(LOOKBACK_VERSION, _head(data, "bids"), _head(data, "answers"))


def save_lookback_models(models: LookbackModels, path: Path = LOOKBACK_FILE) -> None:
    _save_heads({"bids": models.bids, "answers": models.answers}, {}, path)


def load_models(path: Path = HEADS_FILE) -> Models:
    data = _read(path)
    return Models(
        version=VERSION,
        idf=data["idf"].astype(np.float32),
        emotions=_head(data, "emotions"),
        emotion_thresholds=data["emotion_thresholds"].astype(np.float32),
        empathy=(_head(data, "empathy0"), _head(data, "empathy1"), _head(data, "empathy2")),
        strategy=_head(data, "strategy"),
        risk=_head(data, "risk") if "risk.dense" in data else None,
        risk_threshold=float(data["risk_threshold"]) if "risk_threshold" in data else 0.5,
        blocks=_head(data, "blocks") if "blocks.dense" in data else None,
        block_threshold=float(data["block_threshold"]) if "block_threshold" in data else 0.5,
        mechanisms=_head(data, "mechanisms") if "mechanisms.dense" in data else None,
        mechanism_threshold=(
            float(data["mechanism_threshold"]) if "mechanism_threshold" in data else 0.5
        ),
    )


def save_models(models: Models, path: Path = HEADS_FILE) -> None:
    """float16 on disk: halves the wheel; the card metrics are measured after the round trip."""
    arrays: dict[str, np.ndarray] = {
        "idf": models.idf.astype(np.float16),
        "emotion_thresholds": models.emotion_thresholds.astype(np.float32),
    }
    heads = {"emotions": models.emotions, "strategy": models.strategy}
    heads.update({f"empathy{d}": h for d, h in enumerate(models.empathy)})
    if models.risk is not None:
        heads["risk"] = models.risk
        arrays["risk_threshold"] = np.asarray(models.risk_threshold, dtype=np.float32)
    if models.blocks is not None:
        heads["blocks"] = models.blocks
        arrays["block_threshold"] = np.asarray(models.block_threshold, dtype=np.float32)
    if models.mechanisms is not None:
        heads["mechanisms"] = models.mechanisms
        arrays["mechanism_threshold"] = np.asarray(models.mechanism_threshold, dtype=np.float32)
    _save_heads(heads, arrays, path)


def _save_heads(heads: dict[str, LinearHead], arrays: dict[str, np.ndarray], path: Path) -> None:
    for name, head in heads.items():
        arrays[f"{name}.dense"] = head.dense_weights.astype(np.float16)
        arrays[f"{name}.bias"] = head.bias.astype(np.float32)
        if head.sparse_weights is not None:
            arrays[f"{name}.sparse"] = head.sparse_weights.astype(np.float16)
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]
