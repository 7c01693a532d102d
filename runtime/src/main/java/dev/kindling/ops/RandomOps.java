package dev.kindling.ops;

import static dev.kindling.ops.FactoryOptions.LIKE_OPTIONS;
import static dev.kindling.ops.FactoryOptions.OPTIONS;
import static dev.kindling.ops.FactoryOptions.dtype;
import static dev.kindling.ops.FactoryOptions.finish;
import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** Random tensors from a generator (the default one unless {@code generator=} is given), as PyTorch's CPU streams. */
final class RandomOps {
    private RandomOps() {}

    private static final String GENERATED = "*, Generator? generator=None, " + OPTIONS;

    static void declare(OpRegistry r) {
        r.op("rand(int[] size, " + GENERATED + ") -> Tensor",
                a -> finish(Torch.rand(a.generator("generator"), a.shape("size"), dtype(a, DType.FLOAT32)), a))
                .variants(FUNCTION).doc("Uniform samples in [0, 1).", "torch.rand(2, 3)");
        r.op("randn(int[] size, " + GENERATED + ") -> Tensor",
                a -> finish(Torch.normal(a.generator("generator"), a.shape("size"), dtype(a, DType.FLOAT32), 0, 1), a))
                .variants(FUNCTION).doc("Standard normal samples.", "torch.randn(2, 3)");
        r.op("rand_like(Tensor self, *, Generator? generator=None, " + LIKE_OPTIONS + ") -> Tensor",
                a -> finish(Torch.rand(a.generator("generator"), a.self().shape().toArray(),
                        dtype(a, a.self().dtype())), a))
                .variants(FUNCTION).doc("Uniform samples of input's shape.", "torch.rand_like(torch.zeros(2))");
        r.op("randn_like(Tensor self, *, Generator? generator=None, " + LIKE_OPTIONS + ") -> Tensor",
                a -> finish(Torch.normal(a.generator("generator"), a.self().shape().toArray(),
                        dtype(a, a.self().dtype()), 0, 1), a))
                .variants(FUNCTION).doc("Normal samples of input's shape.", "torch.randn_like(torch.zeros(2))");
        r.op("randint(int high, int[] size, " + GENERATED + ") -> Tensor", a -> randint(a, 0, a.integer("high")))
                .overload("randint(int low, int high, int[] size, " + GENERATED + ") -> Tensor",
                        a -> randint(a, a.integer("low"), a.integer("high")))
                .variants(FUNCTION).doc("Uniform integers in [low, high).", "torch.randint(0, 10, (3,))");
        r.op("randperm(int n, " + GENERATED + ") -> Tensor",
                a -> finish(Torch.randperm(a.generator("generator"), a.index("n"), dtype(a, DType.INT64)), a))
                .variants(FUNCTION).doc("A random permutation of 0..n-1.", "torch.randperm(5)");
        r.op("bernoulli(Tensor self, *, Generator? generator=None) -> Tensor",
                a -> Torch.bernoulli(a.generator("generator"), a.self())).variants(METHOD, FUNCTION)
                .doc("1 with probability p for each element p, else 0.", "torch.bernoulli(torch.full((3,), 0.5))");
        r.op("multinomial(Tensor self, int num_samples, bool replacement=False, *, Generator? generator=None) -> Tensor",
                a -> Torch.multinomial(a.generator("generator"), a.self(), a.index("num_samples"), a.bool("replacement")))
                .variants(METHOD, FUNCTION).doc("Category indices drawn from each row of weights (with or without "
                        + "replacement), as PyTorch's seeded stream draws them.",
                        "torch.multinomial(torch.tensor([0.1, 0.6, 0.3]), 2)");
        normal(r);
        r.op("uniform_(Tensor(a!) self, float from=0, float to=1, *, Generator? generator=None) -> Tensor(a!)",
                a -> Torch.uniform_(a.self(), a.scalar("from"), a.scalar("to"), a.generator("generator")))
                .variants(METHOD).doc("Fills with uniform samples in [from, to).", "torch.zeros(2).uniform_()");
        r.op("normal_(Tensor(a!) self, float mean=0, float std=1, *, Generator? generator=None) -> Tensor(a!)",
                a -> Torch.normal_(a.self(), a.scalar("mean"), a.scalar("std"), a.generator("generator")))
                .variants(METHOD).doc("Fills with normal samples.", "torch.zeros(2).normal_()");
    }

    private static Tensor randint(OpArgs a, long low, long high) {
        return finish(Torch.randint(a.generator("generator"), low, high, a.shape("size"), dtype(a, DType.INT64)), a);
    }

    private static void normal(OpRegistry r) {
        r.op("normal(Tensor mean, float std=1, *, Generator? generator=None) -> Tensor",
                a -> noise(a, a.tensor("mean")).mul(a.scalar("std")).add(a.tensor("mean")))
                .overload("normal(float mean, Tensor std, *, Generator? generator=None) -> Tensor",
                        a -> noise(a, a.tensor("std")).mul(a.tensor("std")).add(a.scalar("mean")))
                .overload("normal(Tensor mean, Tensor std, *, Generator? generator=None) -> Tensor",
                        a -> noise(a, a.tensor("mean")).mul(a.tensor("std")).add(a.tensor("mean")))
                .overload("normal(float mean, float std, int[] size, " + GENERATED + ") -> Tensor",
                        a -> finish(Torch.normal(a.generator("generator"), a.shape("size"), dtype(a, DType.FLOAT32),
                                a.scalar("mean"), a.scalar("std")), a))
                .variants(FUNCTION).doc("Normal samples with the given means and standard deviations.",
                        "torch.normal(0., 1., size=(2,))");
    }

    private static Tensor noise(OpArgs a, Tensor like) {
        return Torch.normal(a.generator("generator"), like.shape().toArray(), like.dtype(), 0, 1);
    }
}
