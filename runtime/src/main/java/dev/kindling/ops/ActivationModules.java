package dev.kindling.ops;

import dev.kindling.nn.Activation;
import dev.kindling.pyfmt.FloatRepr;

/**
 * {@code torch.nn}'s activation classes, by their constructors' signatures in
 * {@code torch/nn/modules/activation.py}. Each builds the {@link Activation} whose forward is the
 * function its {@code F.} form computes. Where a module's repr echoes a number as the caller
 * wrote it ({@code ELU(alpha=2)}), the parameter is a {@code Scalar}, as in PyTorch's own schemas
 * for elu, softplus and hardtanh, so an int stays an int.
 */
final class ActivationModules {
    private ActivationModules() {}

    static void declare(OpRegistry r) {
        rectifiers(r);
        squashers(r);
        normalizers(r);
    }

    private static void rectifiers(OpRegistry r) {
        r.module("ReLU(bool inplace=False) -> Module", a -> Activation.relu(a.bool("inplace")))
                .doc("max(x, 0) of each element.", "nn.ReLU()(torch.tensor([-1., 2.]))");
        r.module("LeakyReLU(float negative_slope=0.01, bool inplace=False) -> Module",
                a -> Activation.leakyRelu(a.scalar("negative_slope"), a.bool("inplace")))
                .doc("x, or negative_slope * x below zero.", "nn.LeakyReLU(0.1)(torch.tensor([-1., 2.]))");
        r.module("ReLU6(bool inplace=False) -> Module", a -> Activation.relu6(a.bool("inplace")))
                .doc("x clamped to [0, 6].", "nn.ReLU6()(torch.tensor([-1., 7.]))");
        r.module("SiLU(bool inplace=False) -> Module", a -> Activation.silu(a.bool("inplace")))
                .doc("x * sigmoid(x).", "nn.SiLU()(torch.tensor([1.]))");
        r.module("ELU(Scalar alpha=1.0, bool inplace=False) -> Module",
                a -> Activation.elu(a.scalar("alpha"), numberRepr(a.number("alpha")), a.bool("inplace")))
                .doc("x, or alpha * (exp(x) - 1) below zero.", "nn.ELU(alpha=2)(torch.tensor([-1., 1.]))");
        r.module("GELU(str approximate=\"none\") -> Module", a -> {
            ActivationOps.requireExactGelu(a.string("approximate"));
            return Activation.gelu();
        }).doc("x * Phi(x), Phi the standard normal CDF.", "nn.GELU()(torch.tensor([1.]))");
        r.module("Hardtanh(Scalar min_val=-1.0, Scalar max_val=1.0, bool inplace=False) -> Module",
                a -> Activation.hardtanh(a.scalar("min_val"), a.scalar("max_val"), numberRepr(a.number("min_val")),
                        numberRepr(a.number("max_val")), a.bool("inplace")))
                .doc("x clamped to [min_val, max_val].", "nn.Hardtanh(-2, 3)(torch.tensor([-5., 5.]))");
    }

    private static void squashers(OpRegistry r) {
        r.module("Sigmoid() -> Module", a -> Activation.sigmoid())
                .doc("1 / (1 + exp(-x)) of each element.", "nn.Sigmoid()(torch.tensor([0.]))");
        r.module("Tanh() -> Module", a -> Activation.tanh())
                .doc("The hyperbolic tangent of each element.", "nn.Tanh()(torch.tensor([0.5]))");
        r.module("Softsign() -> Module", a -> Activation.softsign())
                .doc("x / (1 + |x|).", "nn.Softsign()(torch.tensor([1.]))");
        r.module("LogSigmoid() -> Module", a -> Activation.logSigmoid())
                .doc("log(sigmoid(x)), computed stably.", "nn.LogSigmoid()(torch.tensor([1.]))");
        r.module("Softplus(Scalar beta=1.0, Scalar threshold=20.0) -> Module",
                a -> Activation.softplus(a.scalar("beta"), a.scalar("threshold"), numberRepr(a.number("beta")),
                        numberRepr(a.number("threshold"))))
                .doc("log(1 + exp(beta * x)) / beta.", "nn.Softplus(beta=2)(torch.tensor([1.]))");
    }

    private static void normalizers(OpRegistry r) {
        r.module("Softmax(int? dim=None) -> Module", a -> Activation.softmax(optionalIndex(a, "dim")))
                .doc("exp(x) / sum(exp(x)) along a dim.", "nn.Softmax(dim=0)(torch.tensor([1., 2.]))");
        r.module("LogSoftmax(int? dim=None) -> Module", a -> Activation.logSoftmax(optionalIndex(a, "dim")))
                .doc("log(softmax(x)) along a dim.", "nn.LogSoftmax(dim=0)(torch.tensor([1., 2.]))");
    }

    private static Integer optionalIndex(OpArgs a, String name) {
        return a.isNone(name) ? null : a.index(name);
    }

    /** A Scalar argument as Python prints it: 2 for an int, 2.0 for a float. */
    static String numberRepr(Object number) {
        if (number instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (number instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(number);
    }
}
