package dev.kindling.lang.files;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Repr;

/**
 * The mode string of {@code open()} ({@code 'r'}, {@code 'w'}, {@code 'a'}, {@code 'x'}, with
 * {@code 't'}, {@code 'b'} and {@code '+'}), checked in the order CPython's {@code io.open}
 * checks it, with its {@code ValueError} texts.
 */
public record FileMode(String text, char kind, boolean binary, boolean update) {
    /**
     * Parses {@code mode}.
     *
     * @throws KindlingError ValueError in CPython's words for an unknown or repeated letter, text
     *     with binary, or not exactly one of r/w/a/x
     */
    public static FileMode parse(String mode) {
        int kinds = 0;
        char kind = 0;
        boolean text = false;
        boolean binary = false;
        boolean update = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwax+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw KindlingError.valueError("invalid mode: " + Repr.repr(mode));
            }
            switch (c) {
                case 't' -> text = true;
                case 'b' -> binary = true;
                case '+' -> update = true;
                default -> {
                    kinds++;
                    kind = c;
                }
            }
        }
        if (text && binary) {
            throw KindlingError.valueError("can't have text and binary mode at once");
        }
        if (kinds > 1) {
            throw KindlingError.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw KindlingError.valueError(
                    "Must have exactly one of create/read/write/append mode and at most one plus");
        }
        return new FileMode(mode, kind, binary, update);
    }

    public boolean reads() {
        return kind == 'r' || update;
    }

    public boolean writes() {
        return kind != 'r' || update;
    }
}
