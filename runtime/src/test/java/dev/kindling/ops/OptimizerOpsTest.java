package dev.kindling.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kindling.optim.Adam;
import dev.kindling.optim.AdamW;
import dev.kindling.optim.Optimizer;
import dev.kindling.optim.SGD;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * The optimizer declarations and the optimizers agree: every option a schema declares, with
 * its default, is the option the optimizer keeps when a script leaves it out.
 */
class OptimizerOpsTest {
    private static List<Tensor> params() {
        return List.of(Torch.tensor(List.of(1.0)).asParameter(true));
    }

    @Test
    void schemaDefaultsAreTheOptimizersDefaults() {
        check("SGD", new SGD(params(), Map.of()));
        check("Adam", new Adam(params(), Map.of()));
        check("AdamW", new AdamW(params(), Map.of()));
    }

    private static void check(String name, Optimizer made) {
        Op op = OpRegistry.standard().findOptimizer(name);
        assertNotNull(op, name);
        Map<String, Object> options = made.paramGroups().get(0).options;
        for (Param p : op.overloads().get(0).schema().params()) {
            if (p.name().equals("params")) {
                continue;
            }
            assertEquals(true, options.containsKey(p.name()), name + " keeps no " + p.name());
            assertEquals(normal(p.defaultValue()), normal(options.get(p.name())), name + "." + p.name());
        }
    }

    /** A number as a double and a float list as a list of doubles, so 0 and 0.0 compare equal. */
    private static Object normal(Object v) {
        if (v instanceof double[] d) {
            return Arrays.stream(d).boxed().toList();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(OptimizerOpsTest::normal).toList();
        }
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }

    @Test
    void schedulersAreDeclared() {
        assertEquals(List.of("optimizer", "step_size", "gamma", "last_epoch"),
                OpRegistry.standard().findScheduler("StepLR").overloads().get(0).schema().params().stream()
                        .map(Param::name).toList());
        assertNotNull(OpRegistry.standard().findScheduler("ExponentialLR"));
    }
}
