package dev.kindling.lang.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined in the language (including user exception classes). */
public final class PyInstance implements PyObj {
    private final PyClass cls;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private Object peer;

    public PyInstance(PyClass cls) {
        this.cls = cls;
    }

    /** The instance's attributes, in assignment order. */
    public Map<String, Object> dict() {
        return dict;
    }

    /**
     * The Java object behind an instance of a class that extends a Java-implemented class (a
     * script's subclass of nn.Module is backed by a Java module), or null.
     */
    public Object peer() {
        return peer;
    }

    public void setPeer(Object peer) {
        this.peer = peer;
    }

    @Override
    public PyClass type() {
        return cls;
    }
}
