package dev.kindling.tensor.cpu.bits;

/**
 * The hash float32_checksum.c computes, over SleefMath.exp, SleefMath.log, MklExp.exp or
 * MklSqrt.sqrt (argument sleef-exp, sleef-log, mkl-exp or mkl-sqrt). mkl-sqrt-array and
 * mkl-exp-array hash the array forms, which are NativeKernels' where they run, and
 * sleef-exp-native NativeKernels.sleefExp. Run with runtime/target/classes on the class path.
 */
public class Float32Checksum {
    public static void main(String[] args) {
        if (args[0].equals("mkl-sqrt-array")) {
            arrayForm((x, y) -> MklSqrt.sqrt(x, y, 0, x.length));
            return;
        }
        if (args[0].equals("mkl-exp-array")) {
            arrayForm((x, y) -> MklExp.exp(x, y, 0, x.length));
            return;
        }
        if (args[0].equals("sleef-exp-native")) {
            if (!NativeKernels.available()) {
                throw new IllegalStateException("the native kernels did not load");
            }
            arrayForm((x, y) -> NativeKernels.sleefExp(x, y, 0, x.length, 0f));
            return;
        }
        for (long part = 0; part < 16; part++) {
            long hash = 0xcbf29ce484222325L;
            for (long i = part << 28; i < (part + 1) << 28; i++) {
                float x = Float.intBitsToFloat((int) i);
                float y = switch (args[0]) {
                    case "sleef-exp" -> SleefMath.exp(x);
                    case "sleef-log" -> SleefMath.log(x);
                    case "mkl-sqrt" -> MklSqrt.sqrt(x);
                    default -> MklExp.exp(x);
                };
                int b = Float.isNaN(y) ? 0x7fc00000 : Float.floatToRawIntBits(y);
                hash = (hash ^ (b & 0xffffffffL)) * 0x100000001b3L;
            }
            System.out.printf("%016x%n", hash);
        }
    }

    /** The same hash over an array form, 64k inputs a call. */
    private static void arrayForm(java.util.function.BiConsumer<float[], float[]> form) {
        float[] x = new float[1 << 16];
        float[] y = new float[x.length];
        for (long part = 0; part < 16; part++) {
            long hash = 0xcbf29ce484222325L;
            for (long start = part << 28; start < (part + 1) << 28; start += x.length) {
                for (int k = 0; k < x.length; k++) {
                    x[k] = Float.intBitsToFloat((int) (start + k));
                }
                form.accept(x, y);
                for (float v : y) {
                    int b = Float.isNaN(v) ? 0x7fc00000 : Float.floatToRawIntBits(v);
                    hash = (hash ^ (b & 0xffffffffL)) * 0x100000001b3L;
                }
            }
            System.out.printf("%016x%n", hash);
        }
    }
}
