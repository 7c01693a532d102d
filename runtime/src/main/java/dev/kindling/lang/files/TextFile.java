package dev.kindling.lang.files;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * A file {@code open()} opened in text mode: CPython's {@code TextIOWrapper} as scripts use it.
 * Reading decodes and, with {@code newline=None}, turns {@code \r\n} and {@code \r} into
 * {@code \n}; writing turns {@code \n} into the {@code newline} given. Each {@link #write}
 * reaches the file at once, so a file a script forgets to close holds all it was given, as it
 * does in CPython once the object is gone. Errors are CPython's: {@code io.UnsupportedOperation:
 * not readable}, {@code ValueError: I/O operation on closed file.}
 */
public final class TextFile {
    /** Python's spellings of encodings Java knows under another name. */
    private static final Map<String, String> ENCODING_ALIASES = Map.of("latin-1", "ISO-8859-1", "utf-8-sig",
            "UTF-8", "cp65001", "UTF-8");

    private final String name;
    private final FileMode mode;
    private final String encoding;
    private final String newline;
    private final PushbackReader reader;
    private final Writer writer;
    private boolean closed;

    private TextFile(String name, FileMode mode, String encoding, String newline, PushbackReader reader,
            Writer writer) {
        this.name = name;
        this.mode = mode;
        this.encoding = encoding;
        this.newline = newline;
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Opens {@code name} through the session's file gate. As in CPython, the file is opened
     * (created, emptied) before {@code newline} and {@code encoding} are checked.
     *
     * @param encoding the script's encoding name, or null for UTF-8
     * @param newline null for universal newlines, or one of "", "\n", "\r", "\r\n"
     */
    public static TextFile open(String name, FileMode mode, String encoding, String newline) {
        if (mode.kind() == 'r') {
            var in = ScriptFiles.openToRead(name);
            Charset charset = checked(encoding, newline, in);
            return new TextFile(name, mode, encoding, newline,
                    new PushbackReader(new InputStreamReader(in, charset.newDecoder()), 2), null);
        }
        var out = ScriptFiles.openToWrite(name, mode.kind());
        Charset charset = checked(encoding, newline, out);
        return new TextFile(name, mode, encoding, newline, null,
                new OutputStreamWriter(out, charset.newEncoder()));
    }

    /** The charset after TextIOWrapper's checks; closes the just-opened stream when they fail. */
    private static Charset checked(String encoding, String newline, java.io.Closeable opened) {
        try {
            if (newline != null && !List.of("", "\n", "\r", "\r\n").contains(newline)) {
                throw KindlingError.valueError("illegal newline value: " + newline);
            }
            return charset(encoding);
        } catch (KindlingError e) {
            try {
                opened.close();
            } catch (IOException ignored) {
                // The check's error is the one to report.
            }
            throw e;
        }
    }

    /** Java's charset for a Python encoding name; CPython's LookupError for an unknown one. */
    static Charset charset(String encoding) {
        if (encoding == null) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        String key = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        try {
            return Charset.forName(ENCODING_ALIASES.getOrDefault(key, key));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw KindlingError.of(ErrorType.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode.text();
    }

    /** The encoding as the script named it, or CPython's default's name. */
    public String encoding() {
        return encoding == null ? "UTF-8" : encoding;
    }

    public boolean closed() {
        return closed;
    }

    /**
     * {@code readable()}: False for a file opened for writing, even closed; for one opened for
     * reading, True, or the ValueError of CPython's FileIO (no final period) once closed.
     */
    public boolean readable() {
        return reader != null && usable();
    }

    /** {@code writable()}: as {@link #readable()}, the other way round. */
    public boolean writable() {
        return writer != null && usable();
    }

    private boolean usable() {
        if (closed) {
            throw KindlingError.valueError("I/O operation on closed file");
        }
        return true;
    }

    /** {@code read(size)}: up to {@code size} characters, all that is left when negative. */
    public String read(long size) {
        readingOpen();
        StringBuilder text = new StringBuilder();
        try {
            for (long n = 0; size < 0 || n < size; n++) {
                int c = readChar();
                if (c < 0) {
                    break;
                }
                text.append((char) c);
                if (Character.isHighSurrogate((char) c)) {
                    int low = reader.read();
                    if (low >= 0) {
                        text.append((char) low);
                    }
                }
            }
        } catch (IOException e) {
            throw readError(e);
        }
        return text.toString();
    }

    /** {@code readline(size)}: the next line with its ending, at most {@code size} characters when not negative. */
    public String readLine(long size) {
        readingOpen();
        StringBuilder line = new StringBuilder();
        try {
            while (size < 0 || line.length() < size) {
                int c = readChar();
                if (c < 0) {
                    break;
                }
                line.append((char) c);
                if (endsLine(line, c)) {
                    break;
                }
            }
        } catch (IOException e) {
            throw readError(e);
        }
        return line.toString();
    }

    /**
     * {@code readlines(hint)}: the lines left; with a positive hint, lines until their total
     * length passes it, as CPython's IOBase counts.
     */
    public List<Object> readLines(long hint) {
        List<Object> lines = new ArrayList<>();
        long total = 0;
        for (String line = readLine(-1); !line.isEmpty(); line = readLine(-1)) {
            lines.add(line);
            if (hint > 0 && line.length() > hint - total) {
                break;
            }
            total += line.length();
        }
        return lines;
    }

    /** {@code write(text)}: the number of characters written. */
    public long write(String text) {
        open();
        if (writer == null) {
            throw OsErrors.unsupportedOperation("not writable");
        }
        String translated = newline == null || newline.isEmpty() || newline.equals("\n") ? text
                : text.replace("\n", newline);
        try {
            writer.write(translated);
            writer.flush();
        } catch (CharacterCodingException e) {
            throw new KindlingError(ErrorType.UNICODE_ERROR, "'" + encoding() + "' codec can't encode a character of "
                    + "the text written to " + dev.kindling.lang.objects.Repr.repr(name));
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
        return text.codePointCount(0, text.length());
    }

    /** {@code flush()}: writes reach the file at once, so only the closed check is left. */
    public void flush() {
        open();
    }

    /** {@code close()}: a second close does nothing, as in CPython. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (reader != null) {
                reader.close();
            } else {
                writer.close();
            }
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    /** Raises CPython's ValueError once the file is closed. */
    public void open() {
        if (closed) {
            throw OsErrors.closedFile();
        }
    }

    private void readingOpen() {
        open();
        if (reader == null) {
            throw OsErrors.unsupportedOperation("not readable");
        }
    }

    /** The next character, with {@code \r\n} and {@code \r} read as {@code \n} under universal newlines. */
    private int readChar() throws IOException {
        int c = reader.read();
        if (c == '\r' && newline == null) {
            int next = reader.read();
            if (next >= 0 && next != '\n') {
                reader.unread(next);
            }
            return '\n';
        }
        return c;
    }

    /** Whether {@code line}, whose last character is {@code c}, is complete under this file's newline. */
    private boolean endsLine(StringBuilder line, int c) throws IOException {
        if (newline == null || newline.equals("\n")) {
            return c == '\n';
        }
        if (newline.isEmpty()) {
            if (c == '\r') {
                int next = reader.read();
                if (next == '\n') {
                    line.append('\n');
                } else if (next >= 0) {
                    reader.unread(next);
                }
                return true;
            }
            return c == '\n';
        }
        return line.length() >= newline.length() && line.lastIndexOf(newline) == line.length() - newline.length();
    }

    private KindlingError readError(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new KindlingError(ErrorType.UNICODE_ERROR, "'" + encoding() + "' codec can't decode the bytes of "
                    + dev.kindling.lang.objects.Repr.repr(name));
        }
        return OsErrors.from(e, name);
    }
}
