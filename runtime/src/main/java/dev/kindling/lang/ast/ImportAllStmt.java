package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyModule;

/** {@code from module import *}: binds the module's public names as globals. */
public final class ImportAllStmt extends Stmt {
    private final String moduleName;

    public ImportAllStmt(int line, int column, String moduleName) {
        super(line, column);
        this.moduleName = moduleName;
    }

    @Override
    public int exec(Frame frame) {
        PyModule module = ImportStmt.importWithParents(frame, moduleName);
        for (String name : module.names()) {
            if (!name.startsWith("_")) {
                frame.globals.set(name, module.get(name));
            }
        }
        return NORMAL;
    }
}
