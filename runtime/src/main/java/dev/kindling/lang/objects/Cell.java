package dev.kindling.lang.objects;

/**
 * One module-level variable. Compiled code holds on to the cell of each global it uses, so a
 * global read is a field load rather than a hash lookup; an unbound cell has a null value.
 */
public final class Cell {
    public final String name;
    public Object value;

    public Cell(String name) {
        this.name = name;
    }
}
