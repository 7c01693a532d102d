package dev.kindling.autograd;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.provider.Arguments;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** What the gradcheck test classes share: random float64 inputs away from kinks, and named cases. */
final class GradCheckCases {
    private GradCheckCases() {}

    /** A random float64 leaf; {@code positive} draws from [0.5, 1.5], else from ±[0.2, 1.2] (away from 0). */
    static Tensor input(CpuGenerator rng, boolean positive, int... shape) {
        Tensor u = Torch.rand(rng, shape, DType.FLOAT64);
        Tensor sign = Torch.rand(rng, shape, DType.FLOAT64);
        for (int i = 0; i < u.numel(); i++) {
            double magnitude = (positive ? 0.5 : 0.2) + u.at(i);
            u.setAt(i, positive || sign.at(i) > 0.5 ? magnitude : -magnitude);
        }
        return u.requiresGrad_(true);
    }

    /** One parameterised case: a name, the function of the inputs, and the inputs. */
    static Arguments op(String name, Function<List<Tensor>, Tensor> f, Tensor... inputs) {
        return Arguments.of(name, f, List.of(inputs));
    }
}
