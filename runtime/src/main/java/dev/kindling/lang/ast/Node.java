package dev.kindling.lang.ast;

/**
 * A node of Kindling's AST: immutable, with the source position it came from.
 *
 * <p>Nodes evaluate themselves (as in GraalVM's SimpleLanguage): the parser resolves every
 * variable to a slot while it builds the tree, so evaluation is a walk over final fields.
 */
public abstract class Node {
    public final int line;
    public final int column;

    protected Node(int line, int column) {
        this.line = line;
        this.column = column;
    }
}
