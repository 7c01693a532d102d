package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.method;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.tensor.random.CpuGenerator;
import dev.kindling.tensor.random.Distributions;

/**
 * {@code torch.utils.data.Subset} and {@code random_split}: a dataset seen through a list of
 * indices, and a split into such subsets by a permutation drawn as PyTorch draws it (randperm
 * on the given or default generator), so a seeded split picks PyTorch's items.
 */
final class Subsets {
    private Subsets() {}

    /** {@code Subset(dataset, indices)}: item i is {@code dataset[indices[i]]}. */
    static final class Subset implements PyObj {
        static final PyClass TYPE = PyClass.javaType("Subset", "torch.utils.data", DataModule.DATASET, (a, k) -> {
            Object[] p = Args.bind("Subset", a, k, "dataset", "indices");
            return new Subset(p[0], Ops.toList(p[1]));
        });

        static {
            method(TYPE, "__len__", (a, k) -> (long) ((Subset) a[0]).indices.size());
            method(TYPE, "__getitem__", (a, k) -> ((Subset) a[0]).item(a[1]));
            TYPE.define("dataset", new dev.kindling.lang.objects.PyGetSet("dataset", o -> ((Subset) o).dataset, null));
            TYPE.define("indices", new dev.kindling.lang.objects.PyGetSet("indices",
                    o -> new PyList(((Subset) o).indices), null));
        }

        final Object dataset;
        final List<Object> indices;

        Subset(Object dataset, List<Object> indices) {
            this.dataset = dataset;
            this.indices = indices;
        }

        private Object item(Object index) {
            if (index instanceof PyList list) {
                List<Object> items = new ArrayList<>();
                for (Object i : list.items()) {
                    items.add(item(i));
                }
                return new PyList(items);
            }
            long i = Ops.toIndex(index);
            int n = indices.size();
            if (i < -n || i >= n) {
                throw KindlingError.indexError("list index out of range");
            }
            return Ops.getItem(dataset, indices.get((int) (i < 0 ? i + n : i)));
        }

        @Override
        public PyClass type() {
            return TYPE;
        }
    }

    /** {@code random_split(dataset, lengths, generator=default_generator)}. */
    static Object randomSplit(Object[] a, java.util.Map<String, Object> k) {
        Object[] p = Args.bind("random_split", a, k, "dataset", "lengths", "generator=");
        Object dataset = p[0];
        int n = (int) Ops.len(dataset);
        long[] lengths = lengths(Ops.toList(p[1]), n);
        long total = 0;
        for (long l : lengths) {
            total += l;
        }
        if (total != n) {
            throw KindlingError.valueError("Sum of input lengths does not equal the length of the input dataset!");
        }
        long[] order = Distributions.randperm(n, GeneratorType.orDefault(p[2]));
        List<Object> subsets = new ArrayList<>();
        int offset = 0;
        for (long length : lengths) {
            List<Object> indices = new ArrayList<>();
            for (int i = offset; i < offset + length; i++) {
                indices.add(order[i]);
            }
            offset += (int) length;
            subsets.add(new Subset(dataset, indices));
        }
        return new PyList(subsets);
    }

    /** Lengths as given, or fractions summing to 1 turned into counts as PyTorch does (floor, then remainder round-robin). */
    private static long[] lengths(List<Object> given, int n) {
        long[] out = new long[given.size()];
        boolean fractions = given.stream().anyMatch(v -> v instanceof Double);
        double sum = given.stream().mapToDouble(Ops::toDouble).sum();
        if (!fractions || Math.abs(sum - 1) > 1e-9 || sum > 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Ops.toLong(given.get(i));
            }
            return out;
        }
        long assigned = 0;
        for (int i = 0; i < out.length; i++) {
            double frac = Ops.toDouble(given.get(i));
            if (frac < 0 || frac > 1) {
                throw KindlingError.valueError("Fraction at index " + i + " is not between 0 and 1");
            }
            out[i] = (long) Math.floor(n * frac);
            assigned += out[i];
        }
        for (int i = 0; i < n - assigned; i++) {
            out[i % out.length]++;
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0) {
                Warnings.warn(ErrorType.USER_WARNING, "Length of split at index " + i + " is 0. This might result in an "
                        + "empty dataset.");
            }
        }
        return out;
    }
}
