package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyModule;

/**
 * {@code import a.b.c} binds {@code a} (each prefix imported, each child set as an attribute of
 * its parent); {@code import a.b as x} binds {@code x} to {@code a.b}.
 */
public final class ImportStmt extends Stmt {
    private final String dottedName;
    private final Target target;
    private final boolean aliased;

    public ImportStmt(int line, int column, String dottedName, Target target, boolean aliased) {
        super(line, column);
        this.dottedName = dottedName;
        this.target = target;
        this.aliased = aliased;
    }

    @Override
    public int exec(Frame frame) {
        PyModule leaf = importWithParents(frame, dottedName);
        if (aliased) {
            target.assign(frame, leaf);
        } else {
            int dot = dottedName.indexOf('.');
            target.assign(frame, frame.context.importModule(dot < 0 ? dottedName : dottedName.substring(0, dot)));
        }
        return NORMAL;
    }

    static PyModule importWithParents(Frame frame, String dottedName) {
        PyModule parent = null;
        PyModule module = null;
        int start = 0;
        while (true) {
            int dot = dottedName.indexOf('.', start);
            String prefix = dot < 0 ? dottedName : dottedName.substring(0, dot);
            module = frame.context.importModule(prefix);
            if (parent != null && parent.get(prefix.substring(prefix.lastIndexOf('.') + 1)) == null) {
                parent.set(prefix.substring(prefix.lastIndexOf('.') + 1), module);
            }
            if (dot < 0) {
                return module;
            }
            parent = module;
            start = dot + 1;
        }
    }
}
