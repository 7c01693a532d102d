package dev.kindling.repl;

import java.util.List;

/**
 * What {@code kindling -i script.py} (or {@code -i -c CODE}) runs in the REPL's session before the
 * first prompt, as {@code python -i} does: the script's variables stay for the learner.
 *
 * @param code     the script's text
 * @param fileName what tracebacks show: the script's absolute path, or {@code <string>}
 * @param argv     {@code sys.argv}
 */
record Startup(String code, String fileName, List<String> argv) {}
