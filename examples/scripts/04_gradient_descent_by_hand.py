# Fit y = w*x + b by gradient descent, written out by hand: the idea autograd automates.
xs = [1.0, 2.0, 3.0, 4.0, 5.0]
ys = [3.0, 5.0, 7.0, 9.0, 11.0]   # y = 2x + 1

w, b = 0.0, 0.0
lr = 0.02
for epoch in range(1, 1001):
    n = len(xs)
    preds = [w * x + b for x in xs]
    loss = sum((p - y) ** 2 for p, y in zip(preds, ys)) / n
    # d(loss)/dw and d(loss)/db by the chain rule
    dw = sum(2 * (p - y) * x for p, y, x in zip(preds, ys, xs)) / n
    db = sum(2 * (p - y) for p, y in zip(preds, ys)) / n
    w -= lr * dw
    b -= lr * db
    if epoch in (1, 10, 100, 1000):
        print(f"epoch {epoch:4d}: loss {loss:.6f}  w {w:.4f}  b {b:.4f}")

print(f"prediction for x=6: {w * 6 + b:.3f}")
