package dev.kindling.lang.modules.torch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyList;

/**
 * {@code torch.utils.data.IterableDataset}: a dataset that is a stream, typically a script's
 * subclass whose {@code __iter__} is a generator. A DataLoader over one draws samples in the
 * stream's order, as they come, and batches them as PyTorch's iterable fetcher does: full batches,
 * then the rest unless {@code drop_last}. The stream may be endless; nothing is read ahead of the
 * batch being made.
 */
final class IterableDatasets {
    static final PyClass TYPE = PyClass.javaType("IterableDataset", "torch.utils.data", DataModule.DATASET, null);

    private IterableDatasets() {}

    static boolean isIterable(Object dataset) {
        return Ops.typeOf(dataset).isSubclassOf(TYPE);
    }

    /** The batches of one pass over the dataset, made lazily. */
    static PyIterator batches(Object dataset, int batchSize, boolean dropLast, Object collate) {
        Iterator<Object> samples = Ops.iterate(dataset);
        return new PyIterator(new Iterator<Object>() {
            private List<Object> pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = new ArrayList<>();
                    while (pending.size() < batchSize && samples.hasNext()) {
                        pending.add(samples.next());
                    }
                }
                return !pending.isEmpty() && (!dropLast || pending.size() == batchSize);
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Object> batch = pending;
                pending = null;
                return collate != null ? Ops.call(collate, new Object[] {new PyList(batch)}, null)
                        : DataModule.collate(batch);
            }
        }, "_SingleProcessDataLoaderIter");
    }
}
