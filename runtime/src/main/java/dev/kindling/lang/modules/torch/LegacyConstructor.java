package dev.kindling.lang.modules.torch;

import java.util.List;

import dev.kindling.bind.Binder;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpArgs;
import dev.kindling.ops.OpRegistry;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * {@code torch.Tensor(...)}, PyTorch's legacy constructor of float32 tensors, parsed against the
 * signatures PyTorch's binder lists for it ({@code new(...)}): nothing, another tensor, a size
 * ({@code torch.Tensor(2, 3)}: zeros here, uninitialised in PyTorch) or data. As in PyTorch, a
 * list or tuple given first is data, not a size ({@code torch.Tensor([1, 2])}).
 */
final class LegacyConstructor {
    private LegacyConstructor() {}

    static BuiltinBody body() {
        Op data = new OpRegistry().op("new(Any data, *, Device? device=None) -> Tensor", LegacyConstructor::fromData);
        Op any = new OpRegistry().op("new(*, Device? device=None) -> Tensor", a -> sized(a, new int[] {0}))
                .overload("new(Tensor other) -> Tensor", a -> a.tensor("other"))
                .overload("new(int[] size, *, Device? device=None) -> Tensor", a -> sized(a, a.shape("size")))
                .overload("new(Any data, *, Device? device=None) -> Tensor", LegacyConstructor::fromData);
        BuiltinBody fromData = Binder.function(data, TorchArgs.CONVERTERS);
        BuiltinBody general = Binder.function(any, TorchArgs.CONVERTERS);
        return (a, k) -> a.length > 0 && (a[0] instanceof PyList || a[0] instanceof PyTuple)
                ? fromData.call(a, k) : general.call(a, k);
    }

    /** PyTorch's legacy constructor makes CPU tensors only. */
    private static void requireCpu(Device d) {
        if (d != null && !d.type().equals("cpu")) {
            throw KindlingError.runtimeError("legacy constructor expects device type: cpu but device type: " + d.type()
                    + " was passed");
        }
    }

    private static Tensor sized(OpArgs a, int[] size) {
        requireCpu(a.device("device"));
        for (int d : size) {
            if (d < 0) {
                throw KindlingError.runtimeError("Trying to create tensor with negative dimension " + d + ": "
                        + java.util.Arrays.toString(size).replace(" ", ""));
            }
        }
        return Torch.full(size, 0, DType.FLOAT32);
    }

    private static Tensor fromData(OpArgs a) {
        requireCpu(a.device("device"));
        Object data = a.get("data");
        if (!(data instanceof List<?>)) {
            throw KindlingError.typeError("new(): data must be a sequence (got " + pythonType(data) + ")");
        }
        return Torch.tensor(data, DType.FLOAT32);
    }

    private static String pythonType(Object value) {
        return value instanceof Boolean ? "bool" : value instanceof Long ? "int" : value instanceof Tensor ? "Tensor"
                : "float";
    }
}
