package dev.kindling.repl;

import java.nio.file.Path;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Policy;

/**
 * The command line's choices for the sessions it opens: the numerics policy
 * ({@code --numerics=NAME}) and whether {@code --sandbox} runs them under
 * {@link Policy#strict(Path)} with the working folder as the granted folder.
 */
record SessionOptions(String numerics, boolean sandbox) {
    static final String SANDBOX = "--sandbox";

    /** The defaults: PyTorch's CPU bits, trusted. */
    static SessionOptions defaults() {
        return new SessionOptions(Kindling.numericsPolicies().get(0), false);
    }

    SessionOptions withNumerics(String name) {
        return new SessionOptions(name, sandbox);
    }

    SessionOptions withSandbox() {
        return new SessionOptions(numerics, true);
    }

    /** A builder with these choices made (the caller adds streams, argv, terminal). */
    Kindling.Builder builder() {
        Kindling.Builder builder = Kindling.builder().numerics(numerics);
        return sandbox ? builder.policy(Policy.strict(Path.of("").toAbsolutePath())) : builder;
    }
}
