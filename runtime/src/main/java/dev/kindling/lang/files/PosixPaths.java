package dev.kindling.lang.files;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython's {@code posixpath} on path strings, as written: join, split, basename, dirname,
 * splitext, and pathlib's parsing into parts. Pure string work, no file system: what a script
 * computes from a name is the same whatever the session's file policy.
 */
public final class PosixPaths {
    private PosixPaths() {}

    /** {@code os.path.join(a, *p)}: an absolute part restarts the path; a '/' goes between parts. */
    public static String join(String first, List<String> rest) {
        StringBuilder path = new StringBuilder(first);
        for (String part : rest) {
            if (part.startsWith("/")) {
                path.setLength(0);
                path.append(part);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(part);
            } else {
                path.append('/').append(part);
            }
        }
        return path.toString();
    }

    /** {@code os.path.split(p)}: (head, tail), the head without trailing slashes unless it is all slashes. */
    public static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            head = head.replaceAll("/+$", "");
        }
        return new String[] {head, tail};
    }

    public static String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    public static String dirname(String p) {
        return split(p)[0];
    }

    /** {@code os.path.splitext(p)}: the extension starts at the last dot of the name, not a leading one. */
    public static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            int nameStart = sep + 1;
            for (int i = nameStart; i < dot; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dot), p.substring(dot)};
                }
            }
        }
        return new String[] {p, ""};
    }

    /**
     * pathlib's parts of a path string: a leading "/" (or "//", which POSIX keeps apart) as the
     * root, then the names, with empty and "." names dropped. {@code ".."} stays as written.
     */
    public static List<String> parts(String p) {
        List<String> parts = new ArrayList<>();
        String root = p.startsWith("//") && !p.startsWith("///") ? "//" : p.startsWith("/") ? "/" : "";
        if (!root.isEmpty()) {
            parts.add(root);
        }
        for (String name : p.substring(root.length()).split("/")) {
            if (!name.isEmpty() && !name.equals(".")) {
                parts.add(name);
            }
        }
        return parts;
    }

    /** The string of a path made of {@code parts}: "." when there are none. */
    public static String fromParts(List<String> parts) {
        if (parts.isEmpty()) {
            return ".";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            s.append(part);
            if (i + 1 < parts.size() && !part.endsWith("/")) {
                s.append('/');
            }
        }
        return s.toString();
    }
}
