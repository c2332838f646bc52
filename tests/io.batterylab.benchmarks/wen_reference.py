#!/usr/bin/env python3
"""Wen et al.'s Baseline recipe in PyTorch on the 3-feature Severson file: the reference for WenCasesBenchmark.

What the paper's published settings prescribe for the Baseline (their Settings.py and network code): inputs are the
features and the cycle number, standardised on the training rows; a 2 x 128 tanh network with dropout 0.1 after
each hidden layer and Xavier-normal weights; Adam 1e-3; batch 1024 (last partial batch dropped); 2000 epochs; a
random 20 % of the training cells' rows held out for validation; loss = sum of squared errors in target units; the
model after the last epoch is tested on the test cell. Seeds 1..5.

Run: /usr/bin/python3 wen_reference.py CASE TARGET [epochs width dropout batch]
     e.g. wen_reference.py B rul          (needs python3-torch, python3-scipy; ~1 min per seed on 2 cores)
Prints one line per seed and the mean and sample standard deviation: RUL RMSE in cycles, SoH RMSPE in %.
"""
import os
import sys
import time

import numpy as np
import scipy.io
import torch

torch.set_num_threads(int(os.environ.get("THREADS", "2")))
MAT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/data/severson/SeversonBattery-3feat.mat")
CASES = {"A": ([91, 100], [124]), "B": ([101, 108, 120], [116])}

m = scipy.io.loadmat(os.environ.get("SEVERSON_MAT", MAT))
features = m["Features_mov_Flt"].astype(np.float64)
cycles = m["Cycles_Flt"].astype(np.float64).reshape(-1, 1)
targets = {"rul": m["RUL_Flt"].astype(np.float64).reshape(-1, 1), "pcl": m["PCL_Flt"].astype(np.float64).reshape(-1, 1)}
starts = np.concatenate([[0], np.cumsum(m["Num_Cycles_Flt"].flatten().astype(int))])


def cell(number, target):
    """Inputs (features, cycle) and target of a cell, 1-based in file order."""
    s, e = starts[number - 1], starts[number]
    return np.hstack([features[s:e], cycles[s:e]]), targets[target][s:e]


def network(width, dropout):
    layers, d = [], 4
    for _ in range(2):
        linear = torch.nn.Linear(d, width)
        torch.nn.init.xavier_normal_(linear.weight)
        layers += [linear, torch.nn.Tanh()] + ([torch.nn.Dropout(dropout)] if dropout else [])
        d = width
    out = torch.nn.Linear(d, 1)
    torch.nn.init.xavier_normal_(out.weight)
    return torch.nn.Sequential(*layers, out)


def run(case, target, seed, epochs, width, dropout, batch, validation=0.2):
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)
    xs, ys = [], []
    for number in CASES[case][0]:
        x, y = cell(number, target)
        keep = rng.permutation(len(x))[int(round(validation * len(x))):]
        xs.append(x[keep])
        ys.append(y[keep])
    x = torch.tensor(np.vstack(xs), dtype=torch.float32)
    y = torch.tensor(np.vstack(ys), dtype=torch.float32)
    mx, sx, my, sy = x.mean(0), x.std(0), y.mean(0), y.std(0)
    net = network(width, dropout)
    predict = lambda a: net((a - mx) / (sx + 1e-8)) * sy + my
    adam = torch.optim.Adam(net.parameters(), lr=1e-3)
    steps = max(1, len(x) // batch)
    for _ in range(epochs):
        net.train()
        order = torch.randperm(len(x))
        for b in range(steps):
            rows = order[b * batch:(b + 1) * batch]
            adam.zero_grad()
            ((predict(x[rows]) - y[rows]) ** 2).sum().backward()
            adam.step()
    net.eval()
    xt, yt = cell(CASES[case][1][0], target)
    with torch.no_grad():
        p = predict(torch.tensor(xt, dtype=torch.float32)).numpy()
    if target == "rul":
        return float(np.sqrt(np.mean((p - yt) ** 2)))
    soh, predicted = 1 - yt, 1 - p
    return float(100 * np.sqrt(np.mean(((predicted - soh) / soh) ** 2)))


if __name__ == "__main__":
    case, target = sys.argv[1], sys.argv[2]
    epochs, width = (int(v) for v in (sys.argv[3:4] or ["2000"]) + (sys.argv[4:5] or ["128"]))
    dropout = float(sys.argv[5]) if len(sys.argv) > 5 else 0.1
    batch = int(sys.argv[6]) if len(sys.argv) > 6 else 1024
    values = []
    for seed in range(1, 6):
        started = time.time()
        values.append(run(case, target, seed, epochs, width, dropout, batch))
        print(f"case {case} {target} seed {seed}: {values[-1]:.4g} ({time.time() - started:.0f} s)", flush=True)
    print(f"case {case} {target} epochs {epochs} width {width} dropout {dropout} batch {batch}: "
          f"{np.mean(values):.4g} +- {np.std(values, ddof=1):.3g}")
