package dev.kindling.nn;

import java.util.function.UnaryOperator;

import dev.kindling.pyfmt.FloatRepr;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.NnOps;
import dev.kindling.tensor.Tensor;

/**
 * The parameter-free layers that apply one function: ReLU, Sigmoid, Tanh, GELU, Identity,
 * LeakyReLU, Softmax, LogSoftmax, Flatten. Each prints as PyTorch prints it.
 *
 * <pre>{@code
 * Activation relu = Activation.relu();
 * Tensor y = (Tensor) relu.forward(Torch.tensor(new double[] {-1, 2}));   // tensor([0., 2.])
 * }</pre>
 */
public class Activation extends Module {
    private final String name;
    private final String extra;
    private final UnaryOperator<Tensor> function;

    public Activation(String name, String extra, UnaryOperator<Tensor> function) {
        this.name = name;
        this.extra = extra;
        this.function = function;
    }

    public static Activation relu() {
        return relu(false);
    }

    /** {@code nn.ReLU(inplace=...)}: in place, the input itself is rectified and returned. */
    public static Activation relu(boolean inplace) {
        return new Activation("ReLU", inplace ? "inplace=True" : "", inplace ? Tensor::relu_ : Tensor::relu);
    }

    public static Activation sigmoid() {
        return new Activation("Sigmoid", "", Tensor::sigmoid);
    }

    public static Activation tanh() {
        return new Activation("Tanh", "", Tensor::tanh);
    }

    public static Activation gelu() {
        return new Activation("GELU", "approximate='none'", Tensor::gelu);
    }

    public static Activation identity() {
        return new Activation("Identity", "", t -> t);
    }

    public static Activation leakyRelu(double slope) {
        return leakyRelu(slope, false);
    }

    public static Activation leakyRelu(double slope, boolean inplace) {
        return new Activation("LeakyReLU", "negative_slope=" + FloatRepr.repr(slope)
                + inplaceRepr(inplace), inplace ? t -> t.leakyRelu_(slope) : t -> t.leakyRelu(slope));
    }

    public static Activation softmax(Integer dim) {
        return new Activation("Softmax", "dim=" + (dim == null ? "None" : dim), t -> t.softmax(dim == null ? Functional.implicitSoftmaxDim("softmax", t) : dim));
    }

    public static Activation logSoftmax(Integer dim) {
        return new Activation("LogSoftmax", "dim=" + (dim == null ? "None" : dim),
                t -> t.logSoftmax(dim == null ? Functional.implicitSoftmaxDim("log_softmax", t) : dim));
    }

    public static Activation flatten(int startDim, int endDim) {
        return new Activation("Flatten", "start_dim=" + startDim + ", end_dim=" + endDim,
                t -> t.flatten(startDim, endDim));
    }

    /** {@code sizesRepr} is the sizes argument's Python repr: a tuple or a list, as given. */
    public static Activation unflatten(int dim, int[] sizes, String sizesRepr) {
        return new Activation("Unflatten", "dim=" + dim + ", unflattened_size=" + sizesRepr,
                t -> Functional.unflatten(t, dim, sizes));
    }

    public static Activation silu(boolean inplace) {
        return new Activation("SiLU", inplace ? "inplace=True" : "", inplace ? t -> NnOps.inPlace(t, NnOps::silu)
                : NnOps::silu);
    }

    /** {@code alpha} is the argument's Python repr: PyTorch prints ELU(alpha=2) for an int. */
    public static Activation elu(double alpha, String alphaRepr, boolean inplace) {
        return new Activation("ELU", "alpha=" + alphaRepr + inplaceRepr(inplace),
                inplace ? t -> NnOps.eluInPlace(t, alpha) : t -> NnOps.elu(t, alpha));
    }

    public static Activation softplus(double beta, double threshold, String betaRepr, String thresholdRepr) {
        return new Activation("Softplus", "beta=" + betaRepr + ", threshold=" + thresholdRepr,
                t -> NnOps.softplus(t, beta, threshold));
    }

    public static Activation hardtanh(double min, double max, String minRepr, String maxRepr, boolean inplace) {
        UnaryOperator<Tensor> f = t -> NnOps.hardtanh(t, min, max);
        return new Activation("Hardtanh", "min_val=" + minRepr + ", max_val=" + maxRepr + inplaceRepr(inplace),
                inplace ? t -> NnOps.inPlace(t, f) : f);
    }

    /** ReLU6 is hardtanh(0, 6) in PyTorch too, so its grad_fn is HardtanhBackward0. */
    public static Activation relu6(boolean inplace) {
        UnaryOperator<Tensor> f = t -> NnOps.hardtanh(t, 0, 6);
        return new Activation("ReLU6", inplace ? "inplace=True" : "", inplace ? t -> NnOps.inPlace(t, f) : f);
    }

    private static String inplaceRepr(boolean inplace) {
        return inplace ? ", inplace=True" : "";
    }

    public static Activation softsign() {
        return new Activation("Softsign", "", NnOps::softsign);
    }

    public static Activation logSigmoid() {
        return new Activation("LogSigmoid", "", NnOps::logSigmoid);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String extraRepr() {
        return extra;
    }

    @Override
    public java.util.List<String> tensorInputs() {
        return java.util.List.of("input");
    }

    @Override
    public Object forward(Object... inputs) {
        return function.apply((Tensor) inputs[0]);
    }
}
