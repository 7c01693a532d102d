package dev.kindling.lab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

/**
 * Who may talk to a Lab: a page on this machine that was given the URL. Every request must
 * <ul>
 *   <li>name this server as its {@code Host} ({@code 127.0.0.1:PORT} or {@code localhost:PORT}),
 *       so a page on another site cannot reach it by pointing its own name at 127.0.0.1
 *       (DNS rebinding);</li>
 *   <li>come from no {@code Origin} or this server's own, so another site's page cannot post code
 *       cells or read the event stream;</li>
 *   <li>carry the session's random token: in the URL ({@code ?token=}, how the printed link and
 *       the event stream pass it), in the {@code X-Kindling-Token} header (how the page's requests
 *       pass it), or in the cookie the page gets when it loads with a valid token (how its
 *       scripts and style sheets pass it; SameSite=Strict, so other sites' requests lack it).</li>
 * </ul>
 */
final class RequestGuard {
    static final String HEADER = "X-Kindling-Token";
    static final String COOKIE = "kindling-lab-token";

    private final String token;
    private final byte[] tokenBytes;
    private Set<String> hosts = Set.of();

    RequestGuard(String token) {
        this.token = token;
        this.tokenBytes = token.getBytes(StandardCharsets.UTF_8);
    }

    /** 24 random bytes, URL-safe: what the printed link carries. */
    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /** The port is known once the server listens; until then every request is refused. */
    void listeningOn(int port) {
        hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    /** Refuses the request (403 or 401) unless it passes all three checks. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenResponse("Kindling Lab answers only to 127.0.0.1 and localhost");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !hosts.contains(stripScheme(origin))) {
            throw new ForbiddenResponse("Kindling Lab refuses requests from other origins");
        }
        boolean fromUrl = matches(ctx.queryParam("token"));
        if (!fromUrl && !matches(ctx.header(HEADER)) && !matches(ctx.cookie(COOKIE))) {
            throw new UnauthorizedResponse("Kindling Lab needs the token of the link it printed");
        }
        if (fromUrl && "/".equals(ctx.path())) {
            ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        }
    }

    private static String stripScheme(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") ? lower.substring("http://".length()) : "";
    }

    private boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(tokenBytes, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
