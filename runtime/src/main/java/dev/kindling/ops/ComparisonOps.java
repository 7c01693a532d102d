package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import java.util.function.BinaryOperator;

import dev.kindling.tensor.Tensor;

/** Element-wise comparisons, closeness tests and whole-tensor equality. */
final class ComparisonOps {
    private ComparisonOps() {}

    static void declare(OpRegistry r) {
        compare(r, "eq", Tensor::eq, "==");
        compare(r, "ne", Tensor::ne, "!=");
        compare(r, "lt", Tensor::lt, "<");
        compare(r, "le", Tensor::le, "<=");
        compare(r, "gt", Tensor::gt, ">");
        compare(r, "ge", Tensor::ge, ">=");
        r.op("isclose(Tensor self, Tensor other, float rtol=1e-05, float atol=1e-08, bool equal_nan=False) -> Tensor",
                a -> a.self().isclose(a.tensor("other"), a.scalar("rtol"), a.scalar("atol"), a.bool("equal_nan")))
                .variants(METHOD, FUNCTION).doc("True where |self - other| <= atol + rtol * |other|.",
                        "torch.isclose(torch.tensor([1.0]), torch.tensor([1.0 + 1e-9]))");
        r.op("allclose(Tensor self, Tensor other, float rtol=1e-05, float atol=1e-08, bool equal_nan=False) -> bool",
                a -> a.self().allclose(a.tensor("other"), a.scalar("rtol"), a.scalar("atol"), a.bool("equal_nan")))
                .variants(METHOD, FUNCTION).doc("Whether isclose holds for every element.",
                        "torch.allclose(torch.ones(2), torch.ones(2))");
        r.op("equal(Tensor self, Tensor other) -> bool", a -> a.self().shape().equals(a.tensor("other").shape())
                && a.self().eq(a.tensor("other")).all().at(0) != 0)
                .variants(METHOD, FUNCTION).doc("Whether both have the same shape and elements.",
                        "torch.equal(torch.ones(2), torch.ones(2))");
    }

    private static void compare(OpRegistry r, String name, BinaryOperator<Tensor> f, String symbol) {
        r.op(name + "(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> f.apply(a.self(), a.operand("other")))
                .variants(METHOD, FUNCTION).allowNumbersAsTensors()
                .doc("self " + symbol + " other for each element, broadcasting.", "torch." + name + "(torch.tensor([1, 2]), 2)");
    }
}
