package dev.kindling.embed;

import dev.kindling.errors.KindlingError;
import dev.kindling.errors.RunStopped;
import dev.kindling.errors.StopReason;

/**
 * What {@link Session#exec} throws when the host stopped the script: {@link Session#cancel()},
 * {@link Session#close()}, or a budget of its {@link Limits} ran out. The script could not catch
 * it; the session can run code again (unless it was closed). Its {@link #type()} and message are
 * what a traceback shows, e.g. {@code KeyboardInterrupt} for a cancel or
 * {@code TimeoutError: time limit of 2 s exceeded}.
 *
 * <pre>{@code
 * String learnerCode = "print('hello')\nwhile True:\n    pass";
 * try (Session session = Kindling.builder().limits(Limits.none().steps(100_000)).build().newSession()) {
 *     session.exec(learnerCode);
 * } catch (ScriptStopped e) {
 *     StopReason why = e.reason();                    // STEPS, WALL_TIME, OUTPUT, CANCELLED, CLOSED
 * } catch (KindlingError e) {
 *     String traceback = Session.formatError(e);      // the script's own uncaught error
 * }
 * }</pre>
 */
public final class ScriptStopped extends KindlingError {
    private static final long serialVersionUID = 1L;

    private final StopReason reason;

    ScriptStopped(RunStopped stop) {
        super(stop.reason().pythonType(), stop.getMessage());
        this.reason = stop.reason();
        stop.traceback().forEach(this::addTraceback);
    }

    /** Which request or limit stopped the script. */
    public StopReason reason() {
        return reason;
    }
}
