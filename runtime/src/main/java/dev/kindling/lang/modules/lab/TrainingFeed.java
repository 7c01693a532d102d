package dev.kindling.lang.modules.lab;

/**
 * Where a session's training numbers go when something shows them (Kindling Lab): plain Java
 * values only, so the receiver never touches the interpreter's objects.
 */
public interface TrainingFeed {
    /** One more value of a named series ({@code "loss"}, or a name given to {@code lab.log}). */
    void scalar(String series, double value);

    /** The data of a watched 1-input model: one point per sample. */
    void points(double[] x, double[] y);

    /** The watched model's prediction over the data's x range, after the latest step. */
    void line(double[] x, double[] y);
}
