package dev.kindling.nn;

import java.util.function.UnaryOperator;

import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Tensor;

/**
 * The parameter-free layers that apply one function: ReLU, Sigmoid, Tanh, GELU, Identity,
 * LeakyReLU, Softmax, LogSoftmax, Flatten. Each prints as PyTorch prints it.
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
        return new Activation("ReLU", "", Tensor::relu);
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
        return new Activation("LeakyReLU", "negative_slope=" + dev.kindling.lang.format.FloatRepr.repr(slope),
                t -> t.leakyRelu(slope));
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

    @Override
    public String name() {
        return name;
    }

    @Override
    public String extraRepr() {
        return extra;
    }

    @Override
    public Object forward(Object... inputs) {
        return function.apply((Tensor) inputs[0]);
    }
}
