#!/usr/bin/env python3
"""Seconds per epoch of the same networks in PyTorch (Debian python3-torch), to compare with SpeedBenchmark.java.

Same shapes as the Java benchmark: 40 349 rows of 4 inputs (3 features + cycle), batch 256, Adam, the same thread
count. DeepHPM takes du/dt with torch.autograd.grad(create_graph=True), as Wen et al.'s code does.

Two ways to run it (random data: only the time matters here):
  /usr/bin/python3 torch_speed.py [epochs] [threads]   every model one after the other, the first epoch left out
  /usr/bin/python3 torch_speed.py serve [threads]      what SpeedBenchmark uses: it reads lines "<model> <epochs>"
      on stdin and answers "seconds <s>" per epoch and then "done", so that the Java side can alternate its epochs
      with these and both see the same load; the models live as long as the process (warm after their first epoch).
"""
import os
import re
import sys
import time

import torch

torch.manual_seed(1)
ROWS, INPUTS, BATCH, WINDOW = 40349, 4, 256, 10
MLP_NAME = "MLP 2x64 (Baseline)"
LSTM_NAME = "BiLSTM 2 layers x 64, window 10"
HPM_NAME = "DeepHPM 2x64, G(s,t,u)"


def mlp(inputs, width=64, layers=2):
    parts, d = [], inputs
    for _ in range(layers):
        parts += [torch.nn.Linear(d, width), torch.nn.Tanh()]
        d = width
    return torch.nn.Sequential(*parts, torch.nn.Linear(d, 1))


class BiLstm(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(INPUTS, 64, num_layers=2, bidirectional=True, batch_first=True)
        self.head = torch.nn.Linear(128, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1, :])


class DeepHpm(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.surrogate = mlp(INPUTS)
        self.dynamics = mlp(INPUTS + 1)

    def loss(self, x, y):
        x = x.clone().requires_grad_(True)
        u = self.surrogate(x)
        ones = torch.ones_like(u)
        u_x = torch.autograd.grad(u, x, ones, create_graph=True)[0]
        u_t = u_x[:, -1:]
        g = self.dynamics(torch.cat((x, u), dim=1))
        f = u_t - g
        f_x = torch.autograd.grad(f, x, ones, create_graph=True)[0]
        f_t = f_x[:, -1:]
        return ((u - y) ** 2).mean() + (f ** 2).mean() + (f_t ** 2).mean()


class Trainer:
    """One model with its data and its Adam, trained epoch by epoch."""

    def __init__(self, model, x, y, loss_fn):
        self.x, self.y, self.loss_fn = x, y, loss_fn
        self.optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    def epoch(self):
        start = time.perf_counter()
        order = torch.randperm(len(self.y))
        for i in range(0, len(self.y), BATCH):
            idx = order[i:i + BATCH]
            self.optimizer.zero_grad()
            loss = self.loss_fn(self.x[idx], self.y[idx])
            loss.backward()
            self.optimizer.step()
        return time.perf_counter() - start


def trainers():
    x, y = torch.randn(ROWS, INPUTS), torch.randn(ROWS, 1)
    baseline = mlp(INPUTS)
    xw = torch.randn(ROWS, WINDOW, INPUTS)
    lstm = BiLstm()
    hpm = DeepHpm()
    return {
        MLP_NAME: Trainer(baseline, x, y, lambda a, b: ((baseline(a) - b) ** 2).mean()),
        LSTM_NAME: Trainer(lstm, xw, y, lambda a, b: ((lstm(a) - b) ** 2).mean()),
        HPM_NAME: Trainer(hpm, x, y, hpm.loss),
    }


def blas_library():
    """The BLAS shared library this process loaded (Debian's torch says 'generic': libblas.so.3, an alternative)."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.lower() and "lapack" not in line and "/" in line}
    return ",".join(sorted(os.path.realpath(p) for p in paths)) or "?"


def describe():
    capability = re.search(r"CPU capability usage: (\S+)", torch.__config__.show())
    blas = re.search(r"BLAS_INFO=(\w+)", torch.__config__.show())
    return (f"# torch {torch.__version__}, {torch.get_num_threads()} threads, BLAS {blas.group(1) if blas else '?'} "
            f"({blas_library()}), "
            f"CPU capability {capability.group(1) if capability else '?'}, "
            f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', '(unset)')}, "
            f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', '(unset: one per core)')}")


def serve(models):
    print(describe(), flush=True)
    for line in sys.stdin:
        name, _, count = line.strip().rpartition(" ")
        if not name:
            continue
        for _ in range(int(count)):
            print(f"seconds {models[name].epoch():.6f}", flush=True)
        print("done", flush=True)


def run_all(models, epochs):
    print(describe())
    print("model,rows,threads,batch,seconds_per_epoch")
    for name, trainer in models.items():
        seconds = [trainer.epoch() for _ in range(epochs)][1:]
        print(f"{name},{ROWS},{torch.get_num_threads()},{BATCH},{sum(seconds) / len(seconds):.3f}")


if __name__ == "__main__":
    serving = len(sys.argv) > 1 and sys.argv[1] == "serve"
    args = sys.argv[2:] if serving else sys.argv[1:]
    threads = 2
    if serving and args:
        threads = int(args[0])
    elif not serving and len(args) > 1:
        threads = int(args[1])
    torch.set_num_threads(threads)
    if serving:
        serve(trainers())
    else:
        run_all(trainers(), int(args[0]) if args else 4)
