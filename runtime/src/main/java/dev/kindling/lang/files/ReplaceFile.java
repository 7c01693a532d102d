package dev.kindling.lang.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers only ever see the old contents or the new ones, whole: the new
 * contents go to a temporary file of a unique name in the same folder, which is flushed to disk
 * ({@code fsync}) and then renamed over the target in one step ({@code rename(2)}, which replaces
 * the target atomically: there is never a moment without a file of that name), and the folder is
 * flushed so that the rename itself survives a crash. If anything fails before the rename (the
 * contents cannot be made, the disk is full) the temporary file is removed and the target is
 * untouched. No fixed name (such as {@code <target>.partial}) is used, so two sessions saving to
 * the same name never write into each other's temporary file, and a file of that name that
 * belongs to someone else is never touched.
 */
public final class ReplaceFile {
    /** The longest part of the target's name kept in the temporary file's name, in code points. */
    private static final int NAME_PREFIX = 48;

    /** Writes the new contents into an open channel, from position 0. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(FileChannel channel) throws IOException;
    }

    private ReplaceFile() {}

    /**
     * Replaces (or creates) {@code target}, a path {@link FileAccess#resolve} returned for the
     * script's {@code name}, with what {@code contents} writes. Errors are CPython's, naming
     * {@code name}; an error {@code contents} raises itself passes through unchanged.
     */
    public static void write(Path target, String name, Contents contents) {
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw OsErrors.isADirectory(name);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw folder != null && Files.exists(folder) ? OsErrors.notADirectory(name) : OsErrors.noSuchFile(name);
        }
        Path temp = null;
        boolean renamed = false;
        try {
            temp = newTemporaryFile(folder, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                contents.writeTo(channel);
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            renamed = true;
            flushFolder(folder);
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        } finally {
            if (!renamed && temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** A new, empty, hidden file {@code .<name>.<random>.tmp} in {@code folder}, created by this call alone. */
    private static Path newTemporaryFile(Path folder, String name) throws IOException {
        int keep = Math.min(NAME_PREFIX, name.codePointCount(0, name.length()));
        String prefix = "." + name.substring(0, name.offsetByCodePoints(0, keep)) + ".";
        while (true) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path candidate = folder.resolve(prefix + random + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same name: draw again
            }
        }
    }

    /** fsync of the folder, so that the rename is on disk; some platforms (Windows) cannot open a folder, and skip it. */
    private static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException unsupported) {
            // the rename has happened; only its durability across a power loss is then the OS's
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more can be done; the name is unique, so it blocks no later save
        }
    }
}
