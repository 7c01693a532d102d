package dev.kindling.lab;

import dev.kindling.embed.Session;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * Kindling Lab: the course's interactive page, served to a browser on this machine by the
 * session's own JVM and fed live by the session (its loss curve, a watched model's fit, code
 * cells run in it). Opened by {@code bin/kindling --lab} or the REPL's {@code :lab}; it listens on
 * 127.0.0.1 only, answers only requests that pass {@link RequestGuard}, serves only
 * {@link BundledResources}, and stops when its session closes.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     Lab lab = Lab.open(session, 0);        // 0: any free port
 *     System.out.println(lab.url());         // http://127.0.0.1:PORT/?token=...
 *     session.exec(script);                  // the page shows its training live
 * }                                          // the server stops with the session
 * }</pre>
 */
public final class Lab implements AutoCloseable {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final Session session;
    private final RequestGuard guard;
    private final EventHub events = new EventHub();
    private final CellRunner cells;
    private final LoopStepper stepper;
    private final FlowNetwork flow;
    private final Javalin server;
    private volatile boolean closed;

    private Lab(Session session, int port) {
        this.session = session;
        this.guard = new RequestGuard(RequestGuard.newToken());
        this.cells = new CellRunner(session, events);
        this.stepper = new LoopStepper(new SessionCode(session, "<lab-stepper>"));
        this.flow = new FlowNetwork(new SessionCode(session, "<lab-flow>"));
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.before(this::guardAndHeaders);
            BundledResources.FILES.forEach((path, file) -> {
                byte[] bytes = BundledResources.read(file[0]);
                config.routes.get(path, ctx -> ctx.contentType(file[1]).result(bytes));
            });
            config.routes.sse("/events", events::connect);
            config.routes.post("/api/cell", this::postCell);
            config.routes.get("/api/vars", ctx -> json(ctx, PanelData.variables(session.introspection())));
            config.routes.get("/api/tensor", ctx -> json(ctx, PanelData.tensor(session.introspection(), name(ctx))));
            config.routes.get("/api/graph", ctx -> json(ctx, PanelData.graph(session.introspection(), name(ctx))));
            config.routes.get("/api/stepper", ctx -> json(ctx, cells.inTurn(stepper::state)));
            config.routes.post("/api/stepper/next", ctx -> json(ctx, cells.inTurn(stepper::advance)));
            config.routes.post("/api/stepper/reset", ctx -> json(ctx, cells.inTurn(stepper::reset)));
            config.routes.get("/api/flow", ctx -> json(ctx, cells.inTurn(flow::state)));
            config.routes.post("/api/flow/reset", ctx -> json(ctx, cells.inTurn(flow::reset)));
            config.routes.post("/api/flow/forward", ctx -> {
                double x1 = number(ctx, "x1"), x2 = number(ctx, "x2");
                json(ctx, cells.inTurn(() -> flow.forward(x1, x2)));
            });
            config.routes.post("/api/flow/backward", ctx -> {
                double x1 = number(ctx, "x1"), x2 = number(ctx, "x2"), target = number(ctx, "target");
                json(ctx, cells.inTurn(() -> flow.backward(x1, x2, target)));
            });
        });
    }

    /**
     * Starts the Lab for {@code session} on 127.0.0.1 at {@code port} (0: a free one) and attaches
     * it to the session's training reports. An IllegalStateException says the port is taken.
     */
    public static Lab open(Session session, int port) {
        Lab lab = new Lab(session, port);
        try {
            lab.server.start();
        } catch (RuntimeException e) {
            lab.server.stop();
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port + " (" + rootMessage(e) + ")", e);
        }
        lab.guard.listeningOn(lab.server.port());
        session.setTrainingListener(lab.events);
        session.setFigureListener(lab.events);
        session.afterEachRun(() -> {
            if (!lab.closed) {
                lab.events.sessionChanged();
            }
        });
        session.onClose(lab::close);
        return lab;
    }

    /** The link to print: this server's address with the session's token. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/?token=" + guard.token();
    }

    public int port() {
        return server.port();
    }

    /** The token a request must carry (tests of the guard use it). */
    String token() {
        return guard.token();
    }

    private void guardAndHeaders(Context ctx) {
        guard.check(ctx);
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }

    private static String name(Context ctx) {
        String name = ctx.queryParam("name");
        return name == null ? "" : name;
    }

    /** A finite number from the query, or 400: the widgets' inputs become Python literals. */
    private static double number(Context ctx, String key) {
        String text = ctx.queryParam(key);
        try {
            double v = Double.parseDouble(text == null ? "" : text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestResponse(key + " must be a finite number");
    }

    private void postCell(Context ctx) {
        long id = cells.submit(ctx.body());
        ctx.contentType("application/json").result("{\"id\":" + id + "}");
    }

    /** Stops the server and detaches from the session; closing the session does it too. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.setTrainingListener(null);
        session.setFigureListener(null);
        cells.close();
        events.close();
        server.stop();
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }
}
