package dev.kindling.embed;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;

/**
 * The process exit status a script asked for with {@code sys.exit(arg)} or {@code raise SystemExit(arg)},
 * as CPython computes it: no argument or None is 0, an int is that status, anything else is
 * printed to stderr and gives 1.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.exec("import sys\nsys.exit(3)");
 * } catch (KindlingError e) {
 *     ExitStatus status = ExitStatus.of(e);   // code 3, no message
 * }
 * }</pre>
 *
 * @param code    the status
 * @param message what to print to stderr before exiting, or null
 */
public record ExitStatus(int code, String message) {

    /** The status a SystemExit asks for; any other error is an uncaught exception, status 1 with no message. */
    public static ExitStatus of(KindlingError error) {
        if (error.type() != ErrorType.SYSTEM_EXIT) {
            return new ExitStatus(1, null);
        }
        Object value = Exceptions.instance(error);
        Object arg = value instanceof PyInstance i && i.dict().get("args") instanceof PyTuple t && t.size() > 0
                ? t.get(0) : PyNone.NONE;
        if (arg == PyNone.NONE) {
            return new ExitStatus(0, null);
        }
        if (arg instanceof Long l) {
            return new ExitStatus((int) (long) l, null);
        }
        return new ExitStatus(1, Exceptions.message(value));
    }
}
