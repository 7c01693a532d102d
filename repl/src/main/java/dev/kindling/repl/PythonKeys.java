package dev.kindling.repl;

import java.util.function.BooleanSupplier;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.Widget;

/**
 * The editing keys that help type Python at the {@code >>> } prompt, installed as JLine widgets:
 * <ul>
 *   <li>Enter on an unfinished entry starts the next line indented ({@link Indentation});</li>
 *   <li>a space typed on a line that holds only that automatic indent replaces it, so code typed
 *       or pasted key by key as printed keeps its own indentation instead of getting it twice;</li>
 *   <li>Tab after only whitespace indents to the next level of 4 spaces, and completes otherwise;</li>
 *   <li>Backspace in the indentation removes one level;</li>
 *   <li>Enter right after a bracketed paste runs what was pasted, as if an empty line followed.</li>
 * </ul>
 * In Java mode and while {@code input()} reads a line, the keys do what JLine does by default.
 */
final class PythonKeys {
    static final String SPACE = "kindling-space";
    static final String TAB = "kindling-tab";
    static final String BACKSPACE = "kindling-backspace";

    private final LineReader reader;
    private final EntryParser parser;
    private final BooleanSupplier active;
    private final Widget acceptLine;
    private final Widget complete;
    private final Widget deleteChar;
    private final Widget paste;
    /** The automatic indent of the line being typed, while the line still holds only it. */
    private String autoIndent = "";
    /** The whole buffer right after a bracketed paste, while nothing else has changed it. */
    private String afterPaste;

    private PythonKeys(LineReader reader, EntryParser parser, BooleanSupplier active) {
        this.reader = reader;
        this.parser = parser;
        this.active = active;
        this.acceptLine = reader.getWidgets().get(LineReader.ACCEPT_LINE);
        this.complete = reader.getWidgets().get(LineReader.EXPAND_OR_COMPLETE);
        this.deleteChar = reader.getWidgets().get(LineReader.BACKWARD_DELETE_CHAR);
        this.paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
    }

    /** Installs the keys on {@code reader}; they act while {@code active} says Python code is typed. */
    static void install(LineReader reader, EntryParser parser, BooleanSupplier active) {
        PythonKeys keys = new PythonKeys(reader, parser, active);
        reader.getWidgets().put(LineReader.ACCEPT_LINE, keys::enter);
        reader.getWidgets().put(LineReader.BEGIN_PASTE, keys::paste);
        reader.getWidgets().put(SPACE, keys::space);
        reader.getWidgets().put(TAB, keys::tab);
        reader.getWidgets().put(BACKSPACE, keys::backspace);
        KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference(SPACE), " ");
        main.bind(new Reference(TAB), "\t");
        main.bind(new Reference(BACKSPACE), KeyMap.del());
        main.bind(new Reference(BACKSPACE), KeyMap.ctrl('H'));
    }

    private boolean enter() {
        Buffer buffer = reader.getBuffer();
        String text = buffer.toString();
        if (!active.getAsBoolean() || buffer.cursor() != text.length()) {
            return acceptLine.apply();
        }
        boolean pasted = text.equals(afterPaste);
        afterPaste = null;
        if (pasted && InputCompleteness.isComplete(text + "\n")) {
            parser.acceptOnce(text);
            return acceptLine.apply();
        }
        if (parser.isWhole(text)) {
            return acceptLine.apply();
        }
        autoIndent = Indentation.next(text);
        buffer.write("\n" + autoIndent);
        return true;
    }

    private boolean paste() {
        if (active.getAsBoolean() && holdsOnlyAutoIndent()) {
            reader.getBuffer().backspace(autoIndent.length());
        }
        autoIndent = "";
        boolean done = paste.apply();
        afterPaste = reader.getBuffer().toString();
        return done;
    }

    private boolean space() {
        Buffer buffer = reader.getBuffer();
        if (active.getAsBoolean() && holdsOnlyAutoIndent()) {
            buffer.backspace(autoIndent.length());
        }
        autoIndent = "";
        buffer.write(" ");
        return true;
    }

    private boolean tab() {
        String before = lineBeforeCursor();
        if (!active.getAsBoolean() || !before.isBlank()) {
            return complete.apply();
        }
        autoIndent = "";
        reader.getBuffer().write(" ".repeat(Indentation.spacesToInsert(before.length())));
        return true;
    }

    private boolean backspace() {
        String before = lineBeforeCursor();
        if (!active.getAsBoolean() || before.isEmpty() || !before.chars().allMatch(c -> c == ' ')) {
            return deleteChar.apply();
        }
        reader.getBuffer().backspace(Indentation.spacesToRemove(before.length()));
        return true;
    }

    /** Whether the line being typed is still just the indent Enter put there, cursor at its end. */
    private boolean holdsOnlyAutoIndent() {
        Buffer buffer = reader.getBuffer();
        String text = buffer.toString();
        return !autoIndent.isEmpty() && buffer.cursor() == text.length()
                && text.endsWith("\n" + autoIndent);
    }

    private String lineBeforeCursor() {
        Buffer buffer = reader.getBuffer();
        String upToCursor = buffer.substring(0, buffer.cursor());
        return upToCursor.substring(upToCursor.lastIndexOf('\n') + 1);
    }
}
