package dev.kindling.tensor;

/** The hash vssqrt_checksum.c computes, over MklSqrt.sqrt. Run with runtime/target/classes on the class path. */
public class MklSqrtChecksum {
    public static void main(String[] args) {
        for (long part = 0; part < 16; part++) {
            long hash = 0xcbf29ce484222325L;
            for (long i = part << 28; i < (part + 1) << 28; i++) {
                float s = MklSqrt.sqrt(Float.intBitsToFloat((int) i));
                int b = Float.isNaN(s) ? 0x7fc00000 : Float.floatToRawIntBits(s);
                hash = (hash ^ (b & 0xffffffffL)) * 0x100000001b3L;
            }
            System.out.printf("%016x%n", hash);
        }
    }
}
