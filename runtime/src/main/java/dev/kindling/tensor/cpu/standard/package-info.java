/**
 * The {@code standard} numerics policy: plain IEEE float32 kernels, with no attempt to reproduce
 * any library's rounding. Square roots are correctly rounded, exp is {@code Math.exp} rounded to
 * float, sums are pairwise in float ({@code PairwiseSum}), softmax and Adam follow their formulas
 * with each operation rounded to float, and products go to oneDNN's sgemm or the JVM's
 * double-accumulating loop. Results agree with PyTorch's to float32's precision; where a script's
 * printed digits depend on the last bits (long seeded training loops, ties), they may differ
 * ({@code conformance-known-differences-standard.txt} lists the conformance cases that do).
 * Reached only through {@link dev.kindling.tensor.cpu.standard.StandardFloat32}.
 */
package dev.kindling.tensor.cpu.standard;
