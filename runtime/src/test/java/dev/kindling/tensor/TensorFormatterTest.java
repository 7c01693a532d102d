package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link TensorFormatter} against PyTorch's printed text: the lines of conformance case
 * 06_printing_formats (and the tensors of 01, 05, 09) reproduced through the Java DSL, plus the
 * suffixes (dtype, size, requires_grad, grad_fn) recorded from PyTorch 2.x.
 */
class TensorFormatterTest {
    private static void prints(String expected, Object value) {
        assertEquals(expected, String.valueOf(value));
    }

    private static Tensor f(double... v) {
        return Torch.tensor(v);
    }

    @Test
    void case06FixedAndScientific() {
        prints("tensor([0.1000, 0.2500, 1.0000])", f(0.1, 0.25, 1.0));
        prints("tensor([1.0000e-05, 1.0000e+00, 1.0000e+02])", f(1e-5, 1.0, 100.0));
        prints("tensor([1.2346e+05, 1.0000e+00])", f(123456.0, 1.0));
        prints("tensor([1.0000, 2.0000, 3.5000])", f(1.0, 2.0, 3.5));
        prints("tensor([[ 1.0000, -2.0000],\n        [ 3.0000,  4.2500]])",
                Torch.tensor(List.of(List.of(1.0, -2.0), List.of(3.0, 4.25))));
        prints("tensor([ -1,  20, 300])", Torch.tensor(new long[] {-1, 20, 300}));
        prints("tensor(2.5000)", Torch.tensor(2.5));
        prints("tensor(-7)", Torch.tensor(-7L));
        prints("tensor([1., inf, nan])", f(1.0, Double.POSITIVE_INFINITY, Double.NaN));
        prints("tensor([1.0000e-03, 1.0000e-04])", f(0.001, 0.0001));
        prints("tensor([-1.0000e-07,  3.0000e+08])", f(-1e-7, 3e8));
        prints("tensor([1.0000e+10, 1.0000e+00])", f(1e10, 1));
        prints("tensor([1.2346e+08])", f(123456789.0));
        prints("tensor([0., -0.])", f(0.0, -0.0));
    }

    @Test
    void case06NestedAndSummarised() {
        prints("tensor([[[1, 2],\n         [3, 4]],\n\n        [[5, 6],\n         [7, 8]]])",
                Torch.arange(1, 9, 1, DType.INT64).view(2, 2, 2));
        prints("tensor([   0,    1,    2,  ..., 1997, 1998, 1999])", Torch.arange(0, 2000, 1, DType.INT64));
        prints("tensor([   0.,    1.,    2.,  ...,  998.,  999., 1000.])", Torch.arange(0, 1001, 1, DType.FLOAT32));
        String expected = "tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 2.7000e+01, 2.8000e+01,\n"
                + "         2.9000e+01],\n"
                + "        [3.0000e+01, 3.1000e+01, 3.2000e+01,  ..., 5.7000e+01, 5.8000e+01,\n"
                + "         5.9000e+01],\n"
                + "        [6.0000e+01, 6.1000e+01, 6.2000e+01,  ..., 8.7000e+01, 8.8000e+01,\n"
                + "         8.9000e+01],\n"
                + "        ...,\n"
                + "        [1.1100e+03, 1.1110e+03, 1.1120e+03,  ..., 1.1370e+03, 1.1380e+03,\n"
                + "         1.1390e+03],\n"
                + "        [1.1400e+03, 1.1410e+03, 1.1420e+03,  ..., 1.1670e+03, 1.1680e+03,\n"
                + "         1.1690e+03],\n"
                + "        [1.1700e+03, 1.1710e+03, 1.1720e+03,  ..., 1.1970e+03, 1.1980e+03,\n"
                + "         1.1990e+03]])";
        prints(expected, Torch.arange(0, 1200, 1, DType.FLOAT32).reshape(40, 30));
        prints("tensor([[[[1., 1.],\n          [1., 1.]],\n\n         [[1., 1.],\n          [1., 1.]]],\n\n\n"
                + "        [[[1., 1.],\n          [1., 1.]],\n\n         [[1., 1.],\n          [1., 1.]]]])",
                Torch.ones(2, 2, 2, 2));
    }

    @Test
    void lineWrapping() {
        prints("tensor([ 0.0000,  1.5000,  3.0000,  4.5000,  6.0000,  7.5000,  9.0000, 10.5000,\n"
                + "        12.0000, 13.5000, 15.0000, 16.5000, 18.0000, 19.5000, 21.0000, 22.5000,\n"
                + "        24.0000, 25.5000, 27.0000, 28.5000, 30.0000, 31.5000, 33.0000, 34.5000,\n"
                + "        36.0000, 37.5000, 39.0000, 40.5000, 42.0000, 43.5000])",
                Torch.arange(0, 30, 1, DType.FLOAT32).mul(1.5));
    }

    @Test
    void suffixes() {
        Tensor x = f(1, 2).requiresGrad_(true);
        prints("tensor([1., 2.], requires_grad=True)", x);
        prints("tensor([2., 3.], grad_fn=<AddBackward0>)", x.add(1));
        prints("tensor([2., 4.], dtype=torch.float64, grad_fn=<MulBackward0>)",
                f(1, 2).to(DType.FLOAT64).requiresGrad_(true).mul(2));
        prints("tensor([], size=(2, 0), dtype=torch.int64)", Torch.full(new int[] {2, 0}, 0, DType.INT64));
        prints("tensor([1.5000, 2.5000], dtype=torch.float64)", f(1.5, 2.5).to(DType.FLOAT64));
        prints("tensor([1, 2], dtype=torch.int32)", Torch.tensor(new long[] {1, 2}, DType.INT32));
        prints("tensor(True)", Torch.tensor(true));
        prints("torch.Size([2, 3])", new Size(2, 3));
        prints("torch.Size([4, 5])", Torch.zeros(4, 5).shape());
    }
}
