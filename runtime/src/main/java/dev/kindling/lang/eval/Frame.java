package dev.kindling.lang.eval;

import java.util.Map;

import dev.kindling.lang.objects.PyModule;

/**
 * The activation of a function, comprehension, class body or module.
 *
 * <p>Local variables live in {@link #locals} at slots the parser resolved; a nested function
 * reaches its enclosing function's variables through {@link #parent} (the frame that was active
 * when the function was defined), so closures need no separate cells. Globals live in the
 * module's cells.
 */
public final class Frame {
    public final Object[] locals;
    public final Frame parent;
    public final PyModule globals;
    public final Context context;
    /** The namespace being filled while a class body runs; null otherwise. */
    public final Map<String, Object> classNamespace;
    /** The line of the statement running now, for tracebacks. */
    public int line;
    /** Set by a return statement. */
    public Object returnValue;
    /** The code this frame runs, for warnings' locations; inner frames take their parent's. */
    public Source source;
    /** The function this frame runs (for zero-argument super()), or null. */
    public Object function;
    /** Where a generator's statements keep their state while it is suspended; null in other frames. */
    public Suspension suspension;

    public Frame(int localCount, Frame parent, PyModule globals, Context context, Map<String, Object> classNamespace) {
        this.locals = new Object[localCount];
        this.parent = parent;
        this.globals = globals;
        this.context = context;
        this.classNamespace = classNamespace;
        this.source = parent == null ? null : parent.source;
    }

    /** The frame {@code depth} levels out; class-body frames are not counted (Python skips them). */
    public Frame outer(int depth) {
        Frame f = this;
        for (int i = 0; i < depth; i++) {
            f = f.parent;
        }
        return f;
    }
}
