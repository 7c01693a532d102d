package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** Element-wise ops: unary math, arithmetic with broadcasting and their in-place forms, clamps, lerp, addcmul. */
final class PointwiseOps {
    /** Unary ops PyTorch gives no {@code out=}. */
    private static final Set<String> WITHOUT_OUT = Set.of("relu", "isnan", "isinf", "isfinite");

    /** The dtype rule of the clamps' and round's out=: exactly the result's dtype. */
    private static final OutDtype FOUND_DTYPE = OutDtype.same((result, out) -> "Found dtype " + out + " but expected " + result);

    private PointwiseOps() {}

    static void declare(OpRegistry r) {
        unary(r);
        arithmetic(r);
        inPlace(r);
        clamps(r);
        ternary(r);
    }

    private static void unary(OpRegistry r) {
        math(r, "abs", Tensor::abs, "AbsBackward0", "The absolute value of each element.", "torch.abs(torch.tensor([-1., 2.]))");
        math(r, "sqrt", Tensor::sqrt, "SqrtBackward0", "The square root of each element.", "torch.sqrt(torch.tensor([4., 9.]))");
        math(r, "rsqrt", Tensor::rsqrt, "RsqrtBackward0", "1 / sqrt of each element.", "torch.rsqrt(torch.tensor([4.]))");
        math(r, "square", Tensor::square, "PowBackward0", "Each element squared.", "torch.square(torch.tensor([3.]))");
        math(r, "exp", Tensor::exp, "ExpBackward0", "e to the power of each element.", "torch.exp(torch.tensor([0., 1.]))");
        math(r, "log", Tensor::log, "LogBackward0", "The natural logarithm of each element.", "torch.log(torch.tensor([1., 2.]))");
        math(r, "log1p", Tensor::log1p, "Log1PBackward0", "log(1 + x), accurate for small x.", "torch.log1p(torch.tensor([0.001]))");
        math(r, "sin", Tensor::sin, "SinBackward0", "The sine of each element (radians).", "torch.sin(torch.tensor([0.5]))");
        math(r, "cos", Tensor::cos, "CosBackward0", "The cosine of each element (radians).", "torch.cos(torch.tensor([0.5]))");
        math(r, "tanh", Tensor::tanh, "TanhBackward0", "The hyperbolic tangent of each element.", "torch.tanh(torch.tensor([0.5]))");
        math(r, "sigmoid", Tensor::sigmoid, "SigmoidBackward0", "1 / (1 + exp(-x)) of each element.", "torch.sigmoid(torch.tensor([0.]))");
        math(r, "relu", Tensor::relu, "ReluBackward0", "max(x, 0) of each element.", "torch.relu(torch.tensor([-1., 2.]))");
        math(r, "floor", Tensor::floor, "FloorBackward0", "Rounds each element down.", "torch.floor(torch.tensor([1.5]))");
        math(r, "ceil", Tensor::ceil, "CeilBackward0", "Rounds each element up.", "torch.ceil(torch.tensor([1.5]))");
        math(r, "trunc", Tensor::trunc, "TruncBackward0", "Rounds each element toward zero.", "torch.trunc(torch.tensor([-1.5]))");
        math(r, "sign", Tensor::sign, "SignBackward0", "-1, 0 or 1 by each element's sign.", "torch.sign(torch.tensor([-2., 0.]))");
        math(r, "reciprocal", Tensor::reciprocal, "ReciprocalBackward0", "1 / x of each element.", "torch.reciprocal(torch.tensor([4.]))");
        math(r, "neg", Tensor::neg, "NegBackward0", "-x of each element.", "torch.neg(torch.tensor([1.]))");
        r.op("positive(Tensor(a) self) -> Tensor(a)", a -> positive(a.self())).variants(METHOD, FUNCTION)
                .doc("The tensor itself: unary plus.", "torch.positive(torch.tensor([-1., 2.]))");
        math(r, "bitwise_not", Tensor::bitwiseNot, null, "~x of each element: bits flipped, or a bool negated.",
                "torch.bitwise_not(torch.tensor([0, 5]))");
        math(r, "logical_not", Tensor::logicalNot, null, "True where an element is zero.", "torch.logical_not(torch.tensor([0., 1.]))");
        math(r, "isnan", Tensor::isnan, null, "True where an element is NaN.", "torch.isnan(torch.tensor([float('nan')]))");
        math(r, "isinf", Tensor::isinf, null, "True where an element is infinite.", "torch.isinf(torch.tensor([float('inf')]))");
        math(r, "isfinite", Tensor::isfinite, null, "True where an element is finite.", "torch.isfinite(torch.tensor([1.]))");
        r.op("round(Tensor self, *, int decimals=0, Tensor(a!)? out=None) -> Tensor",
                a -> a.given("decimals") ? a.self().round(a.index("decimals")) : a.self().round())
                .variants(METHOD, FUNCTION).grad("RoundBackward0").outDtype(FOUND_DTYPE)
                .doc("Rounds each element half to even, or to a number of decimals.", "torch.round(torch.tensor([2.5]))");
    }

    private static void math(OpRegistry r, String name, UnaryOperator<Tensor> f, String grad, String doc, String example) {
        String out = WITHOUT_OUT.contains(name) ? "" : ", *, Tensor(a!)? out=None";
        Op op = r.op(name + "(Tensor self" + out + ") -> Tensor", a -> f.apply(a.self())).variants(METHOD, FUNCTION).doc(doc, example);
        if (grad != null) {
            op.grad(grad);
        }
    }

    private static void arithmetic(OpRegistry r) {
        r.op("add(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!)? out=None) -> Tensor", a -> a.given("alpha")
                ? a.self().add(a.operand("other"), a.scalar("alpha")) : a.self().add(a.operand("other")))
                .deprecatedOverload("add(Tensor self, Scalar alpha, Tensor other) -> Tensor",
                        a -> a.self().add(a.operand("other"), a.scalar("alpha")))
                .variants(METHOD, FUNCTION).allowNumbersAsTensors().grad("AddBackward0")
                .doc("self + alpha * other, broadcasting.", "torch.add(torch.tensor([1., 2.]), 10)");
        r.op("sub(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!)? out=None) -> Tensor", a -> a.given("alpha")
                ? a.self().add(a.operand("other"), -a.scalar("alpha")) : a.self().sub(a.operand("other")))
                .deprecatedOverload("sub(Tensor self, Scalar alpha, Tensor other) -> Tensor",
                        a -> a.self().add(a.operand("other"), -a.scalar("alpha")))
                .variants(METHOD, FUNCTION).allowNumbersAsTensors().grad("SubBackward0")
                .doc("self - alpha * other, broadcasting.", "torch.sub(torch.tensor([1., 2.]), 1)");
        binary(r, "mul", Tensor::mul, "MulBackward0", "Element-wise product, broadcasting.");
        binary(r, "div", Tensor::div, "DivBackward0", "Element-wise true division, broadcasting.");
        r.op("rsub(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor", a -> rsub(a, "RsubBackward0"))
                .overload("rsub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor",
                        a -> rsub(a, "RsubBackward1"))
                .variants(FUNCTION).grad("RsubBackward0")
                .doc("other - alpha * self: subtraction with the operands swapped.", "torch.rsub(torch.tensor([1., 2.]), 10)");
        binary(r, "floor_divide", Tensor::floorDivide, null, "Element-wise division rounded down.");
        binary(r, "remainder", Tensor::remainder, null, "Element-wise remainder with the divisor's sign.");
        r.op("pow(Tensor self, Tensor exponent, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().pow(a.operand("exponent")))
                .variants(METHOD, FUNCTION).allowNumbersAsTensors().grad("PowBackward0")
                .doc("Each element to a power.", "torch.pow(torch.tensor([2., 3.]), 2)");
        r.op("maximum(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().maximum(a.tensor("other")))
                .variants(METHOD, FUNCTION).grad("MaximumBackward0")
                .doc("The larger of two elements.", "torch.maximum(torch.tensor([1., 5.]), torch.tensor([3., 2.]))");
        r.op("minimum(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().minimum(a.tensor("other")))
                .variants(METHOD, FUNCTION).grad("MinimumBackward0")
                .doc("The smaller of two elements.", "torch.minimum(torch.tensor([1., 5.]), torch.tensor([3., 2.]))");
        r.op("logaddexp(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> logaddexp(a.self(), a.tensor("other")))
                .variants(METHOD, FUNCTION).grad("LogaddexpBackward0")
                .doc("log(exp(self) + exp(other)), computed without overflow.",
                        "torch.logaddexp(torch.tensor([-100., 0., 1000.]), torch.tensor([-100., 0., 1000.]))");
        bitwise(r, "bitwise_and", Tensor::bitwiseAnd, "Element-wise bitwise and (logical and for bool).");
        bitwise(r, "bitwise_or", Tensor::bitwiseOr, "Element-wise bitwise or (logical or for bool).");
        bitwise(r, "bitwise_xor", Tensor::bitwiseXor, "Element-wise bitwise exclusive or.");
        r.op("logical_and(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().logicalAnd(a.tensor("other")))
                .variants(METHOD, FUNCTION)
                .doc("True where both are non-zero.", "torch.logical_and(torch.tensor([1, 0]), torch.tensor([1, 1]))");
        r.op("logical_or(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().logicalOr(a.tensor("other")))
                .variants(METHOD, FUNCTION)
                .doc("True where either is non-zero.", "torch.logical_or(torch.tensor([1, 0]), torch.tensor([0, 0]))");
    }

    /**
     * log(exp(x) + exp(y)) without overflow, as ATen's kernel: max(x, y) + log1p(exp(-|x - y|)),
     * and x itself where both are the same infinity (the formula would give nan there). Composed
     * of Kindling's exp and log1p, float32 results may differ in the last bit from ATen's
     * vectorised kernel, which takes SLEEF's.
     */
    private static Tensor logaddexp(Tensor x, Tensor y) {
        return Composite.of("LogaddexpBackward0", new Tensor[] {x, y}, () -> {
            Tensor formula = x.maximum(y).add(x.sub(y).abs().neg().exp().log1p());
            return Torch.where(x.isinf().logicalAnd(x.eq(y)), x, formula);
        }, g -> new Tensor[] {g.div(y.sub(x).exp().add(1)), g.div(x.sub(y).exp().add(1))});
    }

    /** other - alpha * self, recorded as PyTorch records it: RsubBackward0 for a tensor other, 1 for a number. */
    private static Tensor rsub(OpArgs a, String node) {
        Tensor self = a.self();
        Tensor other = a.operand("other");
        double alpha = a.given("alpha") ? a.scalar("alpha") : 1;
        return Composite.of(node, new Tensor[] {self, other},
                () -> alpha == 1 ? other.sub(self) : other.add(self, -alpha), g -> new Tensor[] {g.mul(-alpha), g});
    }

    /** Unary plus: the tensor itself, which PyTorch refuses for bool tensors. */
    private static Tensor positive(Tensor self) {
        if (self.dtype() == DType.BOOL) {
            throw KindlingError.runtimeError("The `+` operator, on a bool tensor is not supported.");
        }
        return self;
    }

    private static void binary(OpRegistry r, String name, BinaryOperator<Tensor> f, String grad, String doc) {
        Op op = r.op(name + "(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> f.apply(a.self(), a.operand("other")))
                .variants(METHOD, FUNCTION).allowNumbersAsTensors()
                .doc(doc, "torch." + name + "(torch.tensor([7., 8.]), 2)");
        if (grad != null) {
            op.grad(grad);
        }
    }

    /** A bitwise op on integer or bool tensors, the other operand a tensor or a number. */
    private static void bitwise(OpRegistry r, String name, BinaryOperator<Tensor> f, String doc) {
        r.op(name + ".Tensor(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> f.apply(a.self(), a.tensor("other")))
                .overload(name + ".Scalar(Tensor self, Scalar other, *, Tensor(a!)? out=None) -> Tensor",
                        a -> f.apply(a.self(), a.operand("other")))
                .variants(METHOD, FUNCTION).doc(doc, "torch." + name + "(torch.tensor([12, 10]), 6)");
    }

    private static void inPlace(OpRegistry r) {
        r.op("add_(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)", a -> a.given("alpha")
                ? a.self().add_(a.operand("other"), a.scalar("alpha")) : a.self().add_(a.operand("other")))
                .variants(METHOD).allowNumbersAsTensors().doc("In-place add.", "torch.zeros(2).add_(1)");
        r.op("sub_(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)", a -> a.given("alpha")
                ? a.self().add_(a.operand("other"), -a.scalar("alpha")) : a.self().sub_(a.operand("other")))
                .variants(METHOD).allowNumbersAsTensors().doc("In-place subtract.", "torch.zeros(2).sub_(1)");
        inPlaceBinary(r, "mul_", Tensor::mul_, "In-place multiply.");
        inPlaceBinary(r, "div_", Tensor::div_, "In-place divide.");
        inPlaceBinary(r, "pow_", Tensor::pow_, "In-place power.");
        inPlaceBinary(r, "floor_divide_", Tensor::floorDivide_, "In-place division rounded down.");
        inPlaceBinary(r, "remainder_", Tensor::remainder_, "In-place remainder.");
        inPlaceBitwise(r, "bitwise_and_", Tensor::bitwiseAnd_, "In-place bitwise and.");
        inPlaceBitwise(r, "bitwise_or_", Tensor::bitwiseOr_, "In-place bitwise or.");
        inPlaceBitwise(r, "bitwise_xor_", Tensor::bitwiseXor_, "In-place bitwise exclusive or.");
        r.op("relu_(Tensor(a!) self) -> Tensor(a!)", a -> a.self().relu_()).variants(METHOD, FUNCTION)
                .doc("In-place relu.", "torch.tensor([-1., 1.]).relu_()");
        r.op("zero_(Tensor(a!) self) -> Tensor(a!)", a -> a.self().zero_()).variants(METHOD)
                .doc("Fills with zeros in place.", "torch.ones(2).zero_()");
        r.op("fill_(Tensor(a!) self, Scalar value) -> Tensor(a!)", a -> a.self().fill_(a.scalar("value")))
                .variants(METHOD).doc("Fills with a value in place.", "torch.zeros(2).fill_(7)");
        r.op("copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)",
                a -> a.self().copy_(a.tensor("src"))).variants(METHOD).allowNumbersAsTensors()
                .doc("Copies src's elements in place, broadcasting.", "torch.zeros(2).copy_(torch.ones(2))");
    }

    private static void inPlaceBinary(OpRegistry r, String name, BinaryOperator<Tensor> f, String doc) {
        r.op(name + "(Tensor(a!) self, Tensor other) -> Tensor(a!)", a -> f.apply(a.self(), a.operand("other")))
                .variants(METHOD).allowNumbersAsTensors().doc(doc, "torch.ones(2)." + name + "(2)");
    }

    private static void inPlaceBitwise(OpRegistry r, String name, BinaryOperator<Tensor> f, String doc) {
        r.op(name + "(Tensor(a!) self, Tensor other) -> Tensor(a!)", a -> f.apply(a.self(), a.operand("other")))
                .variants(METHOD).allowNumbersAsTensors().doc(doc, "torch.tensor([12, 10])." + name + "(6)");
    }

    private static void clamps(OpRegistry r) {
        Kernel clamp = a -> a.self().clamp(a.optionalScalar("min"), a.optionalScalar("max"));
        r.op("clamp(Tensor self, Scalar? min=None, Scalar? max=None, *, Tensor(a!)? out=None) -> Tensor", clamp).variants(METHOD, FUNCTION)
                .outDtype(FOUND_DTYPE)
                .grad("ClampBackward1").doc("Limits each element to [min, max].", "torch.clamp(torch.tensor([-2., 5.]), 0, 1)");
        r.op("clip(Tensor self, Scalar? min=None, Scalar? max=None, *, Tensor(a!)? out=None) -> Tensor", clamp).variants(METHOD, FUNCTION)
                .outDtype(FOUND_DTYPE)
                .grad("ClampBackward1").doc("Alias of clamp.", "torch.clip(torch.tensor([-2., 5.]), 0, 1)");
        r.op("clamp_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)",
                a -> a.self().clamp_(a.optionalScalar("min"), a.optionalScalar("max"))).variants(METHOD)
                .doc("In-place clamp.", "torch.tensor([-2., 5.]).clamp_(0, 1)");
        r.op("clamp_min(Tensor self, Scalar min, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().clampMin(a.scalar("min"))).outDtype(FOUND_DTYPE)
                .variants(METHOD, FUNCTION).grad("ClampMinBackward0")
                .doc("Limits each element from below.", "torch.clamp_min(torch.tensor([-2., 5.]), 0)");
        r.op("clamp_max(Tensor self, Scalar max, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().clampMax(a.scalar("max"))).outDtype(FOUND_DTYPE)
                .variants(METHOD, FUNCTION).grad("ClampMaxBackward0")
                .doc("Limits each element from above.", "torch.clamp_max(torch.tensor([-2., 5.]), 0)");
    }

    private static void ternary(OpRegistry r) {
        r.op("lerp(Tensor self, Tensor end, Scalar weight, *, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().lerp(a.tensor("end"), a.scalar("weight"))).variants(METHOD, FUNCTION)
                .grad("LerpBackward0")
                .doc("self + weight * (end - self).", "torch.lerp(torch.zeros(2), torch.ones(2), 0.25)");
        r.op("addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().addcmul(a.tensor("tensor1"), a.tensor("tensor2"), a.scalar("value")))
                .variants(METHOD, FUNCTION).grad("AddcmulBackward0")
                .doc("self + value * tensor1 * tensor2.", "torch.addcmul(torch.zeros(2), torch.ones(2), torch.ones(2))");
        r.op("addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().addcdiv(a.tensor("tensor1"), a.tensor("tensor2"), a.scalar("value")))
                .variants(METHOD, FUNCTION).grad("AddcdivBackward0")
                .doc("self + value * tensor1 / tensor2.", "torch.addcdiv(torch.zeros(2), torch.ones(2), torch.ones(2))");
    }
}
