package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.method;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;
import dev.kindling.tensor.random.Distributions;

/**
 * {@code torch.utils.data}: Dataset and IterableDataset (base classes for scripts), TensorDataset and DataLoader,
 * with PyTorch's default collation and RandomSampler seeding, so shuffled batches match.
 */
final class DataModule {
    static final PyClass DATASET = PyClass.javaType("Dataset", "torch.utils.data", BuiltinTypes.OBJECT, null);

    private DataModule() {}

    static PyModule utils() {
        PyModule utils = new PyModule("torch.utils");
        utils.set("data", data());
        return utils;
    }

    static PyModule data() {
        PyModule m = new PyModule("torch.utils.data");
        m.set("Dataset", DATASET);
        m.set("IterableDataset", IterableDatasets.TYPE);
        m.set("TensorDataset", TensorDataset.TYPE);
        m.set("DataLoader", DataLoader.TYPE);
        m.set("Subset", Subsets.Subset.TYPE);
        Bindings.function(m, "random_split", Subsets::randomSplit);
        return m;
    }

    /** {@code TensorDataset(*tensors)}: item i is the tuple of each tensor's row i. */
    static final class TensorDataset implements PyObj {
        static final PyClass TYPE = PyClass.javaType("TensorDataset", "torch.utils.data", DATASET,
                TensorDataset::create);

        static {
            // a script's subclass of TensorDataset is backed by a Java dataset, made here
            method(TYPE, "__init__", (a, k) -> {
                if (a[0] instanceof PyInstance i) {
                    i.setPeer(create(java.util.Arrays.copyOfRange(a, 1, a.length), k));
                }
                return PyNone.NONE;
            });
            method(TYPE, "__len__", (a, k) -> (long) of(a[0]).tensors.get(0).size(0));
            method(TYPE, "__getitem__", (a, k) -> {
                TensorDataset d = of(a[0]);
                Object[] row = new Object[d.tensors.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = d.tensors.get(i).get(TorchArgs.index(a[1]));
                }
                return new PyTuple(row);
            });
            TYPE.define("tensors", new dev.kindling.lang.objects.PyGetSet("tensors",
                    o -> PyTuple.fromList(of(o).tensors), null));
        }

        private static TensorDataset create(Object[] a, java.util.Map<String, Object> k) {
            Args.bind("TensorDataset", new Object[0], k);
            List<Tensor> tensors = new ArrayList<>();
            for (Object o : a) {
                if (!(o instanceof Tensor t)) {
                    throw KindlingError.of(dev.kindling.errors.ErrorType.ATTRIBUTE_ERROR,
                            "'" + Ops.typeName(o) + "' object has no attribute 'size'");
                }
                tensors.add(t);
            }
            for (Tensor t : tensors) {
                if (t.size(0) != tensors.get(0).size(0)) {
                    throw KindlingError.of(dev.kindling.errors.ErrorType.ASSERTION_ERROR,
                            "Size mismatch between tensors");
                }
            }
            return new TensorDataset(tensors);
        }

        /** The dataset behind {@code self}: itself, or the Java dataset behind a script's subclass. */
        private static TensorDataset of(Object self) {
            if (self instanceof TensorDataset d) {
                return d;
            }
            if (self instanceof PyInstance i && i.peer() instanceof TensorDataset d) {
                return d;
            }
            throw KindlingError.of(dev.kindling.errors.ErrorType.ATTRIBUTE_ERROR,
                    "'" + Ops.typeName(self) + "' object has no attribute 'tensors'");
        }

        final List<Tensor> tensors;

        TensorDataset(List<Tensor> tensors) {
            this.tensors = tensors;
        }

        /**
         * Whether default_collate of items can be taken as each tensor's rows in one copy. Not for a
         * tensor that requires grad: stacking its items records StackBackward0, and so must Kindling.
         */
        boolean collatesByRows() {
            for (Tensor t : tensors) {
                if (t.requiresGrad()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * default_collate of the items at {@code positions}: for each tensor, its rows there,
         * stacked. The same tensors as stacking the items one by one, in one copy per tensor (a
         * batch of 64 rows of 784 went from 64 item tuples and a stack to one index_select).
         */
        PyList collatedRows(long[] positions) {
            Tensor index = Torch.tensor(positions);
            Object[] fields = new Object[tensors.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = tensors.get(i).indexSelect(0, index);
            }
            return PyList.of(fields); // default_collate gives a list for tuples
        }

        @Override
        public PyClass type() {
            return TYPE;
        }
    }

    /** {@code DataLoader(dataset, batch_size=1, shuffle=False, drop_last=False, generator=None)}. */
    static final class DataLoader implements PyObj {
        static final PyClass TYPE = PyClass.javaType("DataLoader", "torch.utils.data", BuiltinTypes.OBJECT, (a, k) -> {
            Object[] p = Args.bind("DataLoader", a, k, "dataset", "batch_size=", "shuffle=", "sampler=",
                    "batch_sampler=", "num_workers=", "collate_fn=", "pin_memory=", "drop_last=", "timeout=",
                    "worker_init_fn=", "multiprocessing_context=", "generator=");
            long batch = p[1] == null || p[1] == PyNone.NONE ? 1 : Ops.toLong(p[1]);
            return new DataLoader(p[0], (int) batch, TorchArgs.bool(p[2], false), TorchArgs.bool(p[8], false),
                    p[6] == null || p[6] == PyNone.NONE ? null : p[6], p[12] == null || p[12] == PyNone.NONE ? null
                            : (CpuGenerator) p[12]);
        });

        static {
            method(TYPE, "__iter__", (a, k) -> ((DataLoader) a[0]).iterate());
            method(TYPE, "__len__", (a, k) -> (long) ((DataLoader) a[0]).batches());
            TYPE.define("dataset", new dev.kindling.lang.objects.PyGetSet("dataset", o -> ((DataLoader) o).dataset, null));
            TYPE.define("batch_size", new dev.kindling.lang.objects.PyGetSet("batch_size",
                    o -> (long) ((DataLoader) o).batchSize, null));
        }

        final Object dataset;
        final int batchSize;
        final boolean shuffle;
        final boolean dropLast;
        final Object collate;
        final CpuGenerator generator;

        DataLoader(Object dataset, int batchSize, boolean shuffle, boolean dropLast, Object collate,
                CpuGenerator generator) {
            if (batchSize <= 0) {
                throw KindlingError.valueError("batch_size should be a positive integer value, but got batch_size="
                        + batchSize);
            }
            if (shuffle && IterableDatasets.isIterable(dataset)) {
                throw KindlingError.valueError("DataLoader with IterableDataset: expected unspecified shuffle option, "
                        + "but got shuffle=True");
            }
            this.dataset = dataset;
            this.batchSize = batchSize;
            this.shuffle = shuffle;
            this.dropLast = dropLast;
            this.collate = collate;
            this.generator = generator;
        }

        int batches() {
            int n = (int) Ops.len(dataset);
            return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
        }

        /**
         * As PyTorch: creating the iterator draws a base seed from the loader's generator (or the
         * default one); a shuffling sampler then draws its own seed and permutes with a fresh generator.
         */
        Object iterate() {
            CpuGenerator source = generator != null ? generator : CpuGenerator.defaultGenerator();
            if (IterableDatasets.isIterable(dataset)) {
                drawSeed(source);
                return IterableDatasets.batches(dataset, batchSize, dropLast, collate);
            }
            int n = (int) Ops.len(dataset);
            drawSeed(source);
            List<Integer> order = new ArrayList<>();
            if (shuffle) {
                CpuGenerator g = generator;
                if (g == null) {
                    g = new CpuGenerator().manualSeed(drawSeed(CpuGenerator.defaultGenerator()));
                }
                for (long v : Distributions.randperm(n, g)) {
                    order.add((int) v);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    order.add(i);
                }
            }
            return new PyIterator(new Iterator<Object>() {
                private int position;

                @Override
                public boolean hasNext() {
                    int remaining = order.size() - position;
                    return remaining > 0 && (!dropLast || remaining >= batchSize);
                }

                @Override
                public Object next() {
                    if (collate == null && dataset instanceof TensorDataset d && d.collatesByRows()) {
                        long[] positions = new long[Math.min(batchSize, order.size() - position)];
                        for (int i = 0; i < positions.length; i++) {
                            positions[i] = order.get(position++);
                        }
                        return d.collatedRows(positions);
                    }
                    List<Object> samples = new ArrayList<>();
                    for (int i = 0; i < batchSize && position < order.size(); i++) {
                        samples.add(Ops.getItem(dataset, (long) order.get(position++)));
                    }
                    PyList batch = new PyList(samples);
                    return collate != null ? Ops.call(collate, new Object[] {batch}, null) : collate(samples);
                }
            }, "_SingleProcessDataLoaderIter");
        }

        @Override
        public PyClass type() {
            return TYPE;
        }

        private static long drawSeed(CpuGenerator g) {
            long[] seed = new long[1];
            Distributions.random(seed, g);
            return seed[0];
        }
    }

    /** PyTorch's default_collate: tensors stacked, numbers made tensors, tuples and dicts collated field by field. */
    static Object collate(List<Object> samples) {
        Object first = samples.get(0);
        if (first instanceof Tensor) {
            List<Tensor> ts = new ArrayList<>();
            samples.forEach(s -> ts.add((Tensor) s));
            return Torch.stack(ts, 0);
        }
        if (first instanceof Double || first instanceof Long || first instanceof Boolean) {
            DType d = first instanceof Double ? DType.FLOAT64 : first instanceof Boolean ? DType.BOOL : DType.INT64;
            return Torch.tensor(new ArrayList<>(samples), d);
        }
        if (first instanceof String) {
            return new PyList(samples);
        }
        if (first instanceof PyDict d) {
            PyDict out = new PyDict();
            d.map().keySet().forEach(key -> {
                List<Object> field = new ArrayList<>();
                samples.forEach(s -> field.add(((PyDict) s).get(key.value())));
                out.put(key.value(), collate(field));
            });
            return out;
        }
        if (first instanceof PyTuple || first instanceof PyList) {
            int width = (int) Ops.len(first);
            Object[] fields = new Object[width];
            for (int i = 0; i < width; i++) {
                List<Object> field = new ArrayList<>();
                for (Object s : samples) {
                    field.add(Ops.getItem(s, (long) i));
                }
                fields[i] = collate(field);
            }
            return PyList.of(fields); // default_collate gives a list for tuples and lists alike
        }
        throw KindlingError.typeError("default_collate: batch must contain tensors, numbers, dicts or lists; found "
                + Ops.typeName(first));
    }
}
