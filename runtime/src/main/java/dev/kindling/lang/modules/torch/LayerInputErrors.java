package dev.kindling.lang.modules.torch;

import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.nn.Module;
import dev.kindling.nn.Sequential;
import dev.kindling.tensor.Tensor;

/**
 * The error PyTorch raises when a layer is called with something that is not a tensor
 * ({@code model([[1.0]])}, a plain list): PyTorch's forward passes the input on to a function
 * whose argument parser rejects it ({@code linear(): argument 'input' (position 1) must be Tensor,
 * not list}), or calls a tensor method on it ({@code 'list' object has no attribute 'size'}, as
 * the losses do). A Sequential fails where its first layer does.
 */
final class LayerInputErrors {
    /** Per layer: the function PyTorch's forward calls first, or ".method" for a method call on the input. */
    private static final Map<String, String> FIRST_CALL = Map.ofEntries(
            Map.entry("Linear", "linear"),
            Map.entry("ReLU", "relu"),
            Map.entry("Sigmoid", "sigmoid"),
            Map.entry("Tanh", "tanh"),
            Map.entry("GELU", "gelu"),
            Map.entry("LeakyReLU", "leaky_relu"),
            Map.entry("Dropout", "dropout"),
            Map.entry("Softmax", ".softmax"),
            Map.entry("LogSoftmax", ".log_softmax"),
            Map.entry("Flatten", ".flatten"),
            Map.entry("MSELoss", ".size"),
            Map.entry("L1Loss", ".size"),
            Map.entry("BCELoss", ".size"),
            Map.entry("BCEWithLogitsLoss", ".size"),
            Map.entry("CrossEntropyLoss", "cross_entropy_loss"),
            Map.entry("NLLLoss", "nll_loss_nd"));

    private LayerInputErrors() {}

    /** Raises PyTorch's error when one of forward's {@code inputs} (named {@code names}) is not a tensor. */
    static void check(Module layer, List<String> names, Object[] inputs) {
        Module first = layer;
        while (first instanceof Sequential s && s.size() > 0) {
            first = s.get(0);
        }
        String call = FIRST_CALL.get(first.name());
        boolean methodCall = call != null && call.startsWith(".");
        // A method call on the inputs looks at the target first: PyTorch's losses test target.size() == input.size().
        for (int k = 0; k < inputs.length; k++) {
            int i = methodCall ? inputs.length - 1 - k : k;
            Object value = inputs[i];
            if (value instanceof Tensor) {
                continue;
            }
            if (methodCall) {
                throw KindlingError.of(ErrorType.ATTRIBUTE_ERROR,
                        "'" + Ops.typeName(value) + "' object has no attribute '" + call.substring(1) + "'");
            }
            String function = call != null ? call : layer.name() + ".forward";
            throw KindlingError.typeError(function + "(): argument '" + names.get(i) + "' (position " + (i + 1)
                    + ") must be Tensor, not " + Ops.typeName(value));
        }
    }
}
