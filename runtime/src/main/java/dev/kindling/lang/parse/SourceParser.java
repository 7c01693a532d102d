package dev.kindling.lang.parse;

import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.KindlingSyntaxError;
import dev.kindling.grammar.KindlingLexer;
import dev.kindling.grammar.KindlingParser;
import dev.kindling.lang.ast.Block;
import dev.kindling.lang.eval.RunGuard;
import dev.kindling.lang.eval.Source;

/**
 * Source text to Kindling's AST.
 *
 * <p>Parsing runs in ANTLR's fast SLL mode first and falls back to full LL only when SLL
 * cannot decide, the standard two-stage strategy. The first error ends the parse with a
 * {@link KindlingSyntaxError} carrying line, column and CPython's wording. Input nested too
 * deeply for the parser's recursion is a SyntaxError too, never a StackOverflowError.
 */
public final class SourceParser {
    private SourceParser() {}

    /** Parses a whole module (a script file, a -c string, or one REPL entry). */
    public static Block parseModule(Source source) {
        try {
            KindlingParser.FileInputContext tree = parseTree(source);
            return new AstBuilder(source).module(tree);
        } catch (StackOverflowError e) {
            throw new KindlingSyntaxError(ErrorType.SYNTAX_ERROR, "too many nested parentheses", source.name(), 1, 0,
                    source.line(1), false);
        }
    }

    /** True when the text is an unfinished statement that more lines could complete (for the REPL). */
    public static boolean isIncomplete(String text) {
        try {
            parseTree(new Source("<stdin>", text));
            return false;
        } catch (KindlingSyntaxError e) {
            return e.isIncompleteInput();
        } catch (KindlingError | StackOverflowError e) {
            return false;
        }
    }

    /** The parse tree of one expression (an f-string field), reporting errors against {@code source}. */
    static KindlingParser.EvalInputContext expressionTree(Source source) {
        KindlingParser parser = newParser(source);
        return parser.evalInput();
    }

    private static KindlingParser newParser(Source source) {
        KindlingLexer lexer = new KindlingLexer(CharStreams.fromString(source.text(), source.name()));
        SyntaxErrorListener listener = new SyntaxErrorListener(source, lexer);
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        CommonTokenStream tokens = new StoppableTokenStream(lexer);
        listener.setTokens(tokens);
        KindlingParser parser = new KindlingParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser;
    }

    private static KindlingParser.FileInputContext parseTree(Source source) {
        KindlingParser parser = newParser(source);
        ANTLRErrorListener listener = parser.getErrorListeners().get(0);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.fileInput();
        } catch (ParseCancellationException e) {
            parser.reset();
            parser.addErrorListener(listener);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.fileInput();
        }
    }

    /** Tokens that check for a stop of the run as they are lexed, so a huge source cannot outlast the limits. */
    private static final class StoppableTokenStream extends CommonTokenStream {
        private static final int POLL_EVERY = 1024;
        private int fetched;

        StoppableTokenStream(TokenSource lexer) {
            super(lexer);
        }

        @Override
        protected int fetch(int n) {
            fetched += n;
            if (fetched >= POLL_EVERY) {
                fetched = 0;
                RunGuard.poll();
            }
            return super.fetch(n);
        }
    }
}
