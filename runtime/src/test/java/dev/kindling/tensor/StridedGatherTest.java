package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Reshapes.gather (transposes, permutations, expansions: every strided copy) against the plain
 * element-by-element walk it replaced, on random shapes of rank 0 to 4 (empty dims, sizes around
 * the tile side) with random offsets and strides, stride 0 included.
 */
class StridedGatherTest {
    @Test
    void copiesTheSameElementsAsAnElementWalk() {
        Random rng = new Random(7);
        for (int round = 0; round < 400; round++) {
            int rank = rng.nextInt(5);
            int[] shape = new int[rank];
            int[] strides = new int[rank];
            int reach = 0;
            for (int d = 0; d < rank; d++) {
                shape[d] = rng.nextInt(10) == 0 ? 0 : 1 + rng.nextInt(rank <= 2 ? 40 : 7);
                strides[d] = rng.nextInt(4) == 0 ? 0 : 1 + rng.nextInt(50);
                reach += Math.max(0, shape[d] - 1) * strides[d];
            }
            int offset = rng.nextInt(5);
            double[] source = new double[offset + reach + 1];
            for (int i = 0; i < source.length; i++) {
                source[i] = i;
            }
            Tensor t = new Tensor(source, new int[] {source.length}, DType.FLOAT64);
            Tensor copy = Reshapes.gather(t, shape, strides, offset);
            assertArrayEquals(walk(source, shape, strides, offset), copy.doubles(), "shape "
                    + java.util.Arrays.toString(shape) + " strides " + java.util.Arrays.toString(strides));
        }
    }

    /** The reference: a row-major odometer over the output, reading through the strides. */
    private static double[] walk(double[] source, int[] shape, int[] strides, int offset) {
        double[] out = new double[Shapes.numel(shape)];
        int[] counter = new int[shape.length];
        for (int i = 0; i < out.length; i++) {
            int at = offset;
            for (int d = 0; d < shape.length; d++) {
                at += counter[d] * strides[d];
            }
            out[i] = source[at];
            Shapes.advance(counter, shape);
        }
        return out;
    }
}
