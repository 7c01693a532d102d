/**
 * Kindling's tensors: the Java DSL that the interpreter and host applications both call, so each
 * op (forward, backward rule, error text) exists once.
 *
 * <pre>{@code
 * Tensor x = Torch.tensor(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)));
 * Tensor y = x.add(1).mul(2).relu().sum(0, true);   // tensor([[12., 16.]])
 * Tensor w = Torch.randn(3).requiresGrad_(true);
 * w.mul(w).sum().backward();                       // w.grad() == 2 * w
 * }</pre>
 *
 * <h2>Map</h2>
 * {@link dev.kindling.tensor.Torch} (factories: tensor, zeros, arange, rand... cat, stack, where),
 * {@link dev.kindling.tensor.Tensor} (methods), {@link dev.kindling.tensor.DType},
 * {@link dev.kindling.tensor.Size}, {@link dev.kindling.tensor.Device},
 * {@link dev.kindling.tensor.Index} (subscripts), {@link dev.kindling.tensor.ValuesIndices}
 * (max/min/sort/topk with a dim), {@link dev.kindling.tensor.TensorFormatter} (PyTorch's printing).
 * Op families live in package-private classes: {@code Pointwise} (elementwise, promotion),
 * {@code Reductions} (float32 sums in the numerics policy's order, {@code dev.kindling.tensor.cpu}),
 * {@code Reshapes} and {@code Layout} (views and PyTorch's reported strides), {@code Indexing},
 * {@code LinearAlgebra}. Random streams come from {@code dev.kindling.tensor.random}. Tensors on
 * another device (a backend of {@code dev.kindling.tensor.device}) hold that backend's array instead
 * of heap elements; {@code Devices} is the one place for device rules and dispatch, and an op
 * without a device kernel raises PyTorch's NotImplementedError for that device.
 *
 * <h2>Storage</h2>
 * Each tensor keeps its elements as a row-major {@code double[]}, every value rounded to its
 * dtype after each op (so float32 arithmetic gives float32's results). Measured on the build
 * machine, an elementwise op on 100 floats costs under 1 us this way against about 40 us
 * through a native tensor library's op call, while a 1024x1024 float32 matmul takes about 400 ms
 * in the JVM loop; so large matrix products leave the heap loop
 * ({@link dev.kindling.tensor.storage.NativeMatmul}: oneDNN's sgemm for float32, a blocked Java
 * gemm for float64) and the rest stays on the heap. Native types never leave
 * {@code dev.kindling.tensor.storage}. Known limits of this layout: int64 values
 * beyond 2^53 lose precision, and transposed or expanded results are copies (their reported
 * strides follow PyTorch, but writing through them does not change the original).
 */
package dev.kindling.tensor;
