"""The coefficients of LstmActivations (io.batterylab.ml.detection): tanh(x) ~ x*P(x^2)/Q(x^2), P and Q of degree 5,
Q(0) = 1, on [0, C] with C = 9.5 (tanh is 1 in float beyond 9.01).

Least squares of the linearised error x*P - tanh*Q, divided by the last Q (Sanathanan-Koerner) and reweighted towards
the largest errors (Lawson) until they level out: a near-minimax fit. Then the float inputs of [-C-1, C+1] are
evaluated in double as the Java code does, rounded to float, and compared with numpy's tanh.

    python3 lstm_tanh_fit.py        # prints the coefficients and the errors (numpy only)
"""
import numpy as np

C, M, N = 9.5, 5, 5
x = np.concatenate([np.linspace(0, C, 20001)[1:], C * (1 - np.cos(np.linspace(0, np.pi / 2, 20001)))[1:]])
x.sort()
f = np.tanh(x)
u = (x / C) ** 2  # scaled for conditioning; coefficients are converted to x^2 below
q_last = np.ones_like(x)
w = np.ones_like(x)
for _ in range(60):
    a = np.hstack([x[:, None] * u[:, None] ** np.arange(M + 1)[None, :],
                   -(f[:, None] * u[:, None] ** np.arange(1, N + 1)[None, :])])
    scale = np.sqrt(w) / q_last
    sol, *_ = np.linalg.lstsq(a * scale[:, None], f * scale, rcond=None)
    p, q = sol[:M + 1], np.concatenate([[1.0], sol[M + 1:]])
    q_last = np.polyval(q[::-1], u)
    err = np.abs(x * np.polyval(p[::-1], u) / q_last - f)
    w = w * err / err.max()
    w /= w.sum()
ps = [p[k] / C ** (2 * k) for k in range(M + 1)]
qs = [q[k] / C ** (2 * k) for k in range(N + 1)]
print("max |error| of the rational, double:", err.max())
print("P0..P5", [repr(float(v)) for v in ps])
print("Q0..Q5", [repr(float(v)) for v in qs])

xf = np.float32(np.linspace(-C - 1, C + 1, 4000001)).astype(np.float64)
t = np.clip(xf, -C, C)
s = t * t
pd = np.full_like(s, ps[-1])
for c in ps[-2::-1]:
    pd = pd * s + c
qd = np.full_like(s, qs[-1])
for c in qs[-2::-1]:
    qd = qd * s + c
r = (t * pd / qd).astype(np.float32).astype(np.float64)
ref = np.tanh(xf)
ulp = np.spacing(np.abs(ref).astype(np.float32)).astype(np.float64)
print("after rounding to float: max ulps", (np.abs(r - ref) / ulp).max(),
      "correctly rounded", np.mean(r == ref.astype(np.float32)))
