"""Stage 1: multi-task fine-tuning of the MiniLM encoder on CPU.

One shared encoder learns from all three corpora at once, so at analysis
time each text is encoded once and every head reads the same embedding:
GoEmotions (multi-label), ESConv strategy of the reply, EPITOME levels of
the reply. The heads trained here are thrown away; stage 2 (heads.py) refits
small heads on the embeddings of the exported, quantized encoder, so that
the shipped numbers are those of the shipped model.

    python -m empathos.training.finetune --out build/finetuned
    python -m empathos.training.finetune --init build/finetuned --out build/finetuned2 \
        --lr 5e-5 --task-epochs emotions=0.5,strategy=2,empathy=3
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import torch
from rich.progress import Progress
from torch import nn
from transformers import AutoModel, AutoTokenizer

from empathos.core.labels import EMOTIONS, STRATEGIES
from empathos.training import data
from empathos.training.base_encoder import base_encoder_dir

MAX_TOKENS = {"emotions": 64, "strategy": 64, "empathy": 128}


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/finetuned"))
    parser.add_argument("--init", type=Path, default=None, help="continue from this checkpoint")
    parser.add_argument(
        "--task-epochs",
        default="emotions=1,strategy=1,empathy=2",
        help="passes over each task's training data, e.g. emotions=0.5,strategy=2,empathy=3",
    )
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    src = base_encoder_dir()
    tokenizer = AutoTokenizer.from_pretrained(src)
    encoder = AutoModel.from_pretrained(args.init or src)
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

    heads = nn.ModuleDict(
        {
            "emotions": nn.Linear(dim, len(EMOTIONS)),
            "strategy": nn.Linear(dim, len(STRATEGIES)),
            "empathy": nn.Linear(dim, 9),  # 3 dimensions x 3 levels
        }
    )
    if args.init is not None and (args.init / "stage1_heads.pt").is_file():
        # Random heads would send noisy gradients into the already tuned encoder.
        heads.load_state_dict(torch.load(args.init / "stage1_heads.pt"))
    # Rare levels (interpretations 1 is ~4% of rows) would otherwise be ignored.
    epi_y = tasks["empathy"][1]
    epi_weights = []
    for d in range(3):
        counts = torch.bincount(epi_y[:, d], minlength=3).float().clamp(min=1)
        epi_weights.append((counts.sum() / counts).sqrt() / (counts.sum() / counts).sqrt().mean())

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
    encoder.train()
    started = time.time()
    running: dict[str, float] = {}
    with Progress() as progress:
        bar = progress.add_task("fine-tuning", total=len(plan))
        for step, (name, idx) in enumerate(plan):
            texts, y = tasks[name]
            batch = tokenizer(
                [texts[i] for i in idx],
                padding=True,
                truncation=True,
                max_length=MAX_TOKENS[name],
                return_tensors="pt",
            )
            pooled = mean_pool(encoder(**batch).last_hidden_state, batch["attention_mask"])
            logits = heads[name](pooled)
            target = y[idx]
            if name == "emotions":
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
    args.out.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(args.out)
    tokenizer.save_pretrained(args.out)
    torch.save(heads.state_dict(), args.out / "stage1_heads.pt")
    print(f"saved to {args.out} after {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
