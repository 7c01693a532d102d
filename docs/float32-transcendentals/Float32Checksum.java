package dev.kindling.tensor;

/**
 * The hash float32_checksum.c computes, over SleefMath.exp, SleefMath.log, MklExp.exp or
 * MklSqrt.sqrt (argument sleef-exp, sleef-log, mkl-exp or mkl-sqrt; mkl-sqrt-array hashes
 * MklSqrt's array form, which is NativeKernels' where they run). Run with runtime/target/classes on
 * the class path.
 */
public class Float32Checksum {
    public static void main(String[] args) {
        if (args[0].equals("mkl-sqrt-array")) {
            arrayForm();
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

    /** The same hash over MklSqrt.sqrt(float[], float[], int, int), 64k inputs a call. */
    private static void arrayForm() {
        float[] x = new float[1 << 16];
        float[] y = new float[x.length];
        for (long part = 0; part < 16; part++) {
            long hash = 0xcbf29ce484222325L;
            for (long start = part << 28; start < (part + 1) << 28; start += x.length) {
                for (int k = 0; k < x.length; k++) {
                    x[k] = Float.intBitsToFloat((int) (start + k));
                }
                MklSqrt.sqrt(x, y, 0, x.length);
                for (float v : y) {
                    int b = Float.isNaN(v) ? 0x7fc00000 : Float.floatToRawIntBits(v);
                    hash = (hash ^ (b & 0xffffffffL)) * 0x100000001b3L;
                }
            }
            System.out.printf("%016x%n", hash);
        }
    }
}
