"""Probe: does a frozen pretrained encoder lift CSAbstruct sentence-role macro-F1?

A small MLP (one hidden layer of 128, dropout 0.5, class-balanced loss, Adam) over each sentence's
hashed words and word pairs, its first three words, its relative position, and the same for its two
neighbours; optionally with the encoder's vectors of the sentence and its neighbours. Trained on
train.jsonl only, scored on dev.jsonl after every epoch. Needs numpy alone.

    python3 role_probe.py GOLD_DIR FEATURES_DIR {none,pooled,tokens} [SEED] [--bias-on-dev]
"""
import json
import re
import sys
import zlib

import numpy as np

LABELS = ["background", "objective", "method", "result", "other"]
BUCKETS = 1 << 13
EPOCHS = 4  # every variant peaks on dev at epoch 2 or 3
WIDTH = {"pooled": 384, "tokens": 4 * 384}


def words(sentence):
    return re.findall(r"[a-z]+|[0-9]+|[^\sa-z0-9]", sentence.lower())


def hashed(sentence):
    w = words(sentence)
    keys = w + [a + " " + b for a, b in zip(w, w[1:])] + ["^" + t for t in w[:3]]
    return sorted({zlib.crc32(k.encode()) % BUCKETS for k in keys})


def shifted(m):
    z = np.zeros((1, m.shape[1]), np.float32)
    return np.vstack([z, m[:-1]]), np.vstack([m[1:], z])


def load(gold, features, kind, split):
    docs = [json.loads(line) for line in open(f"{gold}/{split}.jsonl")]
    vectors = None
    if kind != "none":
        vectors = np.fromfile(f"{features}/{split}.{kind}", dtype="<f4").reshape(-1, WIDTH[kind])
        if kind == "tokens":  # the four summaries differ in scale; bring each dimension to mean |x| 0.05
            vectors = vectors / (np.abs(vectors).mean(0, keepdims=True) + 1e-6) * 0.05
        else:  # unit-length embeddings: bring each dimension to about the same scale as the tokens' summaries
            vectors = vectors * 3
    sparse, dense, gold_labels, at = [], [], [], 0
    for d in docs:
        n = len(d["sentences"])
        bags = [hashed(s) for s in d["sentences"]]
        position = np.zeros((n, 12), np.float32)
        for k in range(n):
            position[k, min(10 * k // n, 9)] = 1
            position[k, 10] = k == 0
            position[k, 11] = k == n - 1
            # the sentence's own features, then its neighbours' at half weight, in their own buckets
            row = [(i, 1.0) for i in bags[k]]
            row += [(BUCKETS + i, 0.5) for i in (bags[k - 1] if k > 0 else [])]
            row += [(2 * BUCKETS + i, 0.5) for i in (bags[k + 1] if k < n - 1 else [])]
            sparse.append(row)
        parts = [position]
        if vectors is not None:
            v = vectors[at:at + n]
            parts += [v, *shifted(v)]
        at += n
        dense.append(np.hstack(parts))
        gold_labels += [LABELS.index(label) for label in d["labels"]]
    width = max(len(r) for r in sparse)
    index = np.zeros((len(sparse), width), np.int64)
    weight = np.zeros((len(sparse), width), np.float32)
    for j, r in enumerate(sparse):
        index[j, :len(r)] = [i for i, _ in r]
        weight[j, :len(r)] = [w for _, w in r]
    return (index, weight, np.vstack(dense)), np.array(gold_labels)


def rows(x, b):
    return tuple(part[b] for part in x)


def f1s(y, p):
    out = []
    for c in range(len(LABELS)):
        tp = ((p == c) & (y == c)).sum()
        wrong = ((p == c) & (y != c)).sum() + ((p != c) & (y == c)).sum()
        out.append(2 * tp / max(1, 2 * tp + wrong))
    return out


def main():
    gold, features, kind = sys.argv[1:4]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4].isdigit() else 0
    rng = np.random.default_rng(seed)
    xt, yt = load(gold, features, kind, "train")
    xd, yd = load(gold, features, kind, "dev")
    c, hidden = len(LABELS), 128
    params = [rng.normal(0, 0.02, (3 * BUCKETS, hidden)).astype(np.float32),
              rng.normal(0, 0.02, (xt[2].shape[1], hidden)).astype(np.float32), np.zeros(hidden, np.float32),
              rng.normal(0, np.sqrt(1 / hidden), (hidden, c)).astype(np.float32), np.zeros(c, np.float32)]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    balance = (len(yt) / (c * np.bincount(yt, minlength=c))).astype(np.float32)
    step = 0

    def forward(x, drop=False):
        index, weight, dense = x
        h = np.maximum(0, np.einsum("nk,nkh->nh", weight, params[0][index]) + dense @ params[1] + params[2])
        if drop:
            h = h * ((rng.random(h.shape) > 0.5) / 0.5)
        return h, h @ params[3] + params[4]

    best = (0, None)
    for epoch in range(EPOCHS):
        order = rng.permutation(len(yt))
        for s in range(0, len(order), 32):
            b = order[s:s + 32]
            x = rows(xt, b)
            h, o = forward(x, True)
            g = np.exp(o - o.max(1, keepdims=True))
            g /= g.sum(1, keepdims=True)
            g[np.arange(len(b)), yt[b]] -= 1
            g *= balance[yt[b]][:, None] / len(b)
            dh = g @ params[3].T * (h > 0)
            sparse_grad = np.zeros_like(params[0])
            np.add.at(sparse_grad, x[0], x[1][:, :, None] * dh[:, None, :])
            grads = [sparse_grad, x[2].T @ dh, dh.sum(0), h.T @ g, g.sum(0)]
            step += 1
            for i, (p, gr) in enumerate(zip(params, grads)):
                m1[i] = 0.9 * m1[i] + 0.1 * gr
                m2[i] = 0.999 * m2[i] + 0.001 * gr * gr
                p -= 1e-3 * (m1[i] / (1 - 0.9 ** step)) / (np.sqrt(m2[i] / (1 - 0.999 ** step)) + 1e-8)
        logits = forward(xd)[1]
        pred = logits.argmax(1)
        scores = f1s(yd, pred)
        print(f"{kind} seed {seed} epoch {epoch + 1}: accuracy {(pred == yd).mean():.3f} macro-F1 {np.mean(scores):.3f} "
              + " ".join(f"{label} {f:.3f}" for label, f in zip(LABELS, scores)), flush=True)
        if np.mean(scores) > best[0]:
            best = (np.mean(scores), logits)
    if "--bias-on-dev" in sys.argv:  # an upper bound: per-role offsets chosen on dev itself
        offsets, score = np.zeros(c), best[0]
        for _ in range(3):
            for k in range(c):
                for d in np.linspace(-2, 2, 41):
                    trial = offsets.copy()
                    trial[k] = d
                    f = np.mean(f1s(yd, (best[1] + trial).argmax(1)))
                    if f > score:
                        score, offsets = f, trial
        print(f"{kind} seed {seed}: best epoch {best[0]:.3f}, with per-role offsets tuned on dev {score:.3f}")


if __name__ == "__main__":
    main()
