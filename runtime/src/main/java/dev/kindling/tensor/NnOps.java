package dev.kindling.tensor;

import dev.kindling.tensor.cpu.Float32Kernels;

/**
 * The torch.nn.functional activations beyond relu/sigmoid/tanh/gelu (silu, elu, softplus,
 * hardtanh, logsigmoid), each one graph node named as PyTorch names it. Kept apart from
 * Pointwise so the activation family grows in one place.
 */
public final class NnOps {
    private NnOps() {}

    private static DType floating(Tensor a) {
        return a.dtype.isFloatingPoint() ? a.dtype : DType.DEFAULT_FLOAT;
    }

    /** x * sigmoid(x). */
    public static Tensor silu(Tensor a) {
        DType t = floating(a);
        Tensor out = t == DType.FLOAT32 ? siluFloat(a) : Pointwise.map1(a, t, v -> v / (1 + Math.exp(-v)));
        return out.withGradFn("SiluBackward0", new Tensor[] {a}, g -> new Tensor[] {floatGradient(g, a)
            // ATen's silu_backward: (g * s) * (1 + x * (1 - s)), s = 1 / (1 + exp(-x)), the last
            // multiply-add fused (PyTorch's build contracted it)
            ? gradientInFloats(g, a, (gi, x, exp) -> {
                float s = 1f / (1f + exp.apply(-x));
                return (gi * s) * Math.fma(x, 1f - s, 1f);
            })
            : g.mul(Pointwise.map1(a, g.dtype, v -> {
                double s = 1 / (1 + Math.exp(-v));
                return s * (1 + v * (1 - s));
            }))}, true);
    }

    /**
     * float32 silu as ATen's kernel: {@code x / (1 + exp(-x))} in float, exp being the numerics
     * policy's for each element ({@link Float32Kernels#mapWithExp}).
     */
    private static Tensor siluFloat(Tensor a) {
        return Pointwise.mapFloatsWithExp(a, (x, exp) -> x / (1f + exp.apply(-x)));
    }

    /** x for x > 0, else alpha * (exp(x) - 1). */
    public static Tensor elu(Tensor a, double alpha) {
        return elu(a, alpha, "EluBackward0");
    }

    /** elu_ (inplace=True): PyTorch names its node EluBackward1. */
    public static Tensor eluInPlace(Tensor a, double alpha) {
        return inPlace(a, base -> elu(base, alpha, "EluBackward1"));
    }

    /**
     * An activation's inplace=True form: computed from a snapshot carrying the input's history,
     * then written back into the input, which takes over the result's history (PyTorch's x.op_()).
     */
    public static Tensor inPlace(Tensor a, java.util.function.UnaryOperator<Tensor> op) {
        return Pointwise.inPlace(a, op.apply(a.inPlaceBase()));
    }

    private static Tensor elu(Tensor a, double alpha, String node) {
        DType t = floating(a);
        float alphaFloat = (float) alpha;
        return Pointwise.map1(a, t, v -> v > 0 ? v : alpha * Math.expm1(v)).withGradFn(node,
                new Tensor[] {a}, g -> new Tensor[] {floatGradient(g, a) ? gradientInFloats(g, a,
                        // ATen's elu_backward: x <= 0 ? ((g * 1) * alpha) * exp(x * 1) : g * 1
                        (gi, x, exp) -> x <= 0 ? gi * alphaFloat * exp.apply(x) : gi)
                    : g.mul(Pointwise.map1(a, g.dtype, v -> v > 0 ? 1 : alpha * Math.exp(v)))}, true);
    }

    /** An element of a float32 gradient from the upstream element, the input element, and the exp to use for it. */
    private interface FloatGradient {
        float apply(float upstream, float x, Float32Kernels.FloatFunction exp);
    }

    /**
     * Whether a gradient takes a float32 kernel in ATen's order ({@link #gradientInFloats}): not
     * when the backward pass is itself recorded (create_graph), which needs the composite.
     */
    private static boolean floatGradient(Tensor g, Tensor a) {
        return a.dtype == DType.FLOAT32 && Gradients.byKernel(g, a);
    }

    /** A float32 gradient element by element, each with the policy's exp for it ({@link Float32Kernels#mapWithExp}). */
    private static Tensor gradientInFloats(Tensor g, Tensor a, FloatGradient f) {
        float[] x = a.floatValues();
        float[] gv = g.floatValues();
        float[] r = TorchState.current().kernels().mapWithExp(x.length, (i, exp) -> f.apply(gv[i], x[i], exp));
        return new Tensor(Elements.ofFloat32(r), a.shape.clone(), DType.FLOAT32);
    }

    /** log(1 + exp(beta x)) / beta, and x itself where beta x exceeds threshold (no overflow). */
    public static Tensor softplus(Tensor a, double beta, double threshold) {
        DType t = floating(a);
        float betaFloat = (float) beta;
        float thresholdFloat = (float) threshold;
        return Pointwise.map1(a, t, v -> v * beta > threshold ? v : Math.log1p(Math.exp(v * beta)) / beta)
                .withGradFn("SoftplusBackward0", new Tensor[] {a}, g -> new Tensor[] {floatGradient(g, a)
                    // ATen's softplus_backward: z = exp(x * beta); x * beta > threshold ? g : g * z / (z + 1)
                    ? gradientInFloats(g, a, (gi, x, exp) -> {
                        float z = exp.apply(x * betaFloat);
                        return x * betaFloat > thresholdFloat ? gi : gi * z / (z + 1f);
                    })
                    : g.mul(Pointwise.map1(a, g.dtype, v -> v * beta > threshold ? 1 : 1 / (1 + Math.exp(-v * beta))))},
                    true);
    }

    /** clamp(x, min, max) whose gradient is zero at the bounds too, as ATen's hardtanh_backward. */
    public static Tensor hardtanh(Tensor a, double min, double max) {
        return Pointwise.map1(a, a.dtype, v -> Double.isNaN(v) ? v : Math.min(Math.max(v, min), max))
                .withGradFn("HardtanhBackward0", new Tensor[] {a}, g -> new Tensor[] {g.mul(Pointwise.map1(a, g.dtype,
                    v -> v <= min || v >= max ? 0 : 1))}, true);
    }

    /** log(sigmoid(x)), computed as min(x, 0) - log1p(exp(-|x|)) so large |x| stays finite. */
    public static Tensor logSigmoid(Tensor a) {
        DType t = floating(a);
        return Pointwise.map1(a, t, v -> Math.min(v, 0) - Math.log1p(Math.exp(-Math.abs(v))))
                .withGradFn("LogSigmoidBackward0", new Tensor[] {a}, g -> new Tensor[] {g.mul(Pointwise.map1(a,
                    g.dtype, v -> 1 / (1 + Math.exp(v))))}, true);
    }

    /** x / (1 + |x|), composed of tensor ops as in PyTorch (its grad_fn is DivBackward0). */
    public static Tensor softsign(Tensor a) {
        return a.div(a.abs().add(1));
    }
}
