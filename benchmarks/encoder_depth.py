"""What a deeper encoder would cost: texts per second of the shipped 6-layer MiniLM
against the same model with its layers repeated to 9 and 12 (the depth of
MiniLM-L12 or bge-small), exported and quantized exactly as the shipped one.

    python benchmarks/encoder_depth.py [--texts 1000] [--rounds 3]

Needs the training extras (pip install -e '.[train]'). Repeated layers run as
fast as trained ones, so this measures the speed of a depth, not its accuracy.
The two EPITOME interpretations and ESConv strategy targets of issue 2 are out of
reach of heads and fine-tuning on the 6-layer encoder; this shows what the usual
next step, a 12-layer encoder, does to the 150 pairs/s target on this machine.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

import torch
from transformers import AutoModel

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_analyze import make_pairs  # noqa: E402

from empathos.backends.onnx import OnnxEncoder  # noqa: E402
from empathos.models import ENCODER_DIR  # noqa: E402
from empathos.training.base_encoder import base_encoder_dir  # noqa: E402
from empathos.training.export import export_model  # noqa: E402


def deepened(layers: int) -> torch.nn.Module:
    model = AutoModel.from_pretrained(base_encoder_dir()).eval()
    base = list(model.encoder.layer)
    model.encoder.layer = torch.nn.ModuleList(
        copy.deepcopy(base[i % len(base)]) for i in range(layers)
    )
    model.config.num_hidden_layers = layers
    return model


def texts_per_second(encoder: OnnxEncoder, texts: list[str]) -> float:
    started = time.perf_counter()
    encoder.embed(texts)
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pairs = make_pairs(args.texts // 2)
    texts = list(dict.fromkeys(t for p in pairs for t in (p["partner"], p["reply"])))[: args.texts]
    encoders = {"shipped (6 layers)": OnnxEncoder(ENCODER_DIR, name="shipped")}
    with tempfile.TemporaryDirectory() as tmp:
        for layers in (6, 9, 12):  # 6: the same export path as the deeper ones, a control
            out = Path(tmp) / f"l{layers}"
            export_model(deepened(layers), out, Path(tmp) / f"work{layers}")
            encoders[f"{layers} layers"] = OnnxEncoder(out, name=f"l{layers}")
        for encoder in encoders.values():
            encoder.embed(texts[:50])  # warm up
        speeds: dict[str, list[float]] = {name: [] for name in encoders}
        for _ in range(args.rounds):  # alternated, so host noise hits every depth alike
            for name, encoder in encoders.items():
                speeds[name].append(texts_per_second(encoder, texts))
    reference = max(speeds["shipped (6 layers)"])
    print(f"{len(texts)} distinct texts, {args.rounds} alternated rounds (best of each):")
    for name, values in speeds.items():
        best = max(values)
        print(
            f"  {name:20} {best:6.0f} texts/s = {best / 2:5.0f} bare pairs/s "
            f"({best / reference:.2f}x the shipped encoder; rounds: "
            + ", ".join(f"{v:.0f}" for v in values)
            + ")"
        )


if __name__ == "__main__":
    main()
