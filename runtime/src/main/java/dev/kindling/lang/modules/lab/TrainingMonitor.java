package dev.kindling.lang.modules.lab;

import java.util.Map;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * One session's view of its training loop, for {@code kindling.lab} and the item() hook: the
 * loss values a loop reads, the series it logs by name, and a watched 1-input model whose
 * prediction line is recomputed after each step. Everything goes to the session's
 * {@link TrainingFeed}; with none attached, nothing is computed.
 *
 * <p>A loss is recognised as a 0-d tensor with a {@code grad_fn} read with {@code item()}: what
 * {@code loss.item()} is in the course's loop. Once the script calls {@code lab.log} itself, its
 * own names are taken instead, so a value logged both ways is not counted twice: that is why a
 * loss read is held back until the next one, or the end of the running code ({@link #flush}), in
 * case {@code lab.log} takes it first ({@code lab.log("train", loss.item())}).
 */
public final class TrainingMonitor {
    /** Points on the prediction line: smooth enough for a ReLU network's kinks at chart size. */
    private static final int LINE_POINTS = 64;

    private volatile TrainingFeed feed;
    private boolean scriptLogs;
    private boolean computingLine;
    private Double pendingLoss;
    private Object model;
    private Tensor lineInput;
    private double[] lineX;

    /** Attaches the feed that shows this session's training (null detaches it). */
    public void setFeed(TrainingFeed feed) {
        this.feed = feed;
    }

    /** A script read {@code value} from {@code tensor} with item(). */
    public void itemRead(Tensor tensor, Object value) {
        if (feed == null || scriptLogs || computingLine || !(value instanceof Number n)) {
            return;
        }
        if (tensor.dim() == 0 && tensor.gradFn() != null) {
            flush();
            pendingLoss = n.doubleValue();
            sendLine();
        }
    }

    /** Sends the loss read last, unless lab.log has taken over; the session calls it after each run. */
    public void flush() {
        TrainingFeed f = feed;
        if (pendingLoss != null && f != null) {
            f.scalar("loss", pendingLoss);
        }
        pendingLoss = null;
    }

    /** {@code lab.log(name, value)}. */
    public void log(String series, double value) {
        scriptLogs = true;
        pendingLoss = null;
        TrainingFeed f = feed;
        if (f != null) {
            f.scalar(series, value);
            sendLine();
        }
    }

    /** {@code lab.watch(model, x, y)}: shows the data and, after every step, the model's line. */
    public void watch(Object model, Tensor x, Tensor y) {
        if (!(x.dim() == 1 || x.dim() == 2 && x.size(1) == 1)) {
            throw KindlingError.valueError("watch() needs one input per sample: x of shape (N,) or (N, 1), got "
                    + x.shape());
        }
        if (x.numel() != y.numel()) {
            throw KindlingError.valueError("watch() needs one target per sample: x has " + x.numel()
                    + " values, y has " + y.numel());
        }
        double[] xs = x.detach().toDoubleArray();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : xs) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.model = model;
        Tensor grid = Torch.linspace(lo, hi, LINE_POINTS, x.dtype());
        this.lineInput = x.dim() == 2 ? grid.unsqueeze(1) : grid;
        this.lineX = grid.toDoubleArray();
        TrainingFeed f = feed;
        if (f != null) {
            f.points(xs, y.detach().toDoubleArray());
            sendLine();
        }
    }

    private void sendLine() {
        TrainingFeed f = feed;
        if (model == null || f == null || computingLine) {
            return;
        }
        computingLine = true;
        try {
            Object out = GradMode.withoutGrad(() -> Ops.call(model, new Object[] {lineInput}, Map.of()));
            if (out instanceof Tensor t && t.numel() == LINE_POINTS) {
                f.line(lineX, t.detach().toDoubleArray());
            }
        } finally {
            computingLine = false;
        }
    }
}
