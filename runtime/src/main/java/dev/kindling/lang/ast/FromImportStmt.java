package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyModule;

/** {@code from module import a, b as c}; a name may be a submodule ({@code from torch import nn}). */
public final class FromImportStmt extends Stmt {
    private final String moduleName;
    private final String[] names;
    private final Target[] targets;

    public FromImportStmt(int line, int column, String moduleName, List<String> names, List<Target> targets) {
        super(line, column);
        this.moduleName = moduleName;
        this.names = names.toArray(new String[0]);
        this.targets = targets.toArray(new Target[0]);
    }

    @Override
    public int exec(Frame frame) {
        PyModule module = ImportStmt.importWithParents(frame, moduleName);
        for (int i = 0; i < names.length; i++) {
            Object value = module.get(names[i]);
            if (value == null) {
                value = trySubmodule(frame, module, names[i]);
            }
            targets[i].assign(frame, value);
        }
        return NORMAL;
    }

    private Object trySubmodule(Frame frame, PyModule module, String name) {
        try {
            return ImportStmt.importWithParents(frame, moduleName + "." + name);
        } catch (KindlingError e) {
            if (e.type() != ErrorType.MODULE_NOT_FOUND_ERROR) {
                throw e;
            }
            throw new KindlingError(ErrorType.IMPORT_ERROR, "cannot import name '" + name + "' from '"
                    + moduleName + "' (unknown location)");
        }
    }
}
