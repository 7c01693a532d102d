package dev.kindling.embed;

/**
 * What a host is told about a session's training loop ({@link Session#setTrainingListener}):
 * Kindling Lab draws these as the live loss curve and the "Watch Training in Action" chart.
 * Calls come on the session's thread while the script runs, so a listener returns quickly and
 * keeps copies of nothing it is handed but the arrays (which are its own).
 *
 * <ul>
 *   <li>{@link #scalar}: a loop read its loss with {@code loss.item()} (series {@code "loss"}),
 *       or called {@code lab.log(name, value)} from {@code kindling.lab};</li>
 *   <li>{@link #points}: {@code lab.watch(model, x, y)} named a 1-input model's data;</li>
 *   <li>{@link #line}: the watched model's prediction over the data's x range, after each step.</li>
 * </ul>
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.setTrainingListener(new TrainingListener() {
 *         public void scalar(String series, double value) { System.out.println(series + " " + value); }
 *         public void points(double[] x, double[] y) {}
 *         public void line(double[] x, double[] y) {}
 *     });
 *     session.exec("import torch\nw = torch.ones(1, requires_grad=True)\n(w * 2).sum().item()");  // loss 2.0
 * }
 * }</pre>
 */
public interface TrainingListener {
    void scalar(String series, double value);

    void points(double[] x, double[] y);

    void line(double[] x, double[] y);
}
