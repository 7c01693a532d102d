/**
 * The CPU backend's numerics policies: how float32 results are rounded where IEEE arithmetic
 * leaves a choice (which exp and square root, which summation order). A session picks one
 * ({@link dev.kindling.tensor.cpu.Numerics}, kept in {@code TorchState}); op code asks the
 * current session's state for its {@link dev.kindling.tensor.cpu.Float32Kernels} and never names
 * an implementation. {@code bits} reproduces PyTorch's CPU build bit for bit ({@code pytorch-cpu-bits},
 * the default); {@code standard} is plain IEEE float32 with pairwise sums.
 */
package dev.kindling.tensor.cpu;
