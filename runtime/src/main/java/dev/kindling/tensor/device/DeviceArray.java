package dev.kindling.tensor.device;

import dev.kindling.tensor.DType;

/**
 * Elements held by a {@link DeviceBackend} on one of its devices: contiguous, row-major, of one
 * dtype. Only the backend that made an array reads its contents.
 */
public interface DeviceArray {
    /** The backend that holds the elements. */
    DeviceBackend backend();

    /** Which of the backend's devices holds them. */
    int index();

    DType dtype();

    int length();
}
