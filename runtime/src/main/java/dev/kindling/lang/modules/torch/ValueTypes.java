package dev.kindling.lang.modules.torch;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Compare;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PySlice;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Size;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.ValuesIndices;

/** The small value types of torch: {@code torch.dtype}, {@code torch.Size}, and the return types of max/sort/topk. */
final class ValueTypes {
    static final PyClass DTYPE = PyClass.javaType("dtype", "torch", BuiltinTypes.OBJECT, null);
    static final PyClass SIZE = PyClass.javaType("Size", "torch", BuiltinTypes.TUPLE,
            (a, k) -> new Size(a.length == 0 ? new int[0] : TorchArgs.ints(a[0], "Size")));
    static final PyClass RETURN_TYPES = PyClass.javaType("return_types", "torch", BuiltinTypes.OBJECT, null);

    private ValueTypes() {}

    static {
        JavaTypes.register(DType.class, DTYPE);
        Bindings.method(DTYPE, "__repr__", (a, k) -> a[0].toString());
        DTYPE.define("is_floating_point", new PyGetSet("is_floating_point", d -> ((DType) d).isFloatingPoint(), null));
        DTYPE.define("itemsize", new PyGetSet("itemsize", d -> (long) ((DType) d).itemSize(), null));

        JavaTypes.register(Size.class, SIZE);
        Bindings.method(SIZE, "__repr__", (a, k) -> a[0].toString());
        Bindings.method(SIZE, "__len__", (a, k) -> (long) ((Size) a[0]).rank());
        Bindings.method(SIZE, "__iter__", (a, k) -> new PyIterator(items((Size) a[0]).iterator(), "tuple_iterator"));
        Bindings.method(SIZE, "__getitem__", (a, k) -> {
            Size s = (Size) a[0];
            PyTuple t = PyTuple.fromList(items(s));
            Object r = Ops.getItem(t, a[1]);
            return a[1] instanceof PySlice ? new Size(TorchArgs.ints(r, "Size")) : r;
        });
        Bindings.method(SIZE, "__eq__", (a, k) -> Compare.eq(PyTuple.fromList(items((Size) a[0])),
                a[1] instanceof Size o ? PyTuple.fromList(items(o)) : a[1]));
        Bindings.method(SIZE, "__ne__", (a, k) -> !Compare.eq(PyTuple.fromList(items((Size) a[0])),
                a[1] instanceof Size o ? PyTuple.fromList(items(o)) : a[1]));
        Bindings.method(SIZE, "__hash__", (a, k) -> (long) Compare.hash(PyTuple.fromList(items((Size) a[0]))));
        Bindings.method(SIZE, "numel", (a, k) -> ((Size) a[0]).numel());

        JavaTypes.register(ValuesIndices.class, RETURN_TYPES);
        RETURN_TYPES.define("values", new PyGetSet("values", v -> ((ValuesIndices) v).values(), null));
        RETURN_TYPES.define("indices", new PyGetSet("indices", v -> ((ValuesIndices) v).indices(), null));
        Bindings.method(RETURN_TYPES, "__repr__", (a, k) -> a[0].toString());
        Bindings.method(RETURN_TYPES, "__iter__", (a, k) -> new PyIterator(pair((ValuesIndices) a[0]).iterator(),
                "tuple_iterator"));
        Bindings.method(RETURN_TYPES, "__len__", (a, k) -> 2L);
        Bindings.method(RETURN_TYPES, "__getitem__", (a, k) -> Ops.getItem(PyTuple.fromList(pair((ValuesIndices) a[0])),
                a[1]));
    }

    static List<Object> items(Size s) {
        List<Object> out = new ArrayList<>();
        for (int d : s.toArray()) {
            out.add((long) d);
        }
        return out;
    }

    private static List<Tensor> pair(ValuesIndices v) {
        return List.of(v.values(), v.indices());
    }

    /** Forces this class's registrations. */
    static void install() {
    }
}
