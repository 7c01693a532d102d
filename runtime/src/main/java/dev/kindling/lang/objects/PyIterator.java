package dev.kindling.lang.objects;

import java.util.Iterator;

/**
 * A Python iterator over a Java iterator: what {@code iter()} returns for built-in containers,
 * and what {@code map}, {@code zip}, {@code enumerate} and generator expressions produce.
 */
public final class PyIterator implements PyObj, Iterator<Object> {
    private final Iterator<?> source;
    private final String typeName;

    public PyIterator(Iterator<?> source, String typeName) {
        this.source = source;
        this.typeName = typeName;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public Object next() {
        return source.next();
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.ITERATOR;
    }

    @Override
    public String toString() {
        return "<" + typeName + " object>";
    }
}
