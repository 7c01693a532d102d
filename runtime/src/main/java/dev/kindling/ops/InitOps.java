package dev.kindling.ops;

import dev.kindling.nn.Init;

/** {@code torch.nn.init}: in-place initialisers of a parameter's values, drawn from a generator as PyTorch draws them. */
final class InitOps {
    private InitOps() {}

    static void declare(OpRegistry r) {
        r.initialiser("uniform_(Tensor(a!) tensor, float a=0., float b=1., Generator? generator=None) -> Tensor(a!)",
                a -> Init.uniform_(a.tensor("tensor"), a.scalar("a"), a.scalar("b"), a.generator("generator")))
                .doc("Fills with samples from U(a, b).", "nn.init.uniform_(torch.empty(2), -1, 1)");
        r.initialiser("normal_(Tensor(a!) tensor, float mean=0., float std=1., Generator? generator=None) -> Tensor(a!)",
                a -> Init.normal_(a.tensor("tensor"), a.scalar("mean"), a.scalar("std"), a.generator("generator")))
                .doc("Fills with samples from N(mean, std^2).", "nn.init.normal_(torch.empty(2))");
        r.initialiser("constant_(Tensor(a!) tensor, float val) -> Tensor(a!)",
                a -> Init.constant_(a.tensor("tensor"), a.scalar("val")))
                .doc("Fills with one value.", "nn.init.constant_(torch.empty(2), 0.3)");
        r.initialiser("zeros_(Tensor(a!) tensor) -> Tensor(a!)", a -> Init.constant_(a.tensor("tensor"), 0))
                .doc("Fills with zeros.", "nn.init.zeros_(torch.empty(2))");
        r.initialiser("ones_(Tensor(a!) tensor) -> Tensor(a!)", a -> Init.constant_(a.tensor("tensor"), 1))
                .doc("Fills with ones.", "nn.init.ones_(torch.empty(2))");
        r.initialiser("eye_(Tensor(a!) tensor) -> Tensor(a!)", a -> Init.eye_(a.tensor("tensor")))
                .doc("Fills a matrix with the identity.", "nn.init.eye_(torch.empty(2, 3))");
        r.initialiser("xavier_uniform_(Tensor(a!) tensor, float gain=1., Generator? generator=None) -> Tensor(a!)",
                a -> Init.xavierUniform_(a.tensor("tensor"), a.scalar("gain"), a.generator("generator")))
                .doc("Glorot's uniform initialisation for a layer's fan-in and fan-out.",
                        "nn.init.xavier_uniform_(torch.empty(2, 3))");
        r.initialiser("xavier_normal_(Tensor(a!) tensor, float gain=1., Generator? generator=None) -> Tensor(a!)",
                a -> Init.xavierNormal_(a.tensor("tensor"), a.scalar("gain"), a.generator("generator")))
                .doc("Glorot's normal initialisation for a layer's fan-in and fan-out.",
                        "nn.init.xavier_normal_(torch.empty(2, 3))");
        r.initialiser("kaiming_uniform_(Tensor(a!) tensor, float a=0, str mode=\"fan_in\", "
                + "str nonlinearity=\"leaky_relu\", Generator? generator=None) -> Tensor(a!)",
                a -> Init.kaimingUniform_(a.tensor("tensor"), a.scalar("a"), a.string("mode"), a.string("nonlinearity"),
                        a.generator("generator")))
                .doc("He's uniform initialisation (what nn.Linear uses with a=sqrt(5)).",
                        "nn.init.kaiming_uniform_(torch.empty(2, 3))");
        r.initialiser("kaiming_normal_(Tensor(a!) tensor, float a=0, str mode=\"fan_in\", "
                + "str nonlinearity=\"leaky_relu\", Generator? generator=None) -> Tensor(a!)",
                a -> Init.kaimingNormal_(a.tensor("tensor"), a.scalar("a"), a.string("mode"), a.string("nonlinearity"),
                        a.generator("generator")))
                .doc("He's normal initialisation.", "nn.init.kaiming_normal_(torch.empty(2, 3))");
        r.initialiser("calculate_gain(str nonlinearity, float? param=None) -> float",
                a -> Init.calculateGain(a.string("nonlinearity"), a.optionalScalar("param")))
                .doc("The recommended gain for a nonlinearity.", "nn.init.calculate_gain('relu')");
    }
}
