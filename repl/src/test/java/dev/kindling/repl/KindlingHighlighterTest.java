package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Colours come from the lexer's tokens; brackets pair up; with colour off nothing is styled. */
class KindlingHighlighterTest {
    private final KindlingHighlighter on = new KindlingHighlighter(true, () -> Set.of("print", "len"));

    private AttributedStyle styleAt(AttributedString s, int i) {
        return s.styleAt(i);
    }

    @Test
    void keywordsBuiltinsStringsNumbersComments() {
        String text = "for i in range(3): print('x', 1.5)  # note";
        AttributedString s = on.highlight(text, -1);
        assertEquals(KindlingHighlighter.KEYWORD, styleAt(s, text.indexOf("for")));
        assertEquals(KindlingHighlighter.KEYWORD, styleAt(s, text.indexOf("in ")));
        assertEquals(KindlingHighlighter.BUILTIN, styleAt(s, text.indexOf("print")));
        assertEquals(KindlingHighlighter.STRING, styleAt(s, text.indexOf("'x'")));
        assertEquals(KindlingHighlighter.NUMBER, styleAt(s, text.indexOf("1.5")));
        assertEquals(KindlingHighlighter.COMMENT, styleAt(s, text.indexOf("# note")));
        assertEquals(AttributedStyle.DEFAULT, styleAt(s, text.indexOf("i ")));
    }

    @Test
    void bracketAtCursorAndItsPartnerAreMarked() {
        String text = "f(a[1], b)";
        AttributedString s = on.highlight(text, text.length());
        assertEquals(KindlingHighlighter.MATCH, styleAt(s, 1));
        assertEquals(KindlingHighlighter.MATCH, styleAt(s, text.length() - 1));
        AttributedString unmatched = on.highlight("x)", 0);
        assertEquals(KindlingHighlighter.UNMATCHED, styleAt(unmatched, 1));
    }

    @Test
    void colourOffLeavesTextPlain() {
        AttributedString s = new KindlingHighlighter(false, Set::of).highlight("for x in y: pass", -1);
        assertEquals("for x in y: pass", s.toAnsi());
        assertEquals(false, KindlingHighlighter.colourWanted("dumb"));
    }

    @Test
    void unfinishedStringIsStillColoured() {
        String text = "s = 'abc";
        AttributedString s = on.highlight(text, -1);
        assertEquals(KindlingHighlighter.STRING, styleAt(s, text.indexOf("abc")));
    }
}
