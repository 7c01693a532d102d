package dev.kindling.lang;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/** Test helper: runs code in a fresh session and returns what it printed, then any traceback. */
public final class Scripts {
    private Scripts() {}

    public static String run(String code) {
        return run(code, "<string>");
    }

    public static String run(String code, String fileName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session session = Kindling.builder().out(out).err(out).build().newSession()) {
            session.exec(code, fileName);
        } catch (KindlingError e) {
            out.print(Session.formatError(e));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs code that must raise; returns the last traceback line ("Type: message"). */
    public static String error(String code) {
        String out = run(code);
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
