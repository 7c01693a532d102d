package dev.kindling.lab;

import java.util.List;

/**
 * The course's five-step training loop, one step per click, on a real model in the session: a
 * 1-input {@code nn.Linear} learning the course's house prices (price = 200 * sqft + 50 + noise)
 * with plain SGD, so a step moves each weight by exactly {@code -lr * grad}. Each step is one line
 * of Python run in the session; its variables ({@code step_model}, {@code step_pred},
 * {@code step_loss}, ...) are the learner's too, in the Variables panel and the REPL.
 *
 * <p>{@link #state} answers {@code {steps, code, next, last, epoch, lr, sqft, price, weight, bias,
 * weight_grad, bias_grad, pred, loss, error}}: the values as they stand after the step just run
 * ({@code last}; -1 before any), null where the session has none yet (no gradient before the first
 * backward, none after zero_grad), and the traceback of a step that raised.
 */
final class LoopStepper {
    static final double LEARNING_RATE = 0.01;
    static final List<String> STEPS = List.of("forward", "loss", "backward", "step", "zero_grad");
    /** The line each step runs, in the course's order: forward, loss, backward, update, zero. */
    static final List<String> CODE = List.of(
            "step_pred = step_model(step_sqft)",
            "step_loss = step_loss_fn(step_pred, step_price)",
            "step_loss.backward()",
            "step_optimizer.step()",
            "step_optimizer.zero_grad()");
    /** Makes the data and a fresh model: the course's Part 5 data set, a 1-input line to fit it. */
    static final String SETUP = String.join("\n",
            "import torch",
            "import torch.nn as nn",
            "torch.manual_seed(42)",
            "step_sqft = torch.rand(100, 1) * 5",
            "step_price = 200 * step_sqft + 50 + torch.randn(100, 1) * 20",
            "step_model = nn.Linear(1, 1)",
            "step_loss_fn = nn.MSELoss()",
            "step_optimizer = torch.optim.SGD(step_model.parameters(), lr=" + LEARNING_RATE + ")",
            "step_pred = None",
            "step_loss = None");

    private final SessionCode code;
    private int next;
    private int last = -1;
    private int epoch;
    private String error;

    LoopStepper(SessionCode code) {
        this.code = code;
    }

    /** A new model on the course's data; the next step is the forward pass. */
    synchronized String reset() {
        error = code.run(SETUP);
        next = 0;
        last = -1;
        epoch = 0;
        return state();
    }

    /** Runs the next of the five steps (making the model first if the session has none). */
    synchronized String advance() {
        if (!code.has("step_model")) {
            reset();
            if (error != null) {
                return state();
            }
        }
        error = code.run(CODE.get(next));
        if (error == null) {
            last = next;
            next = (next + 1) % STEPS.size();
            if (next == 0) {
                epoch++;
            }
        }
        return state();
    }

    synchronized String state() {
        return "{\"steps\":" + Json.strings(STEPS) + ",\"code\":" + Json.strings(CODE)
                + ",\"next\":" + next + ",\"last\":" + last + ",\"epoch\":" + epoch
                + ",\"lr\":" + Json.number(LEARNING_RATE)
                + ",\"sqft\":" + Json.numbersOrNull(code.values("step_sqft"))
                + ",\"price\":" + Json.numbersOrNull(code.values("step_price"))
                + ",\"weight\":" + Json.number(code.scalar("step_model.weight"))
                + ",\"bias\":" + Json.number(code.scalar("step_model.bias"))
                + ",\"weight_grad\":" + Json.number(code.scalar("step_model.weight.grad"))
                + ",\"bias_grad\":" + Json.number(code.scalar("step_model.bias.grad"))
                + ",\"pred\":" + Json.numbersOrNull(code.values("step_pred"))
                + ",\"loss\":" + Json.number(code.scalar("step_loss"))
                + ",\"error\":" + (error == null ? "null" : Json.string(error)) + "}";
    }
}
