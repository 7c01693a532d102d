package dev.kindling.lang.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * The file operations of {@code open()}, {@code os}, {@code os.path}, {@code pathlib} and
 * {@code json}: each turns the script's name into a path through the session's
 * {@link FileAccess} gate first, so a confined session reads, writes and lists only below its
 * folder, and each failure is CPython's OSError in CPython's words, naming the file as the
 * script wrote it.
 */
public final class ScriptFiles {
    private ScriptFiles() {}

    private static Path path(String name) {
        return FileAccess.current().resolve(name);
    }

    /** {@code os.path.exists}: False for a name the policy refuses, as CPython's for any OSError. */
    public static boolean exists(String name) {
        try {
            return Files.exists(path(name));
        } catch (KindlingError refused) {
            return false;
        }
    }

    /** {@code os.path.isfile}; False when refused, as {@link #exists}. */
    public static boolean isFile(String name) {
        try {
            return Files.isRegularFile(path(name));
        } catch (KindlingError refused) {
            return false;
        }
    }

    /** {@code os.path.isdir}; False when refused, as {@link #exists}. */
    public static boolean isDirectory(String name) {
        try {
            return Files.isDirectory(path(name));
        } catch (KindlingError refused) {
            return false;
        }
    }

    /** {@code os.listdir}: the names in a folder, in the order the file system gives them, as CPython. */
    public static List<String> list(String name) {
        Path folder = path(name);
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder) ? OsErrors.notADirectory(name) : OsErrors.noSuchFile(name);
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
        return names;
    }

    /** {@code os.mkdir}: one folder, whose parent must exist. */
    public static void makeDirectory(String name) {
        try {
            Files.createDirectory(path(name));
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** {@code os.makedirs(name, exist_ok=...)}: the folder and any missing parents. */
    public static void makeDirectories(String name, boolean existOk) {
        Path folder = path(name);
        if (Files.exists(folder)) {
            if (existOk && Files.isDirectory(folder)) {
                return;
            }
            throw OsErrors.fileExists(name);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** {@code os.remove}: a file, not a folder. */
    public static void remove(String name) {
        Path file = path(name);
        if (Files.isDirectory(file)) {
            throw OsErrors.isADirectory(name);
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** {@code os.rmdir}: an empty folder. */
    public static void removeDirectory(String name) {
        Path folder = path(name);
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder) ? OsErrors.notADirectory(name) : OsErrors.noSuchFile(name);
        }
        try {
            Files.delete(folder);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            throw OsErrors.directoryNotEmpty(name);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** The whole file as UTF-8 text. */
    public static String readText(String name) {
        Path file = path(name);
        if (Files.isDirectory(file)) {
            throw OsErrors.isADirectory(name);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** Replaces the file's content with {@code text} in UTF-8, creating it when missing. */
    public static void writeText(String name, String text) {
        Path file = path(name);
        if (Files.isDirectory(file)) {
            throw OsErrors.isADirectory(name);
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** {@code open(name, 'r')}: the file's bytes, read from the start. */
    public static InputStream openToRead(String name) {
        Path file = path(name);
        if (Files.isDirectory(file)) {
            throw OsErrors.isADirectory(name);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /**
     * {@code open(name, kind)} for writing: {@code 'w'} empties or creates the file, {@code 'a'}
     * appends to it or creates it, {@code 'x'} creates it and fails when it exists.
     */
    public static OutputStream openToWrite(String name, char kind) {
        Path file = path(name);
        if (Files.isDirectory(file)) {
            throw OsErrors.isADirectory(name);
        }
        OpenOption[] options = switch (kind) {
            case 'a' -> new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND};
            case 'x' -> new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
            default -> new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE};
        };
        try {
            return Files.newOutputStream(file, options);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** The session's working directory as a script sees it ({@code os.getcwd()}). */
    public static String workingDirectory() {
        return FileAccess.current().workingDirectory().toString();
    }
}
