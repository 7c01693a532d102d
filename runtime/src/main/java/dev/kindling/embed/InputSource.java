package dev.kindling.embed;

/**
 * Where a session's {@code input()} reads its lines: a host's terminal, a test's canned answers.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.setInput(prompt -> "Ada");   // every input() call answers "Ada"
 *     session.exec("name = input('Your name? ')");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface InputSource {
    /** The next line, without its newline, after showing {@code prompt}; null at the end of input (EOFError). */
    String readLine(String prompt);
}
