package dev.kindling.lang.eval;

import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * A host's stream with the output limit of a {@link RunGuard} in front: while a run is going, the
 * bytes past the limit are dropped and the run stops at its next check. Text is encoded in the
 * JVM's default charset, as {@code new PrintStream(out)} encodes it, and passed on as bytes.
 */
public final class CappedPrintStream extends PrintStream {
    private final RunGuard guard;

    public CappedPrintStream(PrintStream host, RunGuard guard) {
        super(host, false, Charset.defaultCharset());
        this.guard = guard;
    }

    @Override
    public void write(int b) {
        if (guard.admitOutput(1) == 1) {
            super.write(b);
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        int admitted = (int) guard.admitOutput(len);
        if (admitted > 0) {
            super.write(buf, off, admitted);
        }
    }
}
