package dev.kindling.lang.objects;

/** {@code staticmethod(f)} and {@code classmethod(f)}: change what attribute lookup binds. */
public final class PyStaticMethod implements PyObj {
    private final Object function;
    private final boolean classMethod;

    public PyStaticMethod(Object function, boolean classMethod) {
        this.function = function;
        this.classMethod = classMethod;
    }

    public Object function() {
        return function;
    }

    public boolean isClassMethod() {
        return classMethod;
    }

    @Override
    public PyClass type() {
        return classMethod ? BuiltinTypes.CLASSMETHOD : BuiltinTypes.STATICMETHOD;
    }
}
