package dev.kindling.lang.modules.plot;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.kindling.lang.eval.Context;

/**
 * The chart plt.pause() draws in a terminal, redrawn in place by the next pause of the same run,
 * so a learner watches the loss curve move while training runs. What the run printed between two
 * pauses ({@code Epoch 100 | Loss: ...}) is kept: the cursor goes back to the old chart's first
 * line, the screen below is cleared, the printed text is written again and the new chart under
 * it. A new run, another output stream, more text than the screen holds, or text past
 * {@link #HELD_LIMIT} draws the chart afresh below instead.
 */
final class LiveChart {
    /** How much printed text is kept to write again above the redrawn chart. */
    static final int HELD_LIMIT = 8192;

    private final Context context;
    private Recorder recorder;
    private long run = -1;
    private int chartLines;

    LiveChart(Context context) {
        this.context = context;
    }

    /** Draws {@code chart}, over the previous one when that is still on a screen of {@code screenLines} lines. */
    void draw(String chart, int screenLines) {
        PrintStream out = context.out();
        String since = recorder != null && out == recorder && run == context.runNumber() ? recorder.held() : null;
        if (since != null && chartLines + lines(since) < screenLines) {
            String text = since.isEmpty() || since.endsWith("\n") ? since : since + "\n";
            out.print("\u001b[" + (chartLines + lines(since)) + "F\u001b[J" + text);
        }
        out.print(chart);
        out.flush();
        if (out != recorder) {
            recorder = new Recorder(out);
            context.setOut(recorder);
        }
        recorder.forget();
        run = context.runNumber();
        chartLines = lines(chart);
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /** The session's output, passed through, with what was written since {@link #forget} held (up to the limit). */
    private static final class Recorder extends PrintStream {
        private final Held held;

        Recorder(PrintStream target) {
            this(target, new Held(target));
        }

        private Recorder(PrintStream target, Held held) {
            super(held, true, StandardCharsets.UTF_8);
            this.held = held;
        }

        void forget() {
            flush();
            held.bytes.reset();
            held.overflowed = false;
        }

        /** The text written since forget(), or null when it was more than the limit. */
        String held() {
            flush();
            return held.overflowed ? null : held.bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Held extends OutputStream {
        private final PrintStream target;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean overflowed;

        Held(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (overflowed || bytes.size() + len > HELD_LIMIT) {
                overflowed = true;
                bytes.reset();
                return;
            }
            bytes.write(b, off, len);
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
