package dev.kindling.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.kindling.embed.ExitStatus;
import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * The {@code kindling} command: {@code kindling script.py [args]} runs a script,
 * {@code kindling -c "code"} runs a string, {@code kindling} alone starts the REPL, and
 * {@code kindling -i script.py} runs the script and then starts the REPL with its variables.
 * Exit status 0, or 1 after an uncaught exception (its traceback on stderr), as python does.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean javaMode = rest.remove("--java");
        SessionOptions options = SessionOptions.defaults();
        LabOption.Choice lab = LabOption.Choice.OFF;
        boolean inspect = false;
        try {
            // The options before the script or -c, in any order.
            for (int size = -1; size != rest.size(); ) {
                size = rest.size();
                lab = LabOption.take(rest, lab);
                if (!rest.isEmpty() && rest.get(0).startsWith("--numerics")) {
                    options = options.withNumerics(NumericsOption.take(rest));
                }
                if (!rest.isEmpty() && rest.get(0).equals(SessionOptions.SANDBOX)) {
                    rest.remove(0);
                    options = options.withSandbox();
                }
                if (!rest.isEmpty() && rest.get(0).equals("-i")) {
                    rest.remove(0);
                    inspect = true;
                }
            }
        } catch (NumericsOption.BadOption e) {
            err.println(usage().lines().findFirst().orElseThrow());
            err.println("kindling: error: " + e.getMessage());
            return 2;
        }
        if (javaMode && options.sandbox()) {
            err.println("kindling: error: --java is refused under --sandbox (no Java in a sandbox)");
            return 2;
        }
        if (!rest.isEmpty() && rest.get(0).startsWith("-") && !rest.get(0).equals("-") && !KNOWN.contains(rest.get(0))) {
            err.println("Unknown option: " + rest.get(0));
            err.println(usage().lines().findFirst().orElseThrow());
            err.println("Try `kindling -h' for more information.");
            return 2;
        }
        if (!rest.isEmpty() && (rest.get(0).equals("-h") || rest.get(0).equals("--help"))) {
            out.println(usage());
            return 0;
        }
        if (!rest.isEmpty() && (rest.get(0).equals("-V") || rest.get(0).equals("--version"))) {
            out.println("Kindling 0.1.0 (Python 3.11 subset, PyTorch 2.x API)");
            return 0;
        }
        if (!rest.isEmpty() && rest.get(0).equals("-c")) {
            if (rest.size() < 2) {
                err.println("Argument expected for the -c option");
                return 2;
            }
            List<String> argv = new ArrayList<>(rest.subList(2, rest.size()));
            argv.add(0, "-c");
            return inspect ? Repl.start(javaMode, options, lab, out, err, new Startup(rest.get(1), "<string>", argv))
                    : runCode(rest.get(1), "<string>", argv, options, lab, out, err);
        }
        if (!rest.isEmpty() && !rest.get(0).equals("-")) {
            String file = rest.get(0);
            String code = readScript(file, err);
            if (code == null) {
                return 2;
            }
            String fileName = Path.of(file).toAbsolutePath().normalize().toString();
            return inspect ? Repl.start(javaMode, options, lab, out, err, new Startup(code, fileName, rest))
                    : runCode(code, fileName, rest, options, lab, out, err);
        }
        return Repl.start(javaMode, options, lab, out, err, null);
    }

    /** The options that end option parsing and are handled on their own. */
    private static final List<String> KNOWN = List.of("-c", "-h", "--help", "-V", "--version");

    private static String usage() {
        return String.join("\n",
                "usage: kindling [option] ... [-c cmd | file | -] [arg] ...",
                "  -c cmd   program passed in as string",
                "  file     program read from script file",
                "  -i       inspect interactively after running the script or -c code: the REPL with its variables",
                "  --java   start the REPL in Java mode",
                "  --lab    open Kindling Lab (the course's page, live) in the browser; --lab-port=PORT picks its port",
                "  --sandbox  confine the script to the working folder: files only below it, limits"
                        + " (60 s and 10 MiB of output per run), no :java",
                "  --numerics=" + String.join("|", Kindling.numericsPolicies()),
                "           how float32 kernels round: PyTorch's CPU bits (the default) or plain IEEE float32",
                "  -V       print the version and exit",
                "With no arguments, kindling starts the interactive REPL.");
    }

    /** The script's text, or null after saying on {@code err} why it cannot be read. */
    private static String readScript(String file, PrintStream err) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("kindling: can't open file '" + file + "': [Errno 2] No such file or directory");
        } catch (IOException e) {
            err.println("kindling: can't open file '" + file + "': " + e.getMessage());
        }
        return null;
    }

    static int runCode(String code, String fileName, List<String> argv, SessionOptions options, LabOption.Choice lab,
            PrintStream out, PrintStream err) {
        // System.console() is null unless both standard input and output are the terminal.
        boolean terminal = out == System.out && System.console() != null;
        Kindling kindling = options.builder().out(out).err(err).terminal(terminal).argv(argv).build();
        try (Session session = kindling.newSession()) {
            if (lab.on() && !LabLauncher.open(session, lab.port(), err)) {
                return 1;
            }
            int status = runIn(session, code, fileName, out, err);
            return lab.on() ? stayWithLab(session, terminal, status, err) : status;
        }
    }

    /** Runs code in a session: 0, or 1 after an uncaught exception (its traceback on err), or SystemExit's status. */
    static int runIn(Session session, String code, String fileName, PrintStream out, PrintStream err) {
        try {
            session.exec(code, fileName);
            return 0;
        } catch (KindlingError e) {
            out.flush();
            if (e.type() == ErrorType.SYSTEM_EXIT) {
                return exitStatus(e, err);
            }
            err.print(Session.formatError(e));
            err.flush();
            return 1;
        }
    }

    /**
     * After a script run with the Lab, the session goes on: on a terminal in the REPL with the
     * script's variables (as {@code python -i}), the page live until the REPL ends; otherwise the
     * page stays until Enter (or the end of standard input).
     */
    private static int stayWithLab(Session session, boolean terminal, int status, PrintStream err) {
        if (terminal) {
            err.println("Kindling Lab stays open while the REPL runs; Ctrl-D ends both.");
            err.flush();
            return Repl.continueWith(session, err);
        }
        keepLabOpen(err);
        return status;
    }

    private static void keepLabOpen(PrintStream err) {
        err.println("Kindling Lab stays open; press Enter to stop it.");
        err.flush();
        try {
            int c;
            do {
                c = System.in.read();
            } while (c != -1 && c != '\n');
        } catch (IOException e) {
            // standard input closed: stop now
        }
    }

    /** SystemExit: no argument or None is 0, an int is the status, anything else is printed with status 1. */
    private static int exitStatus(KindlingError e, PrintStream err) {
        ExitStatus status = ExitStatus.of(e);
        if (status.message() != null) {
            err.println(status.message());
        }
        return status.code();
    }
}
