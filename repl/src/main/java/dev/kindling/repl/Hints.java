package dev.kindling.repl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * One line of advice under a traceback, for the errors first-week learners meet most: shapes that
 * cannot be multiplied, a {@code .grad} that is None, backward on a non-scalar or through a freed
 * graph, a forgotten import. Read from the error's type and PyTorch's wording, so it works for
 * errors raised anywhere; a hint never replaces the error text, it only follows it.
 */
final class Hints {
    private static final Pattern MATMUL = Pattern.compile(
            "mat1 and mat2 shapes cannot be multiplied \\((\\d+)x(\\d+) and (\\d+)x(\\d+)\\)");
    private static final Pattern MV = Pattern.compile("size mismatch, got input \\((\\d+)\\), mat \\((\\d+)x(\\d+)\\)");
    private static final Pattern DOT = Pattern.compile(
            "inconsistent tensor size, expected tensor \\[(\\d+)\\] and src \\[(\\d+)\\]");

    private Hints() {}

    /** The hint for an error raised by {@code entry}, or null when none helps. */
    static String hint(KindlingError e, String entry) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = MATMUL.matcher(message);
        if (m.find()) {
            return matmul(m.group(1), m.group(2), m.group(3), m.group(4), entry);
        }
        if (MV.matcher(message).find() || DOT.matcher(message).find()) {
            return "hint: the lengths along the multiplied dimension differ; print both .shape values"
                    + " and use x.reshape(-1, 1) to make a column or x.T to transpose.";
        }
        if (message.contains("does not require grad and does not have a grad_fn")) {
            return "hint: nothing in this graph requires grad: create the leaf with requires_grad=True"
                    + " (or call x.requires_grad_()), and do not compute the loss inside torch.no_grad().";
        }
        if (message.contains("grad can be implicitly created only for scalar outputs")) {
            return "hint: backward() needs a single number: reduce first, e.g. loss.sum().backward()"
                    + " or loss.mean().backward(), or pass a gradient: y.backward(torch.ones_like(y)).";
        }
        if (message.contains("backward through the graph a second time")) {
            return "hint: each backward() frees its graph; run the forward pass again inside the loop"
                    + " (pred = model(x); loss = loss_fn(pred, y)) before calling backward() again.";
        }
        if (message.contains("'NoneType'") && entry.contains(".grad")) {
            return "hint: .grad is None until backward() reaches the tensor. It is only kept for leaf tensors"
                    + " created with requires_grad=True (not for results like y = x * 2: call y.retain_grad()),"
                    + " not for tensors made under torch.no_grad(), and not before loss.backward() has run.";
        }
        if (e.type() == ErrorType.NAME_ERROR) {
            return importHint(message);
        }
        if (message.contains("expected scalar type") || message.contains("found dtype")) {
            return "hint: the two tensors have different dtypes; convert one with .float() (or .double(),"
                    + " .long()), or create it with dtype=torch.float32.";
        }
        if (e.type() == ErrorType.INDENTATION_ERROR) {
            return "hint: indent each line of a block by the same amount (4 spaces), and end the block"
                    + " with an empty line.";
        }
        return null;
    }

    private static String matmul(String r1, String c1, String r2, String c2, String entry) {
        if (!entry.contains("@") && !entry.contains("matmul") && !entry.contains(".mm(")) {
            // A layer call: PyTorch multiplies the input by weight.T, which is (in_features x out_features).
            return "hint: the layer expects inputs whose last dimension is in_features=" + r2 + ", but this input's is "
                    + c1 + ". Make the layer nn.Linear(" + c1 + ", " + c2 + "), or reshape the input to (-1, " + r2
                    + "); a 1-D batch of single features needs x.reshape(-1, 1).";
        }
        StringBuilder sb = new StringBuilder("hint: (" + r1 + "x" + c1 + ") @ (" + r2 + "x" + c2 + ") needs "
                + c1 + " == " + r2 + ". ");
        if (c1.equals(c2)) {
            sb.append("Transpose the second one (w.T) so its shape becomes (" + c2 + "x" + r2 + ").");
        } else if (r1.equals(r2)) {
            sb.append("Transpose the first one (x.T) so its shape becomes (" + c1 + "x" + r1 + ").");
        } else {
            sb.append("Check both .shape values; x.reshape(-1, " + r2 + ") or x.T may be what you meant.");
        }
        return sb.toString();
    }

    private static String importHint(String message) {
        if (message.contains("'torch'")) {
            return "hint: import torch";
        }
        if (message.contains("'nn'")) {
            return "hint: import torch.nn as nn";
        }
        if (message.contains("'F'")) {
            return "hint: import torch.nn.functional as F";
        }
        if (message.contains("'optim'")) {
            return "hint: import torch.optim as optim";
        }
        if (message.contains("'np'") || message.contains("'numpy'")) {
            return "hint: Kindling has no numpy; torch tensors do the same job (torch.tensor, torch.arange, ...).";
        }
        return null;
    }
}
