package dev.kindling.autograd;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.provider.Arguments;

import dev.kindling.ops.Op;
import dev.kindling.ops.OpArgs;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Schema;
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

    /**
     * The registry's op of that name (torch's, else F's) applied to one tensor, every other
     * argument left at its schema default: the kernel Python's {@code torch.name(t)} runs.
     */
    static Tensor unary(String name, Tensor t) {
        OpRegistry registry = OpRegistry.standard();
        Op op = registry.find(name) != null ? registry.find(name) : registry.findFunctional(name);
        Schema schema = op.overloads().get(0).schema();
        Object[] values = new Object[schema.params().size()];
        boolean[] given = new boolean[values.length];
        values[0] = t;
        given[0] = true;
        for (int i = 1; i < values.length; i++) {
            values[i] = schema.params().get(i).defaultValue();
        }
        return (Tensor) op.overloads().get(0).kernel().apply(new OpArgs(schema, values, given));
    }

    /** One parameterised case: a name, the function of the inputs, and the inputs. */
    static Arguments op(String name, Function<List<Tensor>, Tensor> f, Tensor... inputs) {
        return Arguments.of(name, f, List.of(inputs));
    }
}
