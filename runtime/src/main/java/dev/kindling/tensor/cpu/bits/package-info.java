/**
 * The {@code pytorch-cpu-bits} numerics policy: float32 kernels that reproduce PyTorch 2.13's CPU
 * build bit for bit, as it runs on the AMD EPYC machine the conformance outputs came from, so that
 * scripts print exactly what PyTorch printed there. It is the default policy
 * ({@link dev.kindling.tensor.cpu.Numerics}); op code reaches it only through
 * {@link dev.kindling.tensor.cpu.bits.PyTorchCpuBits}, the one public type here.
 *
 * <p>Why a policy and not simply the meaning of exp and sum: these are PyTorch's results on one
 * kind of CPU. PyTorch itself takes other kernels on an Intel CPU (MKL's AVX-512 paths) and other
 * summation splits with other thread counts, and the reproductions cost speed (table lookups,
 * fixed vector widths). A session that wants plain IEEE float32 results takes the
 * {@code standard} policy instead.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@code MklSqrt}, {@code MklExp}: MKL's vsSqrt and vsExp (torch.sqrt, torch.exp), not
 *       correctly rounded; the square root from this CPU's {@code rsqrtps} estimate.</li>
 *   <li>{@code SleefMath}: SLEEF's exp and log, as ATen's vectorised loops use them (softmax,
 *       sigmoid, silu, and the backward passes of elu and softplus); {@code AtenLoops}: which
 *       elements ATen computes in its vectorised loop and which in its scalar tail.</li>
 *   <li>{@code CascadeSum}: ATen's float32 summation cascade (sum, mean, bias gradients).</li>
 *   <li>{@code SoftmaxKernels}: ATen's softmax and log_softmax, forward and backward.</li>
 *   <li>{@code MklOrder}: the orders in which MKL's sgemm sums small products.</li>
 *   <li>{@code Float32Adam}: PyTorch's single-tensor Adam update, with MKL's square root.</li>
 *   <li>{@code NativeKernels}: the C twins of the loops HotSpot cannot vectorise
 *       ({@code runtime/src/main/c/kindling_kernels.c}), used only where they give the Java
 *       forms' bits.</li>
 * </ul>
 * How each was read off and checked is in each class's comment, {@code docs/mklsqrt/README.md}
 * and {@code docs/float32-transcendentals/README.md}.
 */
package dev.kindling.tensor.cpu.bits;
