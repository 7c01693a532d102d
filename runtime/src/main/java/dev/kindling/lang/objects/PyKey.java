package dev.kindling.lang.objects;

/**
 * A dict key or set element with Python's equality and hashing: {@code 1}, {@code 1.0} and
 * {@code True} are the same key; tuples compare by content; instances may define
 * {@code __eq__} and {@code __hash__}. The original object is kept, as Python keeps the first
 * key inserted.
 */
public final class PyKey {
    private final Object value;
    private final int hash;

    public PyKey(Object value) {
        this.value = value;
        this.hash = Compare.hash(value);
    }

    public Object value() {
        return value;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PyKey k)) {
            return false;
        }
        return value == k.value || (hash == k.hash && Compare.eq(value, k.value));
    }
}
