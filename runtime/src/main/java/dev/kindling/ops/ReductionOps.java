package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;

/** Reductions over all elements or along dims, softmax, cumulative ops, sorting and top-k. */
final class ReductionOps {
    /** amax's and amin's out= must have the input's dtype. */
    private static final OutDtype EXTREME_DTYPE = OutDtype.same((input, out) -> "Expected the dtype for input and out to "
            + "match, but got " + input + " for input's dtype and " + out + " for out's dtype.");

    private ReductionOps() {}

    /** any's and all's out= must be bool. */
    private static OutDtype boolResult(String name) {
        return (result, out, args) -> out.dtype() == dev.kindling.tensor.DType.BOOL ? null
                : KindlingError.runtimeError(name + " only supports bool tensor for result, got: " + OutDtype.typeName(out.dtype()));
    }

    /** mean's out= takes the castable dtypes; the overload without dim refuses in its own words. */
    private static KindlingError meanOutDtype(Tensor result, Tensor out, OpArgs args) {
        if (OutDtype.castable(result.dtype(), out.dtype())) {
            return null;
        }
        return args.schema().params().stream().anyMatch(p -> p.name().equals("dim"))
                ? OutDtype.CASTABLE.refusal(result, out, args)
                : KindlingError.runtimeError("mean.dtype_out(): input types can't be cast to the desired output type "
                        + OutDtype.typeName(out.dtype()));
    }

    static void declare(OpRegistry r) {
        sums(r);
        extremes(r);
        spreads(r);
        alongDim(r);
        sorting(r);
    }

    /** {@code dim=None} (or an empty list) reduces over every element. */
    private static int[] dims(OpArgs a) {
        int[] d = a.ints("dim");
        return d == null || d.length == 0 ? null : d;
    }

    private static Tensor withDtype(Tensor t, OpArgs a) {
        return a.isNone("dtype") ? t : t.to(a.dtype("dtype"));
    }

    private static void sums(OpRegistry r) {
        r.op("sum(Tensor self, *, ScalarType? dtype=None) -> Tensor", a -> withDtype(a.self().sum(), a))
                .overload("sum(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!)? out=None) -> Tensor",
                        a -> withDtype(dims(a) == null ? a.self().sum() : a.self().sum(dims(a), a.bool("keepdim")), a))
                .variants(METHOD, FUNCTION).grad("SumBackward0").outDtype(OutDtype.ANY)
                .doc("The sum of all elements, or along dims.", "torch.sum(torch.tensor([[1., 2.], [3., 4.]]), dim=0)");
        r.op("mean(Tensor self, *, ScalarType? dtype=None, Tensor(a!)? out=None) -> Tensor", a -> withDtype(a.self(), a).mean())
                .overload("mean(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!)? out=None) -> Tensor", a -> {
                    Tensor src = withDtype(a.self(), a);
                    return dims(a) == null ? src.mean() : src.mean(dims(a), a.bool("keepdim"));
                })
                .variants(METHOD, FUNCTION).grad("MeanBackward0").outDtype(ReductionOps::meanOutDtype)
                .doc("The mean of all elements, or along dims.", "torch.mean(torch.tensor([1., 2., 6.]))");
        r.op("prod(Tensor self, *, ScalarType? dtype=None) -> Tensor", a -> withDtype(a.self().prod(), a))
                .overload("prod(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!)? out=None) -> Tensor",
                        a -> withDtype(a.self().prod(a.index("dim"), a.bool("keepdim")), a))
                .variants(METHOD, FUNCTION).grad("ProdBackward0").outDtype(OutDtype.ANY)
                .doc("The product of all elements, or along a dim.", "torch.prod(torch.tensor([2., 3.]))");
        r.op("logsumexp(Tensor self, int[1] dim, bool keepdim=False, *, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().logsumexp(a.ints("dim"), a.bool("keepdim"))).variants(METHOD, FUNCTION)
                .grad("LogsumexpBackward0").outDtype((result, out, args) -> out.dtype().isFloatingPoint() ? null
                        : KindlingError.runtimeError("logsumexp(): Expected floating point type for result tensor, but got: "
                                + OutDtype.typeName(out.dtype())))
                .doc("log(sum(exp(x))) along dims, computed stably.", "torch.logsumexp(torch.tensor([1., 2.]), 0)");
        r.op("count_nonzero(Tensor self, int[1]? dim=None) -> Tensor", a -> a.self().countNonzero(dims(a)))
                .variants(METHOD, FUNCTION)
                .doc("How many elements are non-zero, overall or along dims.", "torch.count_nonzero(torch.tensor([0, 1, 2]))");
    }

    private static void extremes(OpRegistry r) {
        r.op("max(Tensor self) -> Tensor", a -> a.self().max())
                .overload("max(Tensor self, Tensor other) -> Tensor", a -> a.self().maximum(a.tensor("other")))
                .overload("max(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)",
                        a -> a.self().max(a.index("dim"), a.bool("keepdim")))
                .variants(METHOD, FUNCTION).grad("MaxBackward1")
                .doc("The largest element; along a dim, (values, indices); with a tensor, maximum.",
                        "torch.max(torch.tensor([[1., 5.], [3., 2.]]), dim=1)");
        r.op("min(Tensor self) -> Tensor", a -> a.self().min())
                .overload("min(Tensor self, Tensor other) -> Tensor", a -> a.self().minimum(a.tensor("other")))
                .overload("min(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)",
                        a -> a.self().min(a.index("dim"), a.bool("keepdim")))
                .variants(METHOD, FUNCTION).grad("MinBackward1")
                .doc("The smallest element; along a dim, (values, indices); with a tensor, minimum.",
                        "torch.min(torch.tensor([[1., 5.], [3., 2.]]), dim=1)");
        r.op("amax(Tensor self, int[1] dim=[], bool keepdim=False, *, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().amax(dims(a), a.bool("keepdim"))).variants(METHOD, FUNCTION).grad("AmaxBackward0").outDtype(EXTREME_DTYPE)
                .doc("The largest elements along dims.", "torch.amax(torch.tensor([[1., 5.], [3., 2.]]), dim=0)");
        r.op("amin(Tensor self, int[1] dim=[], bool keepdim=False, *, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().amin(dims(a), a.bool("keepdim"))).variants(METHOD, FUNCTION).grad("AminBackward0").outDtype(EXTREME_DTYPE)
                .doc("The smallest elements along dims.", "torch.amin(torch.tensor([[1., 5.], [3., 2.]]), dim=0)");
        r.op("argmax(Tensor self, int? dim=None, bool keepdim=False, *, Tensor(a!)? out=None) -> Tensor", a -> a.isNone("dim")
                ? a.self().argmax() : a.self().argmax(a.index("dim"), a.bool("keepdim"))).variants(METHOD, FUNCTION)
                .outDtype(OutDtype.SAME)
                .doc("The index of the largest element, overall or along a dim.", "torch.argmax(torch.tensor([1., 5., 3.]))");
        r.op("argmin(Tensor self, int? dim=None, bool keepdim=False, *, Tensor(a!)? out=None) -> Tensor", a -> a.isNone("dim")
                ? a.self().argmin() : a.self().argmin(a.index("dim"), a.bool("keepdim"))).variants(METHOD, FUNCTION)
                .outDtype(OutDtype.SAME)
                .doc("The index of the smallest element, overall or along a dim.", "torch.argmin(torch.tensor([1., 5., 3.]))");
        r.op("any(Tensor self, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().any()).variants(METHOD, FUNCTION)
                .outDtype(boolResult("any"))
                .doc("Whether any element is non-zero.", "torch.any(torch.tensor([0, 1]))");
        r.op("all(Tensor self, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().all()).variants(METHOD, FUNCTION)
                .outDtype(boolResult("all"))
                .doc("Whether every element is non-zero.", "torch.all(torch.tensor([0, 1]))");
    }

    private static void spreads(OpRegistry r) {
        for (String name : new String[] {"var", "std"}) {
            boolean std = name.equals("std");
            r.op(name + "(Tensor self, bool unbiased=True) -> Tensor", a -> spread(std, a.self(), null,
                    a.bool("unbiased"), false))
                    .overload(name + "(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False, *, Tensor(a!)? out=None) -> Tensor",
                            a -> spread(std, a.self(), dims(a), a.bool("unbiased"), a.bool("keepdim")))
                    .overload(name + "(Tensor self, int[1]? dim=None, *, Scalar? correction=None, bool keepdim=False, Tensor(a!)? out=None)"
                            + " -> Tensor", a -> spread(std, a.self(), dims(a),
                                    a.isNone("correction") || a.scalar("correction") != 0, a.bool("keepdim")))
                    .variants(METHOD, FUNCTION).grad(std ? "StdBackward0" : "VarBackward0")
                    .doc(std ? "The standard deviation, Bessel-corrected unless unbiased=False."
                            : "The variance, Bessel-corrected unless unbiased=False.",
                            "torch." + name + "(torch.tensor([1., 2., 4.]))");
        }
        r.op("norm(Tensor self, Scalar? p=2, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor",
                a -> norm(a.self(), a.isNone("p") ? 2 : a.scalar("p"), dims(a), a.bool("keepdim")))
                .variants(METHOD, FUNCTION).grad("LinalgVectorNormBackward0")
                .doc("The p-norm of all elements, or along dims.", "torch.norm(torch.tensor([3., 4.]))");
    }

    private static Tensor spread(boolean std, Tensor s, int[] dims, boolean unbiased, boolean keepdim) {
        return std ? s.std(dims, unbiased, keepdim) : s.var(dims, unbiased, keepdim);
    }

    private static Tensor norm(Tensor s, double order, int[] dims, boolean keepdim) {
        if (order == 2) {
            return dims == null ? s.norm() : s.mul(s).sum(dims, keepdim).correctlyRoundedSqrt();
        }
        if (order == 1) {
            return dims == null ? s.abs().sum() : s.abs().sum(dims, keepdim);
        }
        Tensor powered = s.abs().pow(order);
        Tensor summed = dims == null ? powered.sum() : powered.sum(dims, keepdim);
        return summed.pow(1.0 / order);
    }

    private static void alongDim(OpRegistry r) {
        r.op("softmax(Tensor self, int dim, ScalarType? dtype=None, *, Tensor(a!)? out=None) -> Tensor",
                a -> withDtype(a.self(), a).softmax(a.index("dim"))).variants(METHOD, FUNCTION).grad("SoftmaxBackward0").outDtype(OutDtype.SAME)
                .doc("exp(x) / sum(exp(x)) along a dim.", "torch.softmax(torch.tensor([1., 2., 3.]), dim=0)");
        r.op("log_softmax(Tensor self, int dim, ScalarType? dtype=None, *, Tensor(a!)? out=None) -> Tensor",
                a -> withDtype(a.self(), a).logSoftmax(a.index("dim"))).variants(METHOD, FUNCTION)
                .grad("LogSoftmaxBackward0").outDtype(OutDtype.SAME)
                .doc("log(softmax(x)) along a dim, computed stably.", "torch.log_softmax(torch.tensor([1., 2.]), dim=0)");
        r.op("cumsum(Tensor self, int dim, *, ScalarType? dtype=None, Tensor(a!)? out=None) -> Tensor",
                a -> withDtype(a.self(), a).cumsum(a.index("dim"))).variants(METHOD, FUNCTION).grad("CumsumBackward0")
                .doc("Running sums along a dim.", "torch.cumsum(torch.tensor([1, 2, 3]), dim=0)");
        r.op("cumprod(Tensor self, int dim, *, ScalarType? dtype=None, Tensor(a!)? out=None) -> Tensor",
                a -> withDtype(a.self(), a).cumprod(a.index("dim"))).variants(METHOD, FUNCTION).grad("CumprodBackward0")
                .doc("Running products along a dim.", "torch.cumprod(torch.tensor([1, 2, 3]), dim=0)");
    }

    private static void sorting(OpRegistry r) {
        r.op("sort(Tensor self, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)",
                a -> a.self().sort(a.index("dim"), a.bool("descending"))).variants(METHOD, FUNCTION).grad("SortBackward0")
                .doc("The elements sorted along a dim, with their indices.", "torch.sort(torch.tensor([3., 1., 2.]))");
        r.op("argsort(Tensor self, int dim=-1, bool descending=False) -> Tensor",
                a -> a.self().sort(a.index("dim"), a.bool("descending")).indices()).variants(METHOD, FUNCTION)
                .doc("The indices that sort a dim.", "torch.argsort(torch.tensor([3., 1., 2.]))");
        r.op("topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)",
                a -> a.self().topk(a.index("k"), a.index("dim"), a.bool("largest"))).variants(METHOD, FUNCTION)
                .grad("TopkBackward0")
                .doc("The k largest (or smallest) elements along a dim, with their indices.",
                        "torch.topk(torch.tensor([3., 1., 2.]), 2)");
    }
}
