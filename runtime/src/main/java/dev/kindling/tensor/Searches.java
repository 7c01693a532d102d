package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/** nonzero (where the non-zero elements are) and unique (which values occur, and how often). */
final class Searches {
    private Searches() {}

    /** The coordinates of the non-zero elements, one row each, as int64 (n, dim). */
    static Tensor nonzero(Tensor t) {
        int rank = t.dim();
        List<int[]> rows = new ArrayList<>();
        int[] counter = new int[rank];
        double[] tArray = t.doubles();
        for (int i = 0; i < t.numel(); i++) {
            if (tArray[i] != 0) {
                rows.add(counter.clone());
            }
            Shapes.advance(counter, t.shape);
        }
        double[] out = Torch.allocate(new int[] {rows.size(), rank}, DType.INT64);
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < rank; k++) {
                out[r * rank + k] = rows.get(r)[k];
            }
        }
        return new Tensor(out, new int[] {rows.size(), rank}, DType.INT64);
    }

    /**
     * The distinct values of the flattened tensor, sorted (PyTorch's CPU kernel sorts even with
     * sorted=False), with each element's position among them (inverse, input's shape) and each
     * value's count, both int64. PyTorch records Unique2Backward0 but defines no derivative.
     */
    static Tensor[] unique(Tensor t) {
        double[] sorted = t.doubles().clone();
        java.util.Arrays.sort(sorted);
        double[] distinct = new double[sorted.length];
        double[] counts = new double[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || Double.compare(sorted[i], distinct[n - 1]) != 0) {
                distinct[n++] = sorted[i];
            }
            counts[n - 1]++;
        }
        double[] inverse = new double[t.numel()];
        double[] tArray = t.doubles();
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = java.util.Arrays.binarySearch(distinct, 0, n, tArray[i]);
        }
        Tensor values = new Tensor(java.util.Arrays.copyOf(distinct, n), new int[] {n}, t.dtype);
        values.withGradFn("Unique2Backward0", new Tensor[] {t}, g -> {
            throw KindlingError.notImplementedError("the derivative for '_unique2' is not implemented.");
        }, false);
        return new Tensor[] {values, new Tensor(inverse, t.shape.clone(), DType.INT64),
            new Tensor(java.util.Arrays.copyOf(counts, n), new int[] {n}, DType.INT64)};
    }
}
