package dev.kindling.tensor;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;

/**
 * Loss functions as single graph nodes with PyTorch's names ({@code MseLossBackward0},
 * {@code NllLossBackward0}, ...), each with its forward and backward here.
 * {@code reduction} is "mean", "sum" or "none".
 *
 * <pre>{@code
 * Tensor logits = Torch.tensor(List.of(List.of(2.0, 0.5), List.of(0.1, 1.0)));
 * Tensor loss = Losses.mseLoss(logits, Torch.zeros(2, 2), "mean");   // F.mse_loss(logits, zeros)
 * }</pre>
 */
public final class Losses {
    private Losses() {}

    private static void checkReduction(String reduction) {
        if (!reduction.equals("mean") && !reduction.equals("sum") && !reduction.equals("none")) {
            throw KindlingError.valueError(reduction + " is not a valid value for reduction");
        }
    }

    /** Reduces elementwise losses, and scales the incoming gradient back for the backward rule. */
    private static Tensor reduce(Tensor elementwise, String reduction) {
        switch (reduction) {
            case "none":
                return elementwise;
            case "sum":
                return Reductions.sum(elementwise.detach(), null, false);
            default:
                return Reductions.mean(elementwise.detach(), null, false);
        }
    }

    private static Tensor gradScale(Tensor g, String reduction, int n, int[] shape) {
        if (reduction.equals("none")) {
            return g;
        }
        Tensor expanded = Reshapes.expandTo(g.reshape(new int[0]), shape);
        return reduction.equals("mean") ? expanded.div((double) n) : expanded;
    }

    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        checkReduction(reduction);
        warnIfSizesDiffer(input, target);
        Tensor diff = input.detach().sub(target.detach());
        Tensor result = reduce(diff.mul(diff), reduction);
        Tensor out = new Tensor(result.elements, result.shape, result.dtype);
        int n = Shapes.numel(Shapes.broadcast(input.shape, target.shape));
        return out.withGradFn("MseLossBackward0", new Tensor[] {input, target}, g -> {
            Tensor scaled = gradScale(g, reduction, n, diff.shape).mul(diff).mul(2.0);
            return new Tensor[] {Gradients.sumToShape(scaled, input.shape),
                Gradients.sumToShape(scaled.neg(), target.shape)};
        }, true);
    }

    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        checkReduction(reduction);
        warnIfSizesDiffer(input, target);
        Tensor diff = input.sub(target).abs();
        return reduction.equals("none") ? diff : reduction.equals("sum") ? diff.sum() : diff.mean();
    }

    /**
     * PyTorch's warning for regression losses whose input and target differ in shape: they
     * broadcast, so (N, 1) against (N,) silently compares every prediction with every target.
     */
    private static void warnIfSizesDiffer(Tensor input, Tensor target) {
        if (!java.util.Arrays.equals(input.shape, target.shape)) {
            Warnings.warn(ErrorType.USER_WARNING, "Using a target size (" + new Size(target.shape) + ") that is "
                    + "different to the input size (" + new Size(input.shape) + "). This will likely lead to incorrect "
                    + "results due to broadcasting. Please ensure they have the same size.");
        }
    }

    /** Negative log likelihood of class indices, with optional class weights and an ignored index. */
    public static Tensor nllLoss(Tensor logProbs, Tensor target, Tensor weight, String reduction, long ignoreIndex) {
        checkReduction(reduction);
        if (logProbs.shape.length == 0) {
            throw KindlingError.valueError("Expected 1 or more dimensions (got 0)");
        }
        if (logProbs.shape.length == 1) {
            return nllLoss(logProbs.unsqueeze(0), target.reshape(1), weight, reduction, ignoreIndex).reshape(
                    reduction.equals("none") ? new int[0] : new int[0]);
        }
        int n = logProbs.shape[0];
        int c = logProbs.shape[1];
        if (target.shape.length > 1) {
            throw KindlingError.runtimeError("0D or 1D target tensor expected, multi-target not supported");
        }
        if (target.shape.length != 1 || target.shape[0] != n) {
            throw KindlingError.valueError("Expected input batch_size (" + n + ") to match target batch_size ("
                    + (target.shape.length == 0 ? 1 : target.shape[0]) + ").");
        }
        if (target.dtype != DType.INT64) {
            throw KindlingError.runtimeError("expected target dtype to be Long or Byte, but got "
                    + Pointwise.typeWord(target.dtype));
        }
        double[] losses = new double[n];
        double[] weights = new double[n];
        DType type = logProbs.dtype;
        NllCascade cascade = new NllCascade(type, weight != null);
        pickLosses(logProbs.values(), c, target.doubles(), weight == null ? null : weight.doubles(), ignoreIndex,
                losses, weights, cascade);
        double totalWeight = cascade.totalWeight();
        Tensor result;
        if (reduction.equals("none")) {
            result = new Tensor(losses, new int[] {n}, type);
        } else {
            double sum = cascade.lossSum();
            result = Torch.scalar(reduction.equals("mean") ? type.cast(sum / totalWeight) : sum, type);
        }
        return result.withGradFn("NllLossBackward0", new Tensor[] {logProbs}, g -> new Tensor[] {
            new Tensor(nllGradient(c, target.doubles(), weights, g.doubles(), reduction, totalWeight, ignoreIndex, type),
                    logProbs.shape.clone(), type)}, false);
    }

    /**
     * Each sample's loss {@code -logProbs[i, target[i]] * w} into {@code losses}, its weight into
     * {@code weights}, and both into the cascade. Why a method of its own (and
     * {@link #nllGradient}): a loop inside the long nllLoss made the JIT compile that whole method
     * twice (once entered mid-loop, once whole), about 50 ms in mlp_batch's timed steps.
     */
    private static void pickLosses(double[] logProbabilities, int c, double[] targets, double[] classWeights,
            long ignoreIndex, double[] losses, double[] weights, NllCascade cascade) {
        DType type = cascade.type;
        for (int i = 0; i < losses.length; i++) {
            long t = (long) targets[i];
            if (t == ignoreIndex) {
                continue;
            }
            if (t < 0 || t >= c) {
                throw KindlingError.indexError("Target " + t + " is out of bounds.");
            }
            double w = classWeights == null ? 1 : classWeights[(int) t];
            double logProbability = logProbabilities[i * c + (int) t];
            weights[i] = w;
            losses[i] = type.cast(-logProbability * w);
            cascade.add(i, logProbability, w);
        }
    }

    /** NllLossBackward0: the gradient, zero except at each sample's target class. */
    private static double[] nllGradient(int c, double[] targets, double[] weights, double[] upstream, String reduction,
            double totalWeight, long ignoreIndex, DType type) {
        int n = weights.length;
        double[] grad = new double[n * c];
        boolean none = reduction.equals("none");
        boolean mean = reduction.equals("mean");
        for (int i = 0; i < n; i++) {
            long t = (long) targets[i];
            if (t == ignoreIndex) {
                continue;
            }
            // ATen: -(g / total_weight) for a mean, then times the class weight, each rounded
            double gi = none ? upstream[i] : upstream[0];
            double unweighted = -(mean ? type.cast(gi / totalWeight) : gi);
            grad[i * c + (int) t] = type.cast(weights[i] * unweighted);
        }
        return grad;
    }

    /**
     * ATen's summation of nll_loss over a batch, in the loss's dtype: eight partial sums, where
     * after every sample whose index is a multiple of 16 a partial sum is added into the next
     * level (a multiple of 256 cascades two levels, and so on), then the levels are added in
     * order. Ignored samples add nothing and cascade nothing.
     */
    private static final class NllCascade {
        private static final int LEVELS = 8;
        private static final int LEVEL_BITS = 4;
        private final DType type;
        private final boolean weighted;
        private final double[] loss = new double[LEVELS];
        private final double[] weight = new double[LEVELS];
        private int added;

        NllCascade(DType type, boolean weighted) {
            this.type = type;
            this.weighted = weighted;
        }

        void add(int sample, double logProbability, double w) {
            added++;
            if (weighted) {
                loss[0] = type.cast(loss[0] - type.cast(logProbability * w));
                weight[0] = type.cast(weight[0] + w);
            } else {
                loss[0] = type.cast(loss[0] - logProbability);
            }
            for (int j = 0; j + 1 < LEVELS; j++) {
                int mask = ((1 << LEVEL_BITS) - 1) << (j * LEVEL_BITS);
                if ((sample & mask) != 0) {
                    break;
                }
                weight[j + 1] = type.cast(weight[j + 1] + weight[j]);
                loss[j + 1] = type.cast(loss[j + 1] + loss[j]);
                weight[j] = 0;
                loss[j] = 0;
            }
        }

        double lossSum() {
            return accumulate(loss);
        }

        /** The sum of the samples' weights; unweighted, the count of samples not ignored. */
        double totalWeight() {
            return weighted ? accumulate(weight) : type.cast(added);
        }

        private double accumulate(double[] levels) {
            double total = 0;
            for (double level : levels) {
                total = type.cast(total + level);
            }
            return total;
        }
    }

    /** Cross entropy of logits against class indices (log_softmax then nll_loss), with label smoothing. */
    public static Tensor crossEntropy(Tensor logits, Tensor target, Tensor weight, String reduction, double smoothing,
            long ignoreIndex) {
        if (target.dtype.isFloatingPoint() && java.util.Arrays.equals(target.shape, logits.shape)) {
            Tensor logp = logits.logSoftmax(logits.shape.length == 1 ? 0 : 1);
            Tensor per = logp.mul(target).neg().sum(new int[] {logits.shape.length == 1 ? 0 : 1}, false);
            return reduction.equals("none") ? per : reduction.equals("sum") ? per.sum() : per.mean();
        }
        Tensor logp = logits.logSoftmax(logits.shape.length == 1 ? 0 : 1);
        Tensor nll = nllLoss(logp, target, weight, reduction, ignoreIndex);
        if (smoothing == 0) {
            return nll;
        }
        int classes = logits.shape[logits.shape.length - 1];
        Tensor w = weight == null ? logp : logp.mul(weight);
        Tensor smooth = w.sum(new int[] {logits.shape.length == 1 ? 0 : 1}, false).neg();
        Tensor smoothReduced = reduction.equals("none") ? smooth : reduction.equals("sum") ? smooth.sum()
                : smooth.sum().div(weight == null ? (double) smooth.numel() : nllWeightSum(target, weight));
        return nll.mul(1 - smoothing).add(smoothReduced.mul(smoothing / classes));
    }

    private static double nllWeightSum(Tensor target, Tensor weight) {
        double s = 0;
        double[] weights = weight.doubles();
        for (double t : target.doubles()) {
            s += weights[(int) t];
        }
        return s;
    }

    /** binary_cross_entropy's check: probabilities, not logits (BCEWithLogitsLoss takes those). */
    private static void checkProbabilities(Tensor t, String name) {
        for (double v : t.doubles()) {
            if (!(v >= 0 && v <= 1)) {
                throw KindlingError.runtimeError("all elements of " + name + " should be between 0 and 1");
            }
        }
    }

    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        checkReduction(reduction);
        if (!java.util.Arrays.equals(input.shape, target.shape)) {
            throw KindlingError.valueError("Using a target size (" + new Size(target.shape).toString()
                    .replace("torch.Size", "torch.Size") + ") that is different to the input size ("
                    + new Size(input.shape) + ") is deprecated. Please ensure they have the same size.");
        }
        checkProbabilities(input, "input");
        checkProbabilities(target, "target");
        DType type = input.dtype;
        double[] losses = new double[input.numel()];
        double[] xs = input.doubles();
        double[] ys = target.doubles();
        double[] weights = weight == null ? null : weight.doubles();
        for (int i = 0; i < losses.length; i++) {
            double x = xs[i];
            double y = ys[i];
            double logx = Math.max(Math.log(x), -100);
            double log1mx = Math.max(Math.log1p(-x), -100);
            losses[i] = type.cast(-(y * logx + (1 - y) * log1mx) * (weights == null ? 1 : weights[i % weights.length]));
        }
        Tensor elementwise = new Tensor(losses, input.shape.clone(), type);
        Tensor result = reduce(elementwise, reduction);
        Tensor out = new Tensor(result.elements, result.shape, result.dtype);
        int n = losses.length;
        return out.withGradFn("BinaryCrossEntropyBackward0", new Tensor[] {input, target}, g -> {
            // ATen: g * (x - y) / max((1 - x) * x, 1e-12), then times the weight, then / n for a
            // mean, each step rounded to the dtype
            double[] grad = new double[n];
            double[] inputsNow = input.values();
            double[] targetsNow = target.values();
            double[] weightsNow = weight == null ? null : weight.values();
            double[] upstream = g.values();
            double epsilon = type.cast(1e-12);
            for (int i = 0; i < n; i++) {
                double x = inputsNow[i];
                double gi = upstream[reduction.equals("none") ? i : 0];
                double denominator = Math.max(type.cast(type.cast(1 - x) * x), epsilon);
                double r = type.cast(type.cast(gi * type.cast(x - targetsNow[i])) / denominator);
                if (weightsNow != null) {
                    r = type.cast(r * weightsNow[i % weightsNow.length]);
                }
                grad[i] = reduction.equals("mean") ? type.cast(r / n) : r;
            }
            return new Tensor[] {new Tensor(grad, input.shape.clone(), type),
                target.requiresGrad() ? bceTargetGradient(g, input, weight, reduction) : null};
        }, true);
    }

    /** ATen's binary_cross_entropy_with_logits_target_backward: -x, or log_sigmoid(-x) - pos_weight * log_sigmoid(x). */
    private static Tensor logitsTargetGradient(Tensor g, Tensor x, Tensor posWeight, String reduction) {
        Tensor grad = posWeight == null ? x.neg()
                : NnOps.logSigmoid(x.neg()).sub(NnOps.logSigmoid(x).mul(posWeight.detach()));
        return scaledByUpstream(grad, g, reduction);
    }

    /** ATen's binary_cross_entropy_target_backward: -logit(x) = log(1 - x) - log(x), weighted, / n for a mean. */
    private static Tensor bceTargetGradient(Tensor g, Tensor input, Tensor weight, String reduction) {
        Tensor x = input.detach();
        Tensor grad = x.neg().log1p().sub(x.log());
        if (weight != null) {
            grad = grad.mul(weight.detach());
        }
        return scaledByUpstream(grad, g, reduction);
    }

    /** A per-element gradient times the upstream one, divided by the element count for a mean. */
    private static Tensor scaledByUpstream(Tensor grad, Tensor g, String reduction) {
        Tensor scaled = grad.mul(reduction.equals("none") ? g : g.reshape(new int[0]));
        return reduction.equals("mean") ? scaled.div((double) grad.numel()) : scaled;
    }

    /**
     * {@code binary_cross_entropy_with_logits} with a per-element {@code weight} (broadcast to
     * the input): the unreduced losses times the weight, then reduced, as PyTorch computes it.
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, Tensor posWeight,
            String reduction) {
        if (weight == null) {
            return binaryCrossEntropyWithLogits(input, target, posWeight, reduction);
        }
        checkReduction(reduction);
        Tensor weighted = binaryCrossEntropyWithLogits(input, target, posWeight, "none").mul(weight);
        switch (reduction) {
            case "none":
                return weighted;
            case "sum":
                return weighted.sum();
            default:
                return weighted.mean();
        }
    }

    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor posWeight, String reduction) {
        checkReduction(reduction);
        if (!java.util.Arrays.equals(target.shape, input.shape)) {
            throw KindlingError.valueError("Target size (torch.Size(" + Shapes.str(target.shape) + ")) must be the same "
                    + "as input size (torch.Size(" + Shapes.str(input.shape) + "))");
        }
        DType type = input.dtype;
        int n = input.numel();
        double[] losses = new double[n];
        double[] xs = input.doubles();
        double[] ys = target.doubles();
        double[] posWeights = posWeight == null ? null : posWeight.doubles();
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            double pw = posWeights == null ? 1 : posWeights[i % posWeights.length];
            double logSigmoid = -softplus(-x);
            double logOneMinus = -softplus(x);
            losses[i] = type.cast(-(pw * y * logSigmoid + (1 - y) * logOneMinus));
        }
        Tensor elementwise = new Tensor(losses, input.shape.clone(), type);
        Tensor result = reduce(elementwise, reduction);
        Tensor out = new Tensor(result.elements, result.shape, result.dtype);
        return out.withGradFn("BinaryCrossEntropyWithLogitsBackward0", new Tensor[] {input, target}, g -> {
            // ATen's composite: sigmoid(x) - y (with pos_weight: ((pw*y + 1) - y) * sigmoid(x) - pw*y),
            // times the upstream gradient, then / n for a mean; sigmoid is the tensor op's kernel
            Tensor x = input.detach();
            Tensor y = target.detach();
            Tensor grad;
            if (posWeight == null) {
                grad = x.sigmoid().sub(y);
            } else {
                Tensor t = posWeight.detach().mul(y);
                grad = t.add(1.0).sub(y).mul(x.sigmoid()).sub(t);
            }
            grad = grad.mul(reduction.equals("none") ? g : g.reshape(new int[0]));
            return new Tensor[] {reduction.equals("mean") ? grad.div((double) n) : grad,
                target.requiresGrad() ? logitsTargetGradient(g, x, posWeight, reduction) : null};
        }, true);
    }

    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** {@code one_hot(indices, num_classes)}: int64 rows with a 1 at each index. */
    public static Tensor oneHot(Tensor indices, int numClasses) {
        int classes = numClasses;
        if (classes < 0) {
            for (double v : indices.doubles()) {
                classes = Math.max(classes, (int) v + 1);
            }
        }
        int[] shape = java.util.Arrays.copyOf(indices.shape, indices.shape.length + 1);
        shape[indices.shape.length] = classes;
        double[] out = Torch.allocate(shape, DType.INT64);
        double[] indicesValues = indices.doubles();
        for (int i = 0; i < indices.numel(); i++) {
            int c = (int) indicesValues[i];
            if (c < 0 || c >= classes) {
                throw KindlingError.runtimeError("Class values must be smaller than num_classes.");
            }
            out[i * classes + c] = 1;
        }
        return new Tensor(out, shape, DType.INT64);
    }

    /** Quadratic below beta, linear above: 0.5 d^2 / beta or |d| - 0.5 beta; beta 0 is l1_loss, as in PyTorch. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        checkReduction(reduction);
        if (beta < 0) {
            throw KindlingError.runtimeError("smooth_l1_loss does not support negative values for beta.");
        }
        if (beta == 0) {
            return l1Loss(input, target, reduction);
        }
        warnIfSizesDiffer(input, target);
        return piecewise("SmoothL1LossBackward0", input, target, reduction,
                d -> Math.abs(d) < beta ? 0.5 * d * d / beta : Math.abs(d) - 0.5 * beta,
                d -> Math.abs(d) < beta ? d / beta : Math.signum(d));
    }

    /** Quadratic below delta, linear above: 0.5 d^2 or delta (|d| - 0.5 delta). */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) {
        checkReduction(reduction);
        if (delta <= 0) {
            throw KindlingError.runtimeError("huber_loss does not support non-positive values for delta.");
        }
        warnIfSizesDiffer(input, target);
        return piecewise("HuberLossBackward0", input, target, reduction,
                d -> Math.abs(d) < delta ? 0.5 * d * d : delta * (Math.abs(d) - 0.5 * delta),
                d -> Math.abs(d) < delta ? d : delta * Math.signum(d));
    }

    /** A loss of d = input - target elementwise, one graph node whose rule is {@code slope(d)}. */
    private static Tensor piecewise(String node, Tensor input, Tensor target, String reduction,
            java.util.function.DoubleUnaryOperator loss, java.util.function.DoubleUnaryOperator slope) {
        Tensor diff = input.detach().sub(target.detach());
        Tensor result = reduce(Pointwise.map1(diff, diff.dtype, loss), reduction);
        Tensor out = new Tensor(result.elements, result.shape, result.dtype);
        int n = diff.numel();
        return out.withGradFn(node, new Tensor[] {input, target}, g -> {
            Tensor scaled = gradScale(g, reduction, n, diff.shape).mul(Pointwise.map1(diff, g.dtype, slope));
            return new Tensor[] {Gradients.sumToShape(scaled, input.shape),
                Gradients.sumToShape(scaled.neg(), target.shape)};
        }, true);
    }

    /**
     * KL divergence with input as log-probabilities, composed of tensor ops as PyTorch composes it
     * (so grad_fn is SubBackward0/MeanBackward0/...); 'batchmean' divides the sum by the batch size.
     */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        if (!reduction.equals("batchmean")) {
            checkReduction(reduction);
        }
        if (reduction.equals("mean")) {
            Warnings.warn(ErrorType.USER_WARNING, "reduction: 'mean' divides the total loss by both the batch size "
                    + "and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math "
                    + "definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.");
        }
        Tensor pointwise = logTarget ? target.exp().mul(target.sub(input))
                : xlogx(target).sub(target.mul(input));
        switch (reduction) {
            case "none":
                return pointwise;
            case "sum":
                return pointwise.sum();
            case "batchmean":
                return input.dim() == 0 ? pointwise.sum() : pointwise.sum().div((long) input.shape[0]);
            default:
                return pointwise.mean();
        }
    }

    /** t * log(t) with 0 where t is 0 (xlogy(t, t)). */
    private static Tensor xlogx(Tensor t) {
        Tensor positive = t.gt(0);
        Tensor safe = Torch.where(positive, t, 1.0);
        return Torch.where(positive, safe.mul(safe.log()), 0.0);
    }
}
