# One neuron, forward and backward, with math only: z = w.x + b, a = sigmoid(z).
import math


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


inputs = [0.5, -1.0, 2.0]
weights = [0.1, 0.4, -0.3]
bias = 0.2
target = 1.0

for step in range(3):
    z = sum(w * x for w, x in zip(weights, inputs)) + bias
    a = sigmoid(z)
    loss = (a - target) ** 2
    # backpropagation: error flows right to left
    dloss_da = 2 * (a - target)
    da_dz = a * (1 - a)
    dz = dloss_da * da_dz
    grads = [dz * x for x in inputs]
    print(f"step {step}: z={z:.4f} a={a:.4f} loss={loss:.5f}")
    print("  grads:", [round(g, 5) for g in grads], "bias grad:", round(dz, 5))
    weights = [w - 0.5 * g for w, g in zip(weights, grads)]
    bias -= 0.5 * dz

print("final weights:", [f"{w:.3f}" for w in weights])
print(math.isclose(sigmoid(0), 0.5), round(math.tanh(1), 4))
