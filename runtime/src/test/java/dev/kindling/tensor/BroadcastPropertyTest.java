package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;

/**
 * Property tests: broadcasting and reductions on random shapes against a plain reference
 * implementation that indexes element by element.
 */
class BroadcastPropertyTest {
    private final Random random = new Random(42);

    private int[] randomShape() {
        int rank = random.nextInt(4);
        int[] s = new int[rank];
        for (int i = 0; i < rank; i++) {
            s[i] = 1 + random.nextInt(4);
        }
        return s;
    }

    private Tensor randomTensor(int[] shape) {
        double[] v = new double[Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextInt(19) - 9;
        }
        return new Tensor(v, shape, DType.FLOAT64);
    }

    /** A shape that broadcasts with {@code s}: some dims set to 1, maybe fewer leading dims. */
    private int[] compatible(int[] s) {
        int drop = s.length == 0 ? 0 : random.nextInt(s.length + 1);
        int[] out = new int[s.length - drop];
        for (int i = 0; i < out.length; i++) {
            out[i] = random.nextBoolean() ? 1 : s[i + drop];
        }
        return out;
    }

    private static double at(Tensor t, int[] index) {
        int offset = t.shape.length;
        int flat = 0;
        int[] strides = Shapes.strides(t.shape);
        for (int i = 0; i < t.shape.length; i++) {
            int idx = index[index.length - offset + i];
            flat += (t.shape[i] == 1 ? 0 : idx) * strides[i];
        }
        return t.doubles()[flat];
    }

    @RepeatedTest(200)
    void broadcastAddMatchesTheReference() {
        int[] s = randomShape();
        Tensor a = randomTensor(s);
        Tensor b = randomTensor(compatible(s));
        Tensor sum = a.add(b);
        assertArrayEquals(s, sum.shape);
        int[] index = new int[s.length];
        for (int flat = 0; flat < sum.numel(); flat++) {
            int rest = flat;
            for (int d = s.length - 1; d >= 0; d--) {
                index[d] = rest % s[d];
                rest /= s[d];
            }
            assertEquals(at(a, index) + at(b, index), sum.doubles()[flat]);
        }
    }

    @RepeatedTest(200)
    void sumOverADimMatchesTheReference() {
        int[] s = randomShape();
        if (s.length == 0) {
            return;
        }
        Tensor a = randomTensor(s);
        int dim = random.nextInt(s.length);
        Tensor r = a.sum(dim, true);
        int[] index = new int[s.length];
        for (int flat = 0; flat < r.numel(); flat++) {
            int rest = flat;
            for (int d = s.length - 1; d >= 0; d--) {
                index[d] = rest % r.shape[d];
                rest /= r.shape[d];
            }
            double expected = 0;
            for (int k = 0; k < s[dim]; k++) {
                index[dim] = k;
                expected += at(a, index);
            }
            assertEquals(expected, r.doubles()[flat]);
        }
    }
}
