package dev.kindling.lang.files;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.Repr;

/**
 * CPython's OSError family for a file a script named, in CPython's words:
 * {@code FileNotFoundError: [Errno 2] No such file or directory: 'x'}. The file name is the one
 * the script wrote (its repr), never the path Kindling resolved it to, so a confined script
 * learns nothing of the host's folders; a Java exception's own text never reaches the script.
 */
public final class OsErrors {
    /** What a failed system call reports (strerror's text on Linux), with its errno and class. */
    private record Errno(int number, String text, ErrorType type) {}

    private static final Errno EIO = new Errno(5, "Input/output error", ErrorType.OS_ERROR);

    /** The errors a file operation can meet, keyed by the OS's text, which Java passes on as the reason. */
    private static final Map<String, Errno> BY_TEXT = Map.ofEntries(
            entry(1, "Operation not permitted", ErrorType.PERMISSION_ERROR),
            entry(2, "No such file or directory", ErrorType.FILE_NOT_FOUND_ERROR),
            entry(17, "File exists", ErrorType.FILE_EXISTS_ERROR),
            entry(5, "Input/output error", ErrorType.OS_ERROR),
            entry(13, "Permission denied", ErrorType.PERMISSION_ERROR),
            entry(20, "Not a directory", ErrorType.NOT_A_DIRECTORY_ERROR),
            entry(21, "Is a directory", ErrorType.IS_A_DIRECTORY_ERROR),
            entry(27, "File too large", ErrorType.OS_ERROR),
            entry(28, "No space left on device", ErrorType.OS_ERROR),
            entry(30, "Read-only file system", ErrorType.OS_ERROR),
            entry(36, "File name too long", ErrorType.OS_ERROR),
            entry(39, "Directory not empty", ErrorType.OS_ERROR),
            entry(40, "Too many levels of symbolic links", ErrorType.OS_ERROR),
            entry(122, "Disk quota exceeded", ErrorType.OS_ERROR));

    /**
     * {@code io.UnsupportedOperation}: reading a file opened for writing and the like. CPython's
     * derives from both OSError and ValueError; Kindling's classes have one base, so it is an
     * OSError here and {@code except ValueError} does not catch it.
     */
    public static final PyClass UNSUPPORTED_OPERATION = PyClass.user("UnsupportedOperation", "io",
            BuiltinTypes.exceptionClass(ErrorType.OS_ERROR));

    private OsErrors() {}

    /** {@code io.UnsupportedOperation: not readable} and its kin. */
    public static KindlingError unsupportedOperation(String message) {
        return Exceptions.toError(UNSUPPORTED_OPERATION.call(new Object[] {message}, null));
    }

    /** {@code ValueError: I/O operation on closed file.} */
    public static KindlingError closedFile() {
        return KindlingError.valueError("I/O operation on closed file.");
    }

    private static Map.Entry<String, Errno> entry(int number, String text, ErrorType type) {
        return Map.entry(text, new Errno(number, text, type));
    }

    /** {@code FileNotFoundError: [Errno 2] No such file or directory: 'name'}. */
    public static KindlingError noSuchFile(String name) {
        return error(BY_TEXT.get("No such file or directory"), name);
    }

    /** {@code PermissionError: [Errno 13] Permission denied: 'name'}: what a refused path raises. */
    public static KindlingError permissionDenied(String name) {
        return error(BY_TEXT.get("Permission denied"), name);
    }

    /** {@code FileExistsError: [Errno 17] File exists: 'name'}. */
    public static KindlingError fileExists(String name) {
        return error(BY_TEXT.get("File exists"), name);
    }

    /** {@code OSError: [Errno 39] Directory not empty: 'name'}. */
    public static KindlingError directoryNotEmpty(String name) {
        return error(BY_TEXT.get("Directory not empty"), name);
    }

    /** {@code IsADirectoryError: [Errno 21] Is a directory: 'name'}. */
    public static KindlingError isADirectory(String name) {
        return error(BY_TEXT.get("Is a directory"), name);
    }

    /** {@code NotADirectoryError: [Errno 20] Not a directory: 'name'}. */
    public static KindlingError notADirectory(String name) {
        return error(BY_TEXT.get("Not a directory"), name);
    }

    /** {@code OSError: [Errno 22] Invalid argument: 'name'}: a name the file system cannot hold. */
    public static KindlingError invalidArgument(String name) {
        return error(new Errno(22, "Invalid argument", ErrorType.OS_ERROR), name);
    }

    /**
     * The Python error for a failed operation on the file the script called {@code name}. Java
     * reports the OS's reason as text; known reasons get their errno, and anything else is
     * reported as an input/output error rather than passing Java's text on.
     */
    public static KindlingError from(IOException e, String name) {
        if (e instanceof ClosedByInterruptException) {
            // The session's thread was interrupted (Session.close) while the file was open.
            return new KindlingError(ErrorType.KEYBOARD_INTERRUPT, "");
        }
        if (e instanceof NoSuchFileException) {
            return noSuchFile(name);
        }
        if (e instanceof AccessDeniedException) {
            return permissionDenied(name);
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return fileExists(name);
        }
        if (e instanceof NotDirectoryException) {
            return notADirectory(name);
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return error(reason == null ? EIO : BY_TEXT.getOrDefault(reason, EIO), name);
    }

    private static KindlingError error(Errno errno, String name) {
        return new KindlingError(errno.type(), "[Errno " + errno.number() + "] " + errno.text() + ": " + Repr.repr(name));
    }
}
