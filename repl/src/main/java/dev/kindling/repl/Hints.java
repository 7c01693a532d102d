package dev.kindling.repl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * One line of advice under a traceback, for the errors first-week learners meet most: shapes that
 * cannot be multiplied, a {@code .grad} that is None, backward on a non-scalar or through a freed
 * graph, a forgotten import, {@code .item()} on many values, mixed dtypes, a loss given tensors
 * at construction, a list passed to a model, a class without forward. Read from the error's type
 * and PyTorch's wording, so it works for errors raised anywhere; a hint never replaces the error
 * text, it only follows it.
 */
final class Hints {
    private static final Pattern MATMUL = Pattern.compile(
            "mat1 and mat2 shapes cannot be multiplied \\((\\d+)x(\\d+) and (\\d+)x(\\d+)\\)");
    private static final Pattern MV = Pattern.compile("size mismatch, got input \\((\\d+)\\), mat \\((\\d+)x(\\d+)\\)");
    private static final Pattern DOT = Pattern.compile(
            "inconsistent tensor size, expected tensor \\[(\\d+)\\] and src \\[(\\d+)\\]");

    private static final Pattern ITEM = Pattern.compile("a Tensor with (\\d+) elements cannot be converted to Scalar");
    private static final Pattern DTYPES = Pattern.compile(
            "must have the same dtype|to have the same dtype|to have same dtype|expected scalar type|found dtype");
    private static final Pattern LOSS_GIVEN_TENSORS = Pattern.compile("\\w*Loss\\(\\s*[^)\\s]");
    private static final Pattern MISSING_FORWARD = Pattern.compile(
            "Module \\[(\\w+)\\] is missing the required \"forward\"");
    private static final Pattern NOT_A_TENSOR = Pattern.compile(
            "argument 'input' \\(position 1\\) must be Tensor, not (list|tuple|int|float)$");

    private Hints() {}

    /** The hint for an error raised by {@code entry}, or null when none helps. */
    static String hint(KindlingError e, String entry) {
        return hint(e, entry, false);
    }

    /**
     * The same, told whether an indented {@code def forward} was typed on its own earlier (after
     * an empty line had ended its class), which explains a class missing forward.
     */
    static String hint(KindlingError e, String entry, boolean forwardTypedOutsideItsClass) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String learner = learnerHint(e, message, entry, forwardTypedOutsideItsClass);
        return learner != null ? learner : shapeAndGradHint(e, message, entry);
    }

    /** Hints for the course's common slips: tensors and models used the wrong way round. */
    private static String learnerHint(KindlingError e, String message, String entry, boolean forwardOutside) {
        Matcher item = ITEM.matcher(message);
        if (item.find()) {
            return "hint: .item() gives the one number of a one-element tensor; this one has " + item.group(1)
                    + ". Reduce it first (loss.mean().item()), pick one element (x[0].item()), or use .tolist() for all.";
        }
        if (message.contains("No module named 'numpy'")) {
            return "hint: Kindling has no numpy; torch does its job here: torch.tensor([...]), torch.arange, torch.linspace,"
                    + " torch.zeros, and t.tolist() for Python numbers.";
        }
        if (DTYPES.matcher(message).find()) {
            return "hint: the two tensors have different dtypes (Double is float64, Float is float32, Long is int64);"
                    + " convert one with .float() (or .double(), .long()), or create it with dtype=torch.float32.";
        }
        if (message.contains("Boolean value of Tensor with more than one value is ambiguous")
                && LOSS_GIVEN_TENSORS.matcher(entry).find()) {
            return "hint: a loss is a module: create it first, then call it with the tensors:"
                    + " loss_fn = nn.MSELoss(), then loss = loss_fn(pred, y).";
        }
        if (e.type() == ErrorType.TYPE_ERROR && NOT_A_TENSOR.matcher(message).find()) {
            return "hint: layers and models take tensors, not Python lists or numbers: model(torch.tensor([[1.0]]))"
                    + " (one row per example, one column per feature).";
        }
        Matcher forward = MISSING_FORWARD.matcher(message);
        if (forward.find()) {
            return forwardOutside
                    ? "hint: an empty line ended class " + forward.group(1) + " before its indented def forward was typed,"
                            + " so that def raised IndentationError and the class has no forward. Type the class again:"
                            + " a blank line inside it is fine when the next line is indented."
                    : "hint: " + forward.group(1) + " needs a method named forward(self, x), indented inside the class"
                            + " like __init__; check its spelling and indentation.";
        }
        if (e.type() == ErrorType.INDENTATION_ERROR && message.startsWith("unexpected indent") && startsIndented(entry)) {
            return "hint: no block is open for this indented line: an empty line at the prompt's level ended the block"
                    + " before it. Type the block again; after a blank line inside a block, an indented line continues it.";
        }
        return null;
    }

    private static boolean startsIndented(String entry) {
        return !entry.isEmpty() && (entry.charAt(0) == ' ' || entry.charAt(0) == '\t');
    }

    private static String shapeAndGradHint(KindlingError e, String message, String entry) {
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
