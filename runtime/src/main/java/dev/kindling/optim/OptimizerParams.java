package dev.kindling.optim;

import java.util.List;
import java.util.Map;

import dev.kindling.tensor.Tensor;

/**
 * What an optimizer optimizes: its tensors in parameter groups, each group with the options it
 * sets for itself (PyTorch's {@code [{'params': [...], 'lr': 0.5}, ...]}); options a group leaves
 * out come from the optimizer's.
 *
 * <pre>{@code
 * Linear encoder = new Linear(4, 2), head = new Linear(2, 1);
 * OptimizerParams params = OptimizerParams.groups(
 *         List.of(encoder.parameters(), head.parameters()),
 *         List.of(Map.of(), Map.of("lr", 0.1)));
 * SGD sgd = new SGD(params, Map.of("lr", 0.01));
 * }</pre>
 *
 * @param groups       each group's tensors
 * @param groupOptions each group's own options, index for index with {@code groups}
 */
public record OptimizerParams(List<List<Tensor>> groups, List<Map<String, Object>> groupOptions) {

    public OptimizerParams {
        if (groups.size() != groupOptions.size()) {
            throw new IllegalArgumentException(groups.size() + " parameter groups but " + groupOptions.size()
                    + " option maps");
        }
        groups = List.copyOf(groups);
        groupOptions = List.copyOf(groupOptions);
    }

    /**
     * One group of tensors taking the optimizer's options, as {@code SGD(model.parameters())};
     * no tensors is no group, which the optimizer refuses as PyTorch's does.
     */
    public static OptimizerParams of(List<Tensor> params) {
        if (params.isEmpty()) {
            return new OptimizerParams(List.of(), List.of());
        }
        return new OptimizerParams(List.of(params), List.of(Map.of()));
    }

    /** Groups with their own options. */
    public static OptimizerParams groups(List<List<Tensor>> groups, List<Map<String, Object>> groupOptions) {
        return new OptimizerParams(groups, groupOptions);
    }

    /** Whether there is no group at all: PyTorch's "optimizer got an empty parameter list" (an empty group is allowed). */
    boolean isEmpty() {
        return groups.isEmpty();
    }
}
