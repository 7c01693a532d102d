package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/** Something a value can be assigned to or deleted from: a name, attribute, subscript or tuple. */
public interface Target {
    void assign(Frame frame, Object value);

    void delete(Frame frame);
}
