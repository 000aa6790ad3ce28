"""Stage 1b: export the fine-tuned encoder to ONNX and quantize it for the CPU.

Per-channel int8 weights: 4x smaller and ~2x faster than fp32 on this CPU,
with embeddings at cosine ~0.99 to fp32 (per-tensor int8 loses far more).

    python -m empathos.training.export --finetuned build/finetuned
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import numpy as np
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel

from empathos.models import ENCODER_DIR
from empathos.training.base_encoder import base_encoder_dir


class _LastHidden(torch.nn.Module):
    def __init__(self, bert: torch.nn.Module):
        super().__init__()
        self.bert = bert

    def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
        return self.bert(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state


def export(finetuned: Path, out_dir: Path, work: Path) -> None:
    model = AutoModel.from_pretrained(finetuned).eval()
    export_model(model, out_dir, work)
    _check_agreement(model, out_dir)


def export_model(model: torch.nn.Module, out_dir: Path, work: Path) -> None:
    """ONNX with per-channel int8 weights, and the base tokenizer, in `out_dir`."""
    work.mkdir(parents=True, exist_ok=True)
    fp32 = work / "encoder-fp32.onnx"
    dummy = torch.ones((2, 12), dtype=torch.long)
    torch.onnx.export(
        _LastHidden(model),
        (dummy, dummy, torch.zeros_like(dummy)),
        str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["last_hidden_state"],
        dynamic_axes={
            n: {0: "batch", 1: "tokens"}
            for n in ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")
        },
        opset_version=17,
        dynamo=False,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    # Only MatMuls with a constant weight: quantizing the attention products too
    # (the default here) drops cosine to fp32 from 0.99 to 0.8-0.9 on short texts.
    quantize_dynamic(
        fp32,
        out_dir / "model.onnx",
        weight_type=QuantType.QInt8,
        per_channel=True,
        extra_options={"MatMulConstBOnly": True},
    )
    base = base_encoder_dir()
    shutil.copy(base / "tokenizer.json", out_dir / "tokenizer.json")


def _check_agreement(model: torch.nn.Module, out_dir: Path) -> None:
    """Print how close the int8 encoder is to the fp32 one on a few sentences."""
    from empathos.backends.onnx import OnnxEncoder

    texts = [
        "My boss tore apart my presentation in front of everyone.",
        "You should stand up to him.",
        "That sounds humiliating. I'm so sorry, how are you feeling now?",
        "lol whatever",
    ]
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(base_encoder_dir())
    batch = tok(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    ref = ((hidden * mask).sum(1) / mask.sum(1)).numpy()
    got = OnnxEncoder(out_dir, name="check").embed(texts)
    cos = (ref * got).sum(1) / np.linalg.norm(ref, axis=1) / np.linalg.norm(got, axis=1)
    print("int8 vs fp32 cosine:", np.round(cos, 4))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--finetuned", type=Path, default=Path("build/finetuned"))
    parser.add_argument("--out", type=Path, default=ENCODER_DIR)
    parser.add_argument("--work", type=Path, default=Path("build"))
    args = parser.parse_args()
    export(args.finetuned, args.out, args.work)


if __name__ == "__main__":
    main()
