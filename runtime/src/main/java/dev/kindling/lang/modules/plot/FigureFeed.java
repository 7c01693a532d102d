package dev.kindling.lang.modules.plot;

import java.util.List;

/**
 * Where a session's figures go when something shows them live (Kindling Lab): each open figure
 * as plain Java values whenever the script draws it with {@code plt.pause} or {@code plt.show}.
 * Calls come on the session's thread; the arrays are the receiver's own.
 */
public interface FigureFeed {
    /** One figure as it stands: its number, texts, and what its axes hold. */
    void figure(int number, String title, String xlabel, String ylabel, List<Plotted> series);

    /**
     * One thing drawn: {@code kind} is {@code line}, {@code scatter} or {@code bars} (x holds the
     * bars' left edges), {@code color} is {@code #rrggbb}, {@code label} null when it has none.
     */
    record Plotted(String kind, String label, String color, double[] x, double[] y) {}
}
