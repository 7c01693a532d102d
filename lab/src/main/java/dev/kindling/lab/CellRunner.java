package dev.kindling.lab;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/**
 * Runs the page's code cells in the session, one at a time and in the order posted, as REPL
 * entries: values echo, variables stay, the session's limits apply. What a cell prints streams to
 * the page line by line ({@link EventHub#cellOutput}); an error ends it with its traceback.
 */
final class CellRunner {
    private final Session session;
    private final EventHub events;
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kindling-lab-cells");
        t.setDaemon(true);
        return t;
    });

    CellRunner(Session session, EventHub events) {
        this.session = session;
        this.events = events;
    }

    /** Queues a cell; its output arrives as events carrying the id returned here. */
    long submit(String code) {
        long id = ids.incrementAndGet();
        queue.execute(() -> run(id, code));
        return id;
    }

    /**
     * Runs {@code task} in the cells' turn (after the cells posted before it, never beside one)
     * and returns its result: how the widgets that step a model in the session take their turn.
     */
    <T> T inTurn(Supplier<T> task) {
        Future<T> result = queue.submit(task::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the session", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void run(long id, String code) {
        PrintStream out = new PrintStream(new LineStream(id), true, StandardCharsets.UTF_8);
        boolean ok = true;
        try {
            session.execInteractive(code, out);
        } catch (KindlingError e) {
            out.print(Session.formatError(e));
            ok = false;
        } catch (IllegalStateException e) {
            out.println(e.getMessage());   // the session is busy with another entry, or closed
            ok = false;
        }
        out.flush();
        events.cellDone(id, ok);
    }

    void close() {
        queue.shutdownNow();
    }

    /** Hands each finished line (and whatever is left at a flush) to the events. */
    private final class LineStream extends OutputStream {
        private final long id;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineStream(long id) {
            this.id = id;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            if (line.size() > 0) {
                events.cellOutput(id, line.toString(StandardCharsets.UTF_8));
                line.reset();
            }
        }
    }
}
