package dev.kindling.lang.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.RunStopped;
import dev.kindling.lang.ast.FunctionTemplate;
import dev.kindling.lang.ast.Parameters;
import dev.kindling.lang.ast.Stmt;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.eval.Frame;

/**
 * A function defined in the language: its template, the defaults and enclosing frame captured
 * when the def ran, and (for methods) the class it was defined in.
 */
public final class PyFunction implements PyObj, Callable {
    private final FunctionTemplate template;
    private final Object[] defaults;
    private final Map<String, Object> keywordDefaults;
    private final Frame closure;
    private final PyModule globals;
    private final Context context;
    private PyClass ownerClass;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    public PyFunction(FunctionTemplate template, Object[] defaults, Map<String, Object> keywordDefaults,
            Frame closure, PyModule globals, Context context) {
        this.template = template;
        this.defaults = defaults;
        this.keywordDefaults = keywordDefaults;
        this.closure = closure;
        this.globals = globals;
        this.context = context;
    }

    public FunctionTemplate template() {
        return template;
    }

    /** {@code __name__}: the def's name unless a script (or functools.wraps) assigned another. */
    public String name() {
        return attributes.get("__name__") instanceof String s ? s : template.name();
    }

    /** {@code __qualname__}, which CPython's repr and argument errors use; assignable too. */
    public String qualifiedName() {
        return attributes.get("__qualname__") instanceof String s ? s : template.qualifiedName();
    }

    public PyClass ownerClass() {
        return ownerClass;
    }

    public void setOwnerClass(PyClass cls) {
        this.ownerClass = cls;
    }

    /** Attributes set on the function object ({@code f.calls = 0}). */
    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public Object call(Object[] args, Map<String, Object> kwargs) {
        Frame frame = new Frame(template.localCount(), closure, globals, context, null);
        frame.function = this;
        frame.source = template.source();
        bind(frame.locals, args, kwargs);
        if (template.generator()) {
            return new PyGenerator(frame, template.body(), template.name(), template.qualifiedName());
        }
        context.enterCall();
        Frame caller = context.swapCurrentFrame(frame);
        try {
            Stmt body = template.body();
            frame.line = body.line;
            int completion = body.exec(frame);
            return completion == Stmt.RETURN ? frame.returnValue : PyNone.NONE;
        } catch (StackOverflowError e) {
            throw withTraceback(new KindlingError(ErrorType.RECURSION_ERROR, "maximum recursion depth exceeded"),
                    frame);
        } catch (KindlingError e) {
            throw withTraceback(e, frame);
        } catch (RuntimeException e) {
            throw withTraceback(Exceptions.fromJava(e), frame);
        } catch (RunStopped e) {
            throw e.addTraceback(tracebackEntry(frame));
        } finally {
            context.swapCurrentFrame(caller);
            context.exitCall();
        }
    }

    private KindlingError withTraceback(KindlingError e, Frame frame) {
        e.addTraceback(tracebackEntry(frame));
        return e;
    }

    private KindlingError.TracebackEntry tracebackEntry(Frame frame) {
        return new KindlingError.TracebackEntry(template.source().name(), frame.line, template.name(),
                template.source().line(frame.line));
    }

    private void bind(Object[] locals, Object[] args, Map<String, Object> kwargs) {
        Parameters p = template.parameters();
        List<String> positional = p.positional();
        int n = positional.size();
        if (args.length > n) {
            if (p.varArgs() == null) {
                throw tooManyPositional(args.length);
            }
            Object[] extra = new Object[args.length - n];
            System.arraycopy(args, n, extra, 0, extra.length);
            locals[p.varArgsSlot()] = new PyTuple(extra);
        } else if (p.varArgs() != null) {
            locals[p.varArgsSlot()] = PyTuple.EMPTY;
        }
        System.arraycopy(args, 0, locals, 0, Math.min(args.length, n));
        PyDict extraKeywords = p.varKeywords() != null ? new PyDict() : null;
        if (kwargs != null) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                int slot = slotOf(e.getKey());
                if (slot < 0) {
                    if (extraKeywords == null) {
                        throw CallErrors.unexpectedKeyword(qualifiedName(), e.getKey());
                    }
                    extraKeywords.put(e.getKey(), e.getValue());
                } else if (locals[slot] != null) {
                    throw CallErrors.multipleValues(qualifiedName(), e.getKey());
                } else {
                    locals[slot] = e.getValue();
                }
            }
        }
        if (extraKeywords != null) {
            locals[p.varKeywordsSlot()] = extraKeywords;
        }
        fillDefaults(locals, p);
    }

    private void fillDefaults(Object[] locals, Parameters p) {
        List<String> positional = p.positional();
        int n = positional.size();
        int firstDefault = n - defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) {
                    locals[i] = defaults[i - firstDefault];
                } else {
                    missing.add(positional.get(i));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw CallErrors.missing(qualifiedName(), "positional", missing);
        }
        for (int i = 0; i < p.keywordOnly().size(); i++) {
            String k = p.keywordOnly().get(i);
            if (locals[n + i] == null) {
                Object d = keywordDefaults.get(k);
                if (d == null) {
                    missing.add(k);
                }
                locals[n + i] = d;
            }
        }
        if (!missing.isEmpty()) {
            throw CallErrors.missing(qualifiedName(), "keyword-only", missing);
        }
    }

    private KindlingError tooManyPositional(int given) {
        int max = template.parameters().positional().size();
        return CallErrors.tooManyPositional(qualifiedName(), max - defaults.length, max, given);
    }

    private int slotOf(String keyword) {
        Parameters p = template.parameters();
        int i = p.positional().indexOf(keyword);
        if (i >= 0) {
            return i;
        }
        int k = p.keywordOnly().indexOf(keyword);
        return k >= 0 ? p.positional().size() + k : -1;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.FUNCTION;
    }

    @Override
    public String toString() {
        return "<function " + qualifiedName() + ">";
    }
}
