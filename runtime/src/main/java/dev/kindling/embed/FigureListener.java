package dev.kindling.embed;

/**
 * What a host is told about a session's pyplot figures ({@link Session#setFigureListener}):
 * Kindling Lab draws them in its Figures panel. Each time a script draws with {@code plt.pause},
 * {@code plt.draw} or {@code plt.show}, every open figure arrives as it stands, on the session's
 * thread, so a listener returns quickly.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     List<FigureData> seen = new ArrayList<>();
 *     session.setFigureListener(seen::add);
 *     session.exec("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [4, 1, 9])\nplt.pause(0.01)");
 *     seen.get(0).series().get(0).y();   // [4.0, 1.0, 9.0]
 * }
 * }</pre>
 */
@FunctionalInterface
public interface FigureListener {
    void figure(FigureData figure);
}
