/**
 * Devices other than the CPU: the interface a device backend implements
 * ({@link dev.kindling.tensor.device.DeviceBackend}: upload, download and the kernels ops
 * dispatch to), the elements it holds ({@link dev.kindling.tensor.device.DeviceArray}), the
 * kernels named for it ({@link dev.kindling.tensor.device.UnaryKernel},
 * {@link dev.kindling.tensor.device.BinaryKernel}), and the registry that finds the backends a
 * build carries ({@link dev.kindling.tensor.device.Backends}). Device rules (which device an op
 * runs on, PyTorch's errors for mixing devices or for an op without a device kernel) live in the
 * tensor package's {@code Devices}, in one place.
 */
package dev.kindling.tensor.device;
