package dev.kindling.ops;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.optim.Adam;
import dev.kindling.optim.AdamW;
import dev.kindling.optim.LRScheduler;
import dev.kindling.optim.Optimizer;
import dev.kindling.optim.OptimizerParams;
import dev.kindling.optim.SGD;

/**
 * {@code torch.optim}'s optimizers and {@code torch.optim.lr_scheduler}'s schedulers, each by its
 * PyTorch constructor's parameters and defaults. The optimizer checks its hyperparameters and
 * refuses what Kindling cannot honour; the kernels pass on only the options a call gave, so the
 * rest keep the optimizer's defaults as PyTorch spells them ({@code momentum: 0}).
 */
final class OptimizerOps {
    private OptimizerOps() {}

    private static final String OPTIONS = "bool? foreach=None, bool maximize=False, bool capturable=False, "
            + "bool differentiable=False, bool? fused=None";

    static void declare(OpRegistry r) {
        r.optimizer("SGD(Any params, float lr=0.001, float momentum=0, float dampening=0, float weight_decay=0, "
                + "bool nesterov=False, *, bool maximize=False, bool? foreach=None, bool differentiable=False, "
                + "bool? fused=None) -> Optimizer", a -> new SGD(params(a), given(a)))
                .doc("Stochastic gradient descent, with momentum, dampening, Nesterov momentum and weight decay.",
                        "torch.optim.SGD([torch.zeros(2, requires_grad=True)], lr=0.1, momentum=0.9)");
        r.optimizer("Adam(Any params, float lr=0.001, float[2] betas=(0.9, 0.999), float eps=1e-08, "
                + "float weight_decay=0, bool amsgrad=False, *, " + OPTIONS + ", bool decoupled_weight_decay=False)"
                + " -> Optimizer", a -> new Adam(params(a), given(a)))
                .doc("Adam: steps scaled by running averages of the gradient and of its square.",
                        "torch.optim.Adam([torch.zeros(2, requires_grad=True)], lr=0.01, betas=(0.8, 0.9))");
        r.optimizer("AdamW(Any params, float lr=0.001, float[2] betas=(0.9, 0.999), float eps=1e-08, "
                + "float weight_decay=0.01, bool amsgrad=False, *, bool maximize=False, bool? foreach=None, "
                + "bool capturable=False, bool differentiable=False, bool? fused=None) -> Optimizer",
                a -> new AdamW(params(a), given(a)))
                .doc("Adam with decoupled weight decay.",
                        "torch.optim.AdamW([torch.zeros(2, requires_grad=True)], lr=0.01)");
        r.scheduler("StepLR(Any optimizer, int step_size, float gamma=0.1, int last_epoch=-1) -> LRScheduler",
                a -> new LRScheduler(optimizer(a, "StepLR"), a.integer("step_size"), a.scalar("gamma")))
                .doc("Multiplies each group's learning rate by gamma every step_size epochs.",
                        "torch.optim.lr_scheduler.StepLR(torch.optim.SGD([torch.zeros(2, requires_grad=True)]), 10)");
        r.scheduler("ExponentialLR(Any optimizer, float gamma, int last_epoch=-1) -> LRScheduler",
                a -> new LRScheduler(optimizer(a, "ExponentialLR"), 1, a.scalar("gamma")))
                .doc("Multiplies each group's learning rate by gamma every epoch.",
                        "torch.optim.lr_scheduler.ExponentialLR(torch.optim.SGD([torch.zeros(2, requires_grad=True)]),"
                        + " 0.9)");
    }

    private static OptimizerParams params(OpArgs a) {
        return (OptimizerParams) a.get("params");
    }

    /** The options the call gave, by PyTorch's names; a float list (betas) as the list the optimizer keeps. */
    private static Map<String, Object> given(OpArgs a) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (Param p : a.schema().params()) {
            if (!p.name().equals("params") && a.given(p.name())) {
                Object v = a.get(p.name());
                options.put(p.name(), v instanceof double[] d ? Arrays.stream(d).boxed().toList() : v);
            }
        }
        return options;
    }

    /** The scheduled optimizer; resuming a schedule (last_epoch other than -1) is not something Kindling does. */
    private static Optimizer optimizer(OpArgs a, String scheduler) {
        if (a.integer("last_epoch") != -1) {
            throw KindlingError.notImplementedError(scheduler + ": last_epoch other than -1 (resuming a schedule) "
                    + "is not supported in Kindling");
        }
        return (Optimizer) a.get("optimizer");
    }
}
