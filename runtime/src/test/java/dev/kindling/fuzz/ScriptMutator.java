package dev.kindling.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates a real script token by token: deletes, duplicates or swaps tokens, and replaces number
 * and string literals with values at the edges (zero, negatives, huge ints, nan, empty and NUL
 * strings, format directives). Whitespace, newlines and indentation are tokens too, so a mutant
 * may also break the layout, which the parser must report as a SyntaxError.
 */
final class ScriptMutator {
    /** Strings (triple-quoted first), numbers, names, runs of spaces, newlines, then any other character. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?s)[rfbRFB]{0,2}(\"\"\".*?\"\"\"|'''.*?'''|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')"
                    + "|\\d[\\d_]*(?:\\.\\d*)?(?:[eE][-+]?\\d+)?j?|\\.\\d+(?:[eE][-+]?\\d+)?"
                    + "|[A-Za-z_]\\w*|[ \\t]+|\\n|\\*\\*=?|//=?|<<=?|>>=?|[-+*/%@&|^<>=!]=|->|.");
    private static final List<String> NUMBERS = List.of("0", "-1", "1", "2", "10**20", "2**63", "10**400", "-0.0",
            "1e308", "float('nan')", "float('inf')", "0.5", "3", "1000000000", "-10**9", "True", "None");
    private static final List<String> STRINGS = List.of("''", "'\\x00'", "'%s'", "'{}'", "'{0:>1000}'", "'nan'",
            "'\\ud800'", "'x' * 3", "'float64'", "'cuda'", "'sum'", "'..'", "'a\\nb'", "f'{1:{2}}'");

    private final Random random;

    ScriptMutator(Random random) {
        this.random = random;
    }

    /** The script with one to four mutations. */
    String mutate(String script) {
        List<String> tokens = tokens(script);
        for (int n = 1 + random.nextInt(4); n > 0 && !tokens.isEmpty(); n--) {
            mutateOnce(tokens);
        }
        return String.join("", tokens);
    }

    private void mutateOnce(List<String> tokens) {
        int i = random.nextInt(tokens.size());
        String token = tokens.get(i);
        switch (random.nextInt(5)) {
            case 0 -> tokens.remove(i);
            case 1 -> tokens.add(i, token);
            case 2 -> {
                int j = Math.min(tokens.size() - 1, i + 1 + random.nextInt(3));
                tokens.set(i, tokens.get(j));
                tokens.set(j, token);
            }
            default -> replaceLiteral(tokens, i);
        }
    }

    /** Replaces the first number or string literal at or after {@code from} with an edge value. */
    private void replaceLiteral(List<String> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (Character.isDigit(t.charAt(0))) {
                tokens.set(i, pick(NUMBERS));
                return;
            }
            if (t.endsWith("'") || t.endsWith("\"")) {
                tokens.set(i, pick(STRINGS));
                return;
            }
        }
    }

    static List<String> tokens(String script) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(script);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
