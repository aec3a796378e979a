#!/usr/bin/env python3
"""PyTorch reference for Rebalance's 2-D CNN: training speed on the MNIST subset in data/mnist.

Data: the 10,000 training images of train-images-idx3-ubyte.gz / train-labels-idx1-ubyte.gz and the
2,000 test images of the t10k files (IDX, gzip), pixels byte / 255 in [0, 1], one channel of 28 x 28.
Model (Rebalance's cnn2d defaults, 10 classes): Conv2d(1->16, 3, pad 1) ReLU MaxPool2d(2)
Conv2d(16->32, 3, pad 1) ReLU MaxPool2d(2) AdaptiveAvgPool2d(1) Flatten Linear(32->64) ReLU
Linear(64->10); cross-entropy; Adam lr 1e-3; batch 64. The first epoch is a warm-up; the median of
the others is reported. Last line: JSON {"samples_per_s":.., "epoch_s":[..], "test_accuracy":..}.

usage: /usr/bin/python3 torch_cnn2d_bench.py [--data DIR] [--seed 0] [--epochs 6] [--batch 64] [--threads 2]
"""
import argparse, gzip, json, os, statistics, sys, time

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as the shared reference scripts do

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def read_idx(path, magic):
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    got = int.from_bytes(raw[0:4], "big")
    if got != magic:
        sys.exit(f"{path}: magic number 0x{got:08X}, expected 0x{magic:08X}")
    dims = magic & 0xFF
    shape = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(folder, prefix):
    images = read_idx(os.path.join(folder, f"{prefix}-images-idx3-ubyte.gz"), 0x00000803)
    labels = read_idx(os.path.join(folder, f"{prefix}-labels-idx1-ubyte.gz"), 0x00000801)
    x = (images.astype(np.float32) / 255.0)[:, None, :, :]
    return x, labels.astype(np.int64)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "data", "mnist"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()

    import torch
    from torch import nn
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)

    xtr, ytr = load(a.data, "train")
    xte, yte = load(a.data, "t10k")
    Xtr, Ytr = torch.from_numpy(xtr), torch.from_numpy(ytr)
    net = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    epoch_s = []
    for epoch in range(a.epochs):
        net.train()
        order = torch.randperm(Xtr.shape[0])
        t0 = time.perf_counter()
        for i in range(0, Xtr.shape[0], a.batch):
            idx = order[i:i + a.batch]
            opt.zero_grad(set_to_none=True)
            loss = nn.functional.cross_entropy(net(Xtr[idx]), Ytr[idx])
            loss.backward()
            opt.step()
        epoch_s.append(time.perf_counter() - t0)
        print(f"epoch {epoch}: {epoch_s[-1]:.3f}s loss {loss.item():.4f}", file=sys.stderr)
    net.eval()
    with torch.no_grad():
        predicted = net(torch.from_numpy(xte)).argmax(1).numpy()
    timed = epoch_s[1:] or epoch_s
    out = {"peer": f"torch {torch.__version__}", "threads": a.threads, "train_samples": int(len(ytr)),
           "epoch_s": epoch_s, "samples_per_s": len(ytr) / statistics.median(timed),
           "test_accuracy": float(np.mean(predicted == yte))}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
