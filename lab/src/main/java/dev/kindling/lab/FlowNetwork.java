package dev.kindling.lab;

/**
 * The course's data flow through a small network, computed by the session: a 2-3-1 network
 * ({@code flow_net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))}) run on the input
 * the learner sets. The forward pass keeps the hidden layer's and the output's values; the
 * backward pass adds the squared error against the learner's target and sends it back, so every
 * node's gradient ({@code retain_grad}) and every weight's is there to draw in red.
 *
 * <p>{@link #state} answers {@code {x, hidden, out, target, loss, w1, b1, w2, b2, grad, error}}
 * with {@code grad} = {@code {x, hidden, out, w1, w2}} after a backward pass, else null; the
 * weights are row-major as PyTorch keeps them ({@code w1[j * 2 + i]} joins input i to hidden j).
 */
final class FlowNetwork {
    static final String SETUP = String.join("\n",
            "import torch",
            "import torch.nn as nn",
            "flow_net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))");

    private final SessionCode code;
    private boolean backwardDone;
    private double target = Double.NaN;
    private String error;

    FlowNetwork(SessionCode code) {
        this.code = code;
    }

    /** New random weights. */
    synchronized String reset() {
        error = code.run(SETUP);
        backwardDone = false;
        return state();
    }

    /** Runs the input {@code (x1, x2)} forward through the network. */
    synchronized String forward(double x1, double x2) {
        error = ensureNetwork();
        if (error == null) {
            error = code.run(forwardCode(x1, x2));
        }
        backwardDone = false;
        return state();
    }

    /** Runs {@code (x1, x2)} forward, then the squared error against {@code target} backward. */
    synchronized String backward(double x1, double x2, double target) {
        error = ensureNetwork();
        if (error == null) {
            error = code.run(forwardCode(x1, x2) + "\n" + String.join("\n",
                    "flow_loss = (flow_out - " + literal(target) + ") ** 2",
                    "flow_net.zero_grad()",
                    "flow_loss.backward()"));
        }
        backwardDone = error == null;
        this.target = target;
        return state();
    }

    private String ensureNetwork() {
        return code.has("flow_net") ? null : code.run(SETUP);
    }

    static String forwardCode(double x1, double x2) {
        return String.join("\n",
                "flow_x = torch.tensor([[" + literal(x1) + ", " + literal(x2) + "]], requires_grad=True)",
                "flow_hidden = flow_net[1](flow_net[0](flow_x))",
                "flow_hidden.retain_grad()",
                "flow_out = flow_net[2](flow_hidden)",
                "flow_out.retain_grad()");
    }

    /** A finite number as a Python float literal; the page's input is checked before it gets here. */
    static String literal(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return Double.toString(v);
    }

    synchronized String state() {
        String grad = !backwardDone ? "null"
                : "{\"x\":" + Json.numbersOrNull(code.values("flow_x.grad"))
                        + ",\"hidden\":" + Json.numbersOrNull(code.values("flow_hidden.grad"))
                        + ",\"out\":" + Json.numbersOrNull(code.values("flow_out.grad"))
                        + ",\"w1\":" + Json.numbersOrNull(code.values("flow_net.0.weight.grad"))
                        + ",\"w2\":" + Json.numbersOrNull(code.values("flow_net.2.weight.grad")) + "}";
        return "{\"x\":" + Json.numbersOrNull(code.values("flow_x"))
                + ",\"hidden\":" + Json.numbersOrNull(code.values("flow_hidden"))
                + ",\"out\":" + Json.numbersOrNull(code.values("flow_out"))
                + ",\"target\":" + (backwardDone ? Json.number(target) : "null")
                + ",\"loss\":" + (backwardDone ? Json.number(code.scalar("flow_loss")) : "null")
                + ",\"w1\":" + Json.numbersOrNull(code.values("flow_net.0.weight"))
                + ",\"b1\":" + Json.numbersOrNull(code.values("flow_net.0.bias"))
                + ",\"w2\":" + Json.numbersOrNull(code.values("flow_net.2.weight"))
                + ",\"b2\":" + Json.numbersOrNull(code.values("flow_net.2.bias"))
                + ",\"grad\":" + grad
                + ",\"error\":" + (error == null ? "null" : Json.string(error)) + "}";
    }
}
