#!/usr/bin/env python3
"""PyTorch reference for Rebalance's 1-D CNN: training speed on the synthetic signal task.

Each sample is `length` values drawn from N(0, sigma^2); the regression target is sigma ~ U(1, 10).
Model (Rebalance's cnn1d defaults): Conv1d(1->16, k5, pad 2) ReLU MaxPool(2) Conv1d(16->32, k5,
pad 2) ReLU MaxPool(2) global average pool, Linear(32->32) ReLU Linear(32->1); MSE on the target
standardised with the training mean and sd; Adam lr 1e-3. The first epoch is a warm-up; the median
of the others is reported. Last line: JSON {"samples_per_s":.., "epoch_s":[..], "test_rmse":..}.

usage: /usr/bin/python3 torch_cnn1d_bench.py [--n 20000] [--length 128] [--seed 0] [--epochs 6]
           [--batch 64] [--threads 2] [--save-data FILE.csv.gz] [--data FILE.csv.gz]
"""
import argparse, gzip, json, os, statistics, sys, time

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as the shared reference scripts do

import numpy as np


def make_data(n, length, seed):
    rng = np.random.default_rng(seed)
    sigma = rng.uniform(1.0, 10.0, size=n)
    X = (rng.standard_normal((n, length)) * sigma[:, None]).astype(np.float32)
    return X, sigma.astype(np.float32)


def save_csv(path, X, y):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "wt") as f:
        f.write(",".join([f"t{i}" for i in range(X.shape[1])] + ["sigma"]) + "\n")
        for row, target in zip(X, y):
            f.write(",".join("%.6g" % v for v in row) + ",%.6g\n" % target)


def load_csv(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as f:
        data = np.loadtxt(f, delimiter=",", skiprows=1, dtype=np.float32)
    return data[:, :-1], data[:, -1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--length", type=int, default=128)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--save-data")
    ap.add_argument("--data")
    a = ap.parse_args()

    import torch
    from torch import nn
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)

    X, y = load_csv(a.data) if a.data else make_data(a.n, a.length, a.seed)
    if a.save_data:
        save_csv(a.save_data, X, y)
    rng = np.random.default_rng(a.seed)
    perm = rng.permutation(len(y))
    cut = int(0.8 * len(y))
    tr, te = perm[:cut], perm[cut:]
    mean, sd = float(y[tr].mean()), float(y[tr].std())
    Xtr = torch.from_numpy(X[tr]).unsqueeze(1)
    ytr = torch.from_numpy((y[tr] - mean) / sd)
    net = nn.Sequential(
        nn.Conv1d(1, 16, 5, padding=2), nn.ReLU(), nn.MaxPool1d(2),
        nn.Conv1d(16, 32, 5, padding=2), nn.ReLU(), nn.MaxPool1d(2),
        nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    epoch_s = []
    for epoch in range(a.epochs):
        net.train()
        order = torch.randperm(Xtr.shape[0])
        t0 = time.perf_counter()
        for i in range(0, Xtr.shape[0], a.batch):
            idx = order[i:i + a.batch]
            opt.zero_grad(set_to_none=True)
            loss = nn.functional.mse_loss(net(Xtr[idx]).squeeze(1), ytr[idx])
            loss.backward()
            opt.step()
        epoch_s.append(time.perf_counter() - t0)
        print(f"epoch {epoch}: {epoch_s[-1]:.3f}s loss {loss.item():.4f}", file=sys.stderr)
    net.eval()
    with torch.no_grad():
        pred = net(torch.from_numpy(X[te]).unsqueeze(1)).squeeze(1).numpy() * sd + mean
    timed = epoch_s[1:] or epoch_s
    out = {"peer": f"torch {torch.__version__}", "threads": a.threads, "train_samples": int(len(tr)),
           "epoch_s": epoch_s, "samples_per_s": len(tr) / statistics.median(timed),
           "test_rmse": float(np.sqrt(np.mean((pred - y[te]) ** 2)))}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
