package dev.kindling.lang.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined in the language (including user exception classes). */
public final class PyInstance implements PyObj {
    private final PyClass cls;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    public PyInstance(PyClass cls) {
        this.cls = cls;
    }

    /** The instance's attributes, in assignment order. */
    public Map<String, Object> dict() {
        return dict;
    }

    @Override
    public PyClass type() {
        return cls;
    }
}
