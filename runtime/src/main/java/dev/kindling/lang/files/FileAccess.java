package dev.kindling.lang.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import dev.kindling.errors.KindlingError;

/**
 * The one gate through which scripts reach files: every built-in that opens, creates or replaces
 * a file a script names ({@code torch.save}, {@code torch.load}, {@code plt.savefig},
 * {@code plt.show}, and {@code os}, {@code pathlib} and {@code json} through
 * {@link ScriptFiles}) turns the script's name into a path here first, and opens only that path.
 *
 * <p>A session has one, made from its host's policy and bound to the session's thread
 * ({@link #current()}); relative names resolve against the session's own working directory,
 * never the JVM's, so sessions side by side keep their files apart. Three modes:
 * <ul>
 * <li><b>unrestricted</b>: any path the JVM can reach (the CLI's and, for now, the embedding
 *     default);</li>
 * <li><b>confined</b> to a root folder: the name is resolved against the working directory,
 *     {@code ..} is applied to it as written, then the symbolic links of its existing part are
 *     followed; a path that ends up outside the root is refused with CPython's
 *     {@code PermissionError: [Errno 13] Permission denied: 'name'}. The path returned is the
 *     resolved one, so what is opened is what was checked;</li>
 * <li><b>none</b>: every file access is refused with that PermissionError.</li>
 * </ul>
 * In every mode, a NUL byte in a name is CPython's {@code ValueError: embedded null byte} and an
 * empty name is {@code FileNotFoundError: [Errno 2] No such file or directory: ''}, as for
 * {@code open()}. Scripts cannot make links ({@code os} has no symlink), so a confined
 * script cannot change what a checked path leads to between the check and the open.
 */
public final class FileAccess {
    private enum Mode { UNRESTRICTED, CONFINED, NONE }

    /** Outside any session (Java code calling a module directly): the JVM's own working directory. */
    private static final FileAccess PROCESS = unrestricted(Path.of(System.getProperty("user.dir")));
    private static final ThreadLocal<FileAccess> CURRENT = new ThreadLocal<>();

    private final Mode mode;
    private final Path root;
    private final Path workingDirectory;

    private FileAccess(Mode mode, Path root, Path workingDirectory) {
        this.mode = mode;
        this.root = root;
        this.workingDirectory = workingDirectory;
    }

    /** Any path; relative names resolve against {@code workingDirectory}. */
    public static FileAccess unrestricted(Path workingDirectory) {
        return new FileAccess(Mode.UNRESTRICTED, null, workingDirectory.toAbsolutePath().normalize());
    }

    /**
     * Only paths below {@code root}, an existing folder; relative names resolve against
     * {@code workingDirectory} (itself relative to the root), or the root when it is null.
     *
     * @throws IllegalArgumentException when the root is not a folder or the working directory
     *     lies outside it: a host's mistake, not a script's
     */
    public static FileAccess confined(Path root, Path workingDirectory) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("the root folder " + root + " does not exist", e);
        }
        if (!Files.isDirectory(realRoot)) {
            throw new IllegalArgumentException("the root folder " + root + " is not a folder");
        }
        FileAccess atRoot = new FileAccess(Mode.CONFINED, realRoot, realRoot);
        if (workingDirectory == null) {
            return atRoot;
        }
        Path cwd = atRoot.realPath(realRoot.resolve(workingDirectory).normalize());
        if (cwd == null || !cwd.startsWith(realRoot)) {
            throw new IllegalArgumentException("the working directory " + workingDirectory + " is outside " + root);
        }
        return new FileAccess(Mode.CONFINED, realRoot, cwd);
    }

    /** No file access at all. */
    public static FileAccess none() {
        return new FileAccess(Mode.NONE, null, Path.of(System.getProperty("user.dir")));
    }

    /** The gate of the session running on this thread; outside sessions, unrestricted at the JVM's directory. */
    public static FileAccess current() {
        FileAccess bound = CURRENT.get();
        return bound == null ? PROCESS : bound;
    }

    /** Makes {@code access} the gate of the calling thread: a session binds its own on its thread. */
    public static void bindToThisThread(FileAccess access) {
        CURRENT.set(access);
    }

    /** Where relative names start (absolute; for a confined session, inside its root). */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /**
     * The path to open for the file a script calls {@code name}, after the policy's checks.
     *
     * @throws KindlingError ValueError for a NUL byte, FileNotFoundError for an empty name,
     *     PermissionError for a name the policy refuses
     */
    public Path resolve(String name) {
        if (name.indexOf('\0') >= 0) {
            throw KindlingError.valueError("embedded null byte");
        }
        if (name.isEmpty()) {
            throw OsErrors.noSuchFile(name);
        }
        if (mode == Mode.NONE) {
            throw OsErrors.permissionDenied(name);
        }
        Path absolute;
        try {
            absolute = workingDirectory.resolve(Path.of(name));
        } catch (InvalidPathException e) {
            throw OsErrors.invalidArgument(name);
        }
        if (mode == Mode.UNRESTRICTED) {
            // As the OS would take it: '..' after a link goes where the link leads.
            return absolute;
        }
        Path real = realPath(absolute.normalize());
        if (real == null || !real.startsWith(root)) {
            throw OsErrors.permissionDenied(name);
        }
        return real;
    }

    /** Whether this gate lets a script reach any file at all. */
    public boolean allowsFiles() {
        return mode != Mode.NONE;
    }

    /**
     * The folder {@code plt.show()} saves figures in, as the script would name it: the temp
     * folder when unrestricted (matplotlib's non-interactive show leaves nothing in the working
     * directory), the working directory otherwise, the only place a confined script may write.
     */
    public String figureFolder() {
        return mode == Mode.UNRESTRICTED ? System.getProperty("java.io.tmpdir") : "";
    }

    /**
     * {@code path} (absolute, normalised) with the links of its longest existing prefix followed;
     * the missing rest is appended as written. Null when the existing part cannot be followed (a
     * dangling link, a loop, an unreadable folder): where it leads cannot be checked.
     */
    private Path realPath(Path path) {
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            return null;
        }
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real;
    }
}
