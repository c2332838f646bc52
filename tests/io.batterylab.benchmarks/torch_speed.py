#!/usr/bin/env python3
"""Seconds per epoch of the same networks in PyTorch (Debian python3-torch), to compare with SpeedBenchmark.java.

Same shapes as the Java benchmark: 40 349 rows of 4 inputs (3 features + cycle), batch 256, Adam, 2 threads, the
first epoch left out. DeepHPM takes du/dt with torch.autograd.grad(create_graph=True), as Wen et al.'s code does.
Run: /usr/bin/python3 torch_speed.py [epochs]   (random data: only the time matters here)
"""
import sys
import time

import torch

torch.set_num_threads(2)
torch.manual_seed(1)
ROWS, INPUTS, BATCH, WINDOW = 40349, 4, 256, 10
EPOCHS = int(sys.argv[1]) if len(sys.argv) > 1 else 4


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


def timed(name, model, x, y, loss_fn):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    stamps = [time.perf_counter()]
    for _ in range(EPOCHS):
        order = torch.randperm(len(y))
        for i in range(0, len(y), BATCH):
            idx = order[i:i + BATCH]
            optimizer.zero_grad()
            loss = loss_fn(x[idx], y[idx])
            loss.backward()
            optimizer.step()
        stamps.append(time.perf_counter())
    per_epoch = (stamps[-1] - stamps[1]) / (len(stamps) - 2)
    print(f"{name},{ROWS},{torch.get_num_threads()},{BATCH},{per_epoch:.3f}")


print(f"# torch {torch.__version__}, BLAS: {torch.__config__.show().count('BLAS')} mentions")
print("model,rows,threads,batch,seconds_per_epoch")
x, y = torch.randn(ROWS, INPUTS), torch.randn(ROWS, 1)
baseline = mlp(INPUTS)
timed("MLP 2x64 (Baseline)", baseline, x, y, lambda a, b: ((baseline(a) - b) ** 2).mean())
xw = torch.randn(ROWS, WINDOW, INPUTS)
lstm = BiLstm()
timed("BiLSTM 2 layers x 64, window 10", lstm, xw, y, lambda a, b: ((lstm(a) - b) ** 2).mean())
hpm = DeepHpm()
timed("DeepHPM 2x64, G(s,t,u)", hpm, x, y, hpm.loss)
