package dev.kindling.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;

/** The Lab's guard over plain HTTP: token, Origin, Host, the bundled files only, and its lifetime. */
class LabSecurityTest {
    private Session session;
    private Lab lab;

    @BeforeEach
    void open() {
        session = Kindling.builder().build().newSession();
        lab = Lab.open(session, 0);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void thePrintedUrlIsLoopbackWithAToken() {
        assertTrue(lab.url().matches("http://127\\.0\\.0\\.1:" + lab.port() + "/\\?token=[A-Za-z0-9_-]{32}"), lab.url());
    }

    @Test
    void thePageNeedsTheToken() throws IOException {
        assertEquals(401, get("/", host()).status);
        assertEquals(401, get("/?token=wrong", host()).status);
        Response page = get("/?token=" + lab.token(), host());
        assertEquals(200, page.status);
        assertTrue(page.body.contains("<title>Kindling Lab</title>"));
        assertTrue(page.head.contains("Set-Cookie: kindling-lab-token=" + lab.token()), page.head);
        assertTrue(page.head.contains("SameSite=Strict"), page.head);
    }

    @Test
    void theTokenAlsoComesAsHeaderOrCookie() throws IOException {
        assertEquals(200, get("/lab.js", host(), "X-Kindling-Token: " + lab.token()).status);
        assertEquals(200, get("/vendor/uPlot.iife.min.js", host(), "Cookie: kindling-lab-token=" + lab.token()).status);
        assertEquals(401, get("/lab.js", host(), "Cookie: kindling-lab-token=x" + lab.token()).status);
    }

    @Test
    void theEventStreamNeedsTheToken() throws IOException {
        assertEquals(401, get("/events", host()).status);
    }

    @Test
    void aForeignOriginIsRefused() throws IOException {
        String t = "/?token=" + lab.token();
        assertEquals(403, get(t, host(), "Origin: http://evil.example").status);
        assertEquals(403, get(t, host(), "Origin: http://127.0.0.1:" + (lab.port() + 1)).status);
        assertEquals(403, get(t, host(), "Origin: null").status);
        assertEquals(200, get(t, host(), "Origin: http://127.0.0.1:" + lab.port()).status);
        assertEquals(200, get(t, host(), "Origin: http://localhost:" + lab.port()).status);
    }

    @Test
    void anotherHostIsRefusedAsDnsRebinding() throws IOException {
        String t = "/?token=" + lab.token();
        assertEquals(403, get(t, "evil.example:" + lab.port()).status);
        assertEquals(403, get(t, "127.0.0.1.evil.example:" + lab.port()).status);
        assertEquals(403, get(t, "127.0.0.1").status);
        assertEquals(200, get(t, "localhost:" + lab.port()).status);
    }

    @Test
    void onlyTheBundledFilesAreServed() throws IOException {
        String auth = "X-Kindling-Token: " + lab.token();
        for (String path : new String[] {"/index.html", "/../pom.xml", "/dev/kindling/lab/Lab.class",
            "/META-INF/MANIFEST.MF", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/etc/passwd"}) {
            int status = get(path, host(), auth).status;
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
        for (String path : BundledResources.FILES.keySet()) {
            assertEquals(200, get(path, host(), auth).status, path);
        }
    }

    @Test
    void aCellFromAForeignOriginDoesNotRun() throws Exception {
        Response refused = post("/api/cell", "ran = 1", "X-Kindling-Token: " + lab.token(), "Origin: http://evil.example");
        assertEquals(403, refused.status);
        assertEquals(401, post("/api/cell", "ran = 1").status);
        Response accepted = post("/api/cell", "ran = 41 + 1", "X-Kindling-Token: " + lab.token(),
                "Origin: http://127.0.0.1:" + lab.port());
        assertEquals(200, accepted.status);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (session.get("ran") == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(42L, ((Number) session.get("ran")).longValue(), "only the accepted cell ran");
    }

    @Test
    void theWidgetsNeedTheTokenAndTakeOnlyFiniteNumbers() throws Exception {
        String auth = "X-Kindling-Token: " + lab.token();
        assertEquals(401, post("/api/stepper/next", "").status);
        assertEquals(403, post("/api/flow/forward?x1=1&x2=2", "", auth, "Origin: http://evil.example").status);
        assertEquals(null, session.get("step_model"), "neither widget ran");
        for (String query : new String[] {"x1=nan&x2=1", "x1=1", "x1=1&x2=__import__", "x1=1&x2=Infinity"}) {
            Response refused = post("/api/flow/forward?" + query, "", auth);
            assertEquals(400, refused.status, query);
        }
        assertEquals(null, session.get("flow_x"));
        Response ok = post("/api/flow/forward?x1=1&x2=-2.5", "", auth);
        assertEquals(200, ok.status);
        assertTrue(ok.body.contains("\"x\":[1,-2.5]"), ok.body);
        Response step = post("/api/stepper/next", "", auth);
        assertEquals(200, step.status);
        assertTrue(step.body.contains("\"last\":0"), step.body);
    }

    @Test
    void theServerStopsWithItsSession() {
        int port = lab.port();
        session.close();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

    private String host() {
        return "127.0.0.1:" + lab.port();
    }

    private record Response(int status, String head, String body) {}

    private Response get(String path, String host, String... headers) throws IOException {
        return exchange("GET " + path, host, null, headers);
    }

    private Response post(String path, String body, String... headers) throws IOException {
        return exchange("POST " + path, host(), body, headers);
    }

    private Response exchange(String requestLine, String host, String body, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", lab.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: ").append(host)
                    .append("\r\nConnection: close\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: text/plain\r\nContent-Length: ").append(payload.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Response(status, head, split < 0 ? "" : text.substring(split + 4));
        }
    }
}
