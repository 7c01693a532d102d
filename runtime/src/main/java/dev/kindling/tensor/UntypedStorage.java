package dev.kindling.tensor;

/**
 * {@code t.untyped_storage()}: the storage a tensor shares with its views, as PyTorch shows it to
 * Python: where it starts and how many bytes it holds (Kindling's storage is its base tensor's
 * elements, so the size is the base's element count times the element size).
 *
 * @param dataPtr the storage's address, as {@link Tensor#dataPtr()} counts addresses
 * @param nbytes  its size in bytes
 */
public record UntypedStorage(long dataPtr, long nbytes) {
    static UntypedStorage of(Tensor t) {
        Tensor base = ViewOf.baseOf(t);
        return new UntypedStorage(base.dataPtr(), (long) base.numel() * t.dtype().itemSize());
    }
}
