package dev.kindling.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.kindling.embed.FigureData;
import dev.kindling.embed.FigureListener;
import dev.kindling.embed.TrainingListener;
import io.javalin.http.sse.SseClient;

/**
 * The Lab's server-sent events: what the session reports arrives here on the session's thread
 * and leaves for every open page at most every {@link #PERIOD_MS} ms, batched, so a loop of
 * thousands of steps a second neither waits on the network nor floods the browser. A page that
 * connects late gets the whole story so far first: every series, the data, the latest line.
 *
 * <p>Events: {@code scalars} {series, from, values}, {@code points} {x, y}, {@code line} {x, y},
 * {@code cell} {id, text}, {@code cell-done} {id, ok}, {@code figure} {number, title, xlabel, ylabel,
 * series: [{kind, label, color, x, y}]} (the latest state of each figure drawn), and {@code changed} {}: the session's values
 * may have changed (a run ended, a training step reported), at most every {@link #CHANGED_PERIOD_MS}
 * ms, so the page refetches the variables and graph it shows.
 */
final class EventHub implements TrainingListener, FigureListener {
    static final long PERIOD_MS = 50;
    static final long CHANGED_PERIOD_MS = 400;

    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final Map<String, Series> series = new LinkedHashMap<>();
    private String points;
    private String line;
    private boolean lineChanged;
    private boolean sessionChanged;
    private final Map<Integer, String> figures = new LinkedHashMap<>();
    private final java.util.Set<Integer> figuresChanged = new java.util.LinkedHashSet<>();
    private long changedSentAt;
    private final List<String[]> pending = new ArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kindling-lab-events");
        t.setDaemon(true);
        return t;
    });

    /** One named series: its values so far, and how many of them every page has. */
    private static final class Series {
        double[] values = new double[64];
        int size;
        int sent;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    EventHub() {
        sender.scheduleWithFixedDelay(this::sendPending, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** A page opened the event stream: it gets everything so far, then the news. */
    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        synchronized (this) {
            for (Map.Entry<String, Series> e : series.entrySet()) {
                client.sendEvent("scalars", scalars(e.getKey(), e.getValue(), 0, e.getValue().sent));
            }
            if (points != null) {
                client.sendEvent("points", points);
            }
            if (line != null && !lineChanged) {
                client.sendEvent("line", line);
            }
            figures.forEach((number, json) -> {
                if (!figuresChanged.contains(number)) {
                    client.sendEvent("figure", json);
                }
            });
            clients.add(client);
        }
    }

    @Override
    public synchronized void scalar(String name, double value) {
        series.computeIfAbsent(name, n -> new Series()).add(value);
        sessionChanged = true;
    }

    /** The session's values may have changed: a run ended. */
    synchronized void sessionChanged() {
        sessionChanged = true;
    }

    @Override
    public synchronized void points(double[] x, double[] y) {
        points = xy(x, y);
        pending.add(new String[] {"points", points});
    }

    @Override
    public synchronized void line(double[] x, double[] y) {
        line = xy(x, y);
        lineChanged = true;
    }

    /** A figure drawn: only its latest state is kept and sent, however often a loop draws it. */
    @Override
    public synchronized void figure(FigureData f) {
        StringBuilder b = new StringBuilder("{\"number\":").append(f.number())
                .append(",\"title\":").append(Json.string(f.title()))
                .append(",\"xlabel\":").append(Json.string(f.xlabel()))
                .append(",\"ylabel\":").append(Json.string(f.ylabel())).append(",\"series\":[");
        for (int i = 0; i < f.series().size(); i++) {
            FigureData.Series s = f.series().get(i);
            b.append(i > 0 ? "," : "").append("{\"kind\":").append(Json.string(s.kind()))
                    .append(",\"label\":").append(s.label() == null ? "null" : Json.string(s.label()))
                    .append(",\"color\":").append(Json.string(s.color()))
                    .append(",\"x\":").append(Json.numbers(s.x())).append(",\"y\":").append(Json.numbers(s.y()))
                    .append('}');
        }
        figures.put(f.number(), b.append("]}").toString());
        figuresChanged.add(f.number());
    }

    /** Output of a code cell, sent with the next batch. */
    synchronized void cellOutput(long id, String text) {
        pending.add(new String[] {"cell", "{\"id\":" + id + ",\"text\":" + Json.string(text) + "}"});
    }

    synchronized void cellDone(long id, boolean ok) {
        pending.add(new String[] {"cell-done", "{\"id\":" + id + ",\"ok\":" + ok + "}"});
    }

    private void sendPending() {
        List<String[]> batch = new ArrayList<>();
        synchronized (this) {
            for (Map.Entry<String, Series> e : series.entrySet()) {
                Series s = e.getValue();
                if (s.sent < s.size) {
                    batch.add(new String[] {"scalars", scalars(e.getKey(), s, s.sent, s.size)});
                    s.sent = s.size;
                }
            }
            batch.addAll(pending);
            pending.clear();
            figuresChanged.forEach(number -> batch.add(new String[] {"figure", figures.get(number)}));
            figuresChanged.clear();
            if (lineChanged) {
                batch.add(new String[] {"line", line});
                lineChanged = false;
            }
            long now = System.currentTimeMillis();
            if (sessionChanged && now - changedSentAt >= CHANGED_PERIOD_MS) {
                batch.add(new String[] {"changed", "{}"});
                sessionChanged = false;
                changedSentAt = now;
            }
        }
        for (SseClient c : clients) {
            for (String[] event : batch) {
                if (!c.terminated()) {
                    c.sendEvent(event[0], event[1]);
                }
            }
        }
    }

    private static String scalars(String name, Series s, int from, int to) {
        return "{\"series\":" + Json.string(name) + ",\"from\":" + from + ",\"values\":"
                + Json.numbers(s.values, from, to) + "}";
    }

    private static String xy(double[] x, double[] y) {
        return "{\"x\":" + Json.numbers(x) + ",\"y\":" + Json.numbers(y) + "}";
    }

    /** Sends what is left, then ends every stream. */
    void close() {
        sender.shutdown();
        sendPending();
        for (SseClient c : clients) {
            c.close();
        }
        clients.clear();
    }
}
