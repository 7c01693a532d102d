package dev.kindling.lang.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.Constant;
import dev.kindling.lang.ast.Expr;
import dev.kindling.lang.ast.FStringExpr;
import dev.kindling.lang.eval.RunGuard;
import dev.kindling.lang.objects.Arith;
import dev.kindling.pyfmt.IntFormatter;

/**
 * Number and string literals: underscores and base prefixes in ints, escape sequences, raw
 * strings, implicit concatenation of adjacent strings, and f-strings (whose fields are parsed
 * as expressions in the enclosing scope by {@link FStrings}).
 */
final class Literals {
    private Literals() {}

    static Object number(Token token, ExprBuilder b) {
        String text = token.getText().replace("_", "");
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        if (last == 'j') {
            throw b.syntaxError("complex numbers are not supported by Kindling", token);
        }
        String lower = text.toLowerCase();
        if (lower.startsWith("0x")) {
            return powerOfTwoRadix(text.substring(2), 4);
        }
        if (lower.startsWith("0o")) {
            return powerOfTwoRadix(text.substring(2), 3);
        }
        if (lower.startsWith("0b")) {
            return powerOfTwoRadix(text.substring(2), 1);
        }
        if (lower.contains(".") || lower.contains("e")) {
            return Double.parseDouble(text);
        }
        if (text.length() > IntFormatter.MAX_STR_DIGITS) {
            throw b.syntaxError("Exceeds the limit (" + IntFormatter.MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion: value has " + text.length() + " digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit - Consider hexadecimal for huge integer literals to avoid decimal "
                    + "conversion limits.", token);
        }
        return Arith.normalize(new BigInteger(text));
    }

    /**
     * A hex, octal or binary literal, bit by bit in time linear in its length (BigInteger's
     * string constructor takes quadratic time); one over the session's int size cap is a MemoryError.
     */
    private static Object powerOfTwoRadix(String digits, int bitsPerDigit) {
        long bits = (long) digits.length() * bitsPerDigit;
        if (bits >= Integer.MAX_VALUE) {
            throw new KindlingError(ErrorType.MEMORY_ERROR, "");
        }
        RunGuard.checkIntBits(bits);
        byte[] magnitude = new byte[(int) ((bits + 7) / 8) + 1];   // big-endian, a leading zero byte for the sign
        long bit = 0;
        for (int i = digits.length() - 1; i >= 0; i--, bit += bitsPerDigit) {
            int value = Character.digit(digits.charAt(i), 1 << bitsPerDigit);
            for (int k = 0; k < bitsPerDigit; k++) {
                if ((value >> k & 1) != 0) {
                    long at = bit + k;
                    magnitude[magnitude.length - 1 - (int) (at >> 3)] |= (byte) (1 << (at & 7));
                }
            }
        }
        return Arith.normalize(new BigInteger(magnitude));
    }

    /** Adjacent string literals, concatenated; any f-string among them makes the whole an f-string. */
    static Expr strings(List<TerminalNode> tokens, ExprBuilder b) {
        Token first = tokens.get(0).getSymbol();
        List<Object> parts = new ArrayList<>();
        boolean formatted = false;
        for (TerminalNode node : tokens) {
            Token t = node.getSymbol();
            String text = t.getText();
            int prefixLength = 0;
            while (Character.isLetter(text.charAt(prefixLength))) {
                prefixLength++;
            }
            String prefix = text.substring(0, prefixLength).toLowerCase();
            int quote = text.startsWith("\"\"\"", prefixLength) || text.startsWith("'''", prefixLength) ? 3 : 1;
            String body = text.substring(prefixLength + quote, text.length() - quote);
            boolean raw = prefix.contains("r");
            if (prefix.contains("f")) {
                formatted = true;
                parts.addAll(FStrings.parse(body, raw, t, b));
            } else {
                parts.add(raw ? body : unescape(body, t, b));
            }
        }
        if (!formatted) {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append((String) p));
            return new Constant(first.getLine(), first.getCharPositionInLine(), sb.toString());
        }
        return new FStringExpr(first.getLine(), first.getCharPositionInLine(), merge(parts));
    }

    private static List<Object> merge(List<Object> parts) {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String s && !out.isEmpty() && out.get(out.size() - 1) instanceof String prev) {
                out.set(out.size() - 1, prev + s);
            } else if (!(p instanceof String s && s.isEmpty())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Processes backslash escapes as Python does for a non-raw string. */
    static String unescape(String body, Token at, ExprBuilder b) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case 'x' -> i = hex(body, i, 2, sb, at, b);
                case 'u' -> i = hex(body, i, 4, sb, at, b);
                case 'U' -> i = hex(body, i, 8, sb, at, b);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        sb.appendCodePoint(Integer.parseInt(body.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int hex(String body, int i, int digits, StringBuilder sb, Token at, ExprBuilder b) {
        try {
            sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 1 + digits), 16));
        } catch (RuntimeException ex) {
            throw b.syntaxError("(unicode error) truncated \\" + body.charAt(i) + " escape", at);
        }
        return i + digits;
    }
}
