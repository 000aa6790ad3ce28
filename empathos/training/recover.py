"""Stage 0: rebuild a fine-tuning checkpoint from the files that ship, so a new round can
start from the shipped encoder when the run it was exported from is not at hand.

- The 36 linear weights come from the shipped ONNX file, where they are per-channel int8:
  dequantized, they differ from the fine-tuned fp32 weights by the rounding only.
- Biases and LayerNorms are stored exactly in the ONNX file.
- The embeddings never move in fine-tuning (finetune.py freezes them), so they come exactly
  from the base model; the ONNX copy is per-tensor int8 and would lose more.
- The task heads finetune.py continues: the couple and emotion rows are the shipped heads
  (same inputs); strategy and empathy heads ship over the pair and word features, so
  their reply-only stage-1 heads are refitted here on the recovered encoder's embeddings.

    python -m empathos.training.recover --out build/recovered
    python -m empathos.training.finetune --init build/recovered --out build/finetuned_r6 ...
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from sklearn.linear_model import LogisticRegression
from transformers import AutoModel, AutoTokenizer

from empathos.backends.onnx import OnnxEncoder
from empathos.core.labels import EMPATHY_DIMENSIONS, STRATEGIES
from empathos.models import ENCODER_DIR, HEADS_FILE, load_models
from empathos.training import data
from empathos.training.base_encoder import base_encoder_dir
from empathos.training.finetune import COUPLE_LABELS, MAX_TOKENS, encode

# "/bert/encoder/layer.3/attention/self/query/MatMul_quant" -> the torch parameter path
LINEAR_NODE = re.compile(r"^/bert/(encoder/layer\.\d+/.+)/MatMul_quant$")
# Enough rows to fit a linear head well; the fine-tuning round refines it anyway.
HEAD_SAMPLE = 4000


def dequantized_linear_weights(model: onnx.ModelProto) -> dict[str, torch.Tensor]:
    """Torch `.weight` tensors (out, in) of every quantized MatMul in the exported graph."""
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    weights = {}
    for node in model.graph.node:
        match = LINEAR_NODE.match(node.name)
        if node.op_type != "MatMulInteger" or match is None:
            continue
        quantized, zero_point = inits[node.input[1]], inits[node.input[3]]
        scale = inits[node.input[1].removesuffix("_quantized") + "_scale"]
        w = (quantized.astype(np.float32) - zero_point.astype(np.float32)) * scale  # (in, out)
        weights[match.group(1).replace("/", ".") + ".weight"] = torch.from_numpy(w.T.copy())
    return weights


def exact_parameters(model: onnx.ModelProto) -> dict[str, torch.Tensor]:
    """The float parameters the export kept by name (biases, LayerNorms), minus "bert."."""
    out = {}
    for init in model.graph.initializer:
        named = init.name.startswith("bert.") and not init.name.startswith("bert.embeddings.")
        if named and init.data_type == onnx.TensorProto.FLOAT:
            out[init.name.removeprefix("bert.")] = torch.from_numpy(
                numpy_helper.to_array(init).copy()
            )
    return out


def recovered_encoder(onnx_path: Path) -> torch.nn.Module:
    encoder = AutoModel.from_pretrained(base_encoder_dir())
    graph = onnx.load(str(onnx_path))
    state = encoder.state_dict()
    updates = dequantized_linear_weights(graph) | exact_parameters(graph)
    unknown = set(updates) - set(state)
    if unknown:
        raise SystemExit(f"ONNX parameters with no place in the base model: {sorted(unknown)}")
    encoder_keys = {k for k in state if k.startswith("encoder.")}
    missing = encoder_keys - set(updates)
    if missing:
        raise SystemExit(f"encoder parameters the ONNX file did not give: {sorted(missing)}")
    state.update(updates)
    encoder.load_state_dict(state)
    return encoder.eval()


def embed(encoder: torch.nn.Module, tokenizer: object, texts: list[str], tokens: int) -> np.ndarray:
    rows = []
    with torch.no_grad():
        for k in range(0, len(texts), 64):
            rows.append(encode(encoder, tokenizer, texts[k : k + 64], tokens, "cpu").numpy())
    return np.concatenate(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/recovered"))
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    started = time.time()
    torch.set_num_threads(2)
    rng = np.random.default_rng(args.seed)

    encoder = recovered_encoder(ENCODER_DIR / "model.onnx")
    tokenizer = AutoTokenizer.from_pretrained(base_encoder_dir())

    # How close the rebuilt fp32 encoder is to what ships, on couple replies.
    probe = [c.reply for c in data.couple_cases("dev")[:200]]
    mine = embed(encoder, tokenizer, probe, MAX_TOKENS["couple"])
    shipped = OnnxEncoder(ENCODER_DIR, name="shipped", threads=2).embed(probe)
    cosine = (
        (mine * shipped).sum(1) / np.linalg.norm(mine, axis=1) / np.linalg.norm(shipped, axis=1)
    )
    print(
        f"cosine to the shipped encoder on {len(probe)} replies: "
        f"mean {cosine.mean():.4f}, min {cosine.min():.4f}"
    )

    models = load_models(HEADS_FILE)
    assert models.blocks is not None and models.mechanisms is not None
    couple_w = np.concatenate([models.blocks.dense_weights, models.mechanisms.dense_weights])
    couple_b = np.concatenate([models.blocks.bias, models.mechanisms.bias])
    assert couple_w.shape[0] == len(COUPLE_LABELS)
    heads = {
        "emotions.weight": models.emotions.dense_weights,
        "emotions.bias": models.emotions.bias,
        "couple.weight": couple_w,
        "couple.bias": couple_b,
    }

    stg = data.esconv("train")
    pick = rng.choice(len(stg), size=min(HEAD_SAMPLE, len(stg)), replace=False)
    x = embed(encoder, tokenizer, [stg[i].reply for i in pick], MAX_TOKENS["strategy"])
    fit = LogisticRegression(C=1.0, max_iter=2000).fit(x, [stg[i].label for i in pick])
    assert list(fit.classes_) == list(range(len(STRATEGIES)))
    heads |= {"strategy.weight": fit.coef_, "strategy.bias": fit.intercept_}

    epi = data.epitome("train")
    x = embed(encoder, tokenizer, [e.response for e in epi], MAX_TOKENS["empathy"])
    weight, bias = [], []
    for d in range(len(EMPATHY_DIMENSIONS)):
        fit = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
        fit.fit(x, [e.levels[d] for e in epi])
        weight.append(fit.coef_)
        bias.append(fit.intercept_)
    heads |= {"empathy.weight": np.concatenate(weight), "empathy.bias": np.concatenate(bias)}

    args.out.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(args.out)
    tokenizer.save_pretrained(args.out)
    torch.save(
        {k: torch.tensor(np.asarray(v, dtype=np.float32)) for k, v in heads.items()},
        args.out / "stage1_heads.pt",
    )
    print(f"saved to {args.out} after {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
