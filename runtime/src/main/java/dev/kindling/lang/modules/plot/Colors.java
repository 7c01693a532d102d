package dev.kindling.lang.modules.plot;

import java.awt.Color;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.kindling.errors.KindlingError;

/**
 * Color names as matplotlib spells them: the one-letter base colors, the default property cycle
 * ({@code C0}..{@code C9}, {@code tab:blue}...), '#rrggbb' hex and a few common CSS names.
 */
public final class Colors {
    private Colors() {}

    /** matplotlib's default color cycle (the "tab10" palette), in order. */
    static final Color[] CYCLE = {
        hex("#1f77b4"), hex("#ff7f0e"), hex("#2ca02c"), hex("#d62728"), hex("#9467bd"),
        hex("#8c564b"), hex("#e377c2"), hex("#7f7f7f"), hex("#bcbd22"), hex("#17becf"),
    };

    private static final String[] TAB_NAMES = {
        "blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan",
    };

    private static final Map<String, Color> NAMED = new HashMap<>();

    static {
        NAMED.put("b", new Color(0, 0, 255));
        NAMED.put("g", new Color(0, 128, 0));
        NAMED.put("r", new Color(255, 0, 0));
        NAMED.put("c", new Color(0, 191, 191));
        NAMED.put("m", new Color(191, 0, 191));
        NAMED.put("y", new Color(191, 191, 0));
        NAMED.put("k", Color.BLACK);
        NAMED.put("w", Color.WHITE);
        for (int i = 0; i < CYCLE.length; i++) {
            NAMED.put("tab:" + TAB_NAMES[i], CYCLE[i]);
            NAMED.put("c" + i, CYCLE[i]);
        }
        NAMED.put("tab:grey", CYCLE[7]);
        String[][] css = {
            {"black", "#000000"}, {"white", "#ffffff"}, {"red", "#ff0000"}, {"green", "#008000"},
            {"blue", "#0000ff"}, {"cyan", "#00ffff"}, {"magenta", "#ff00ff"}, {"yellow", "#ffff00"},
            {"orange", "#ffa500"}, {"purple", "#800080"}, {"brown", "#a52a2a"}, {"pink", "#ffc0cb"},
            {"gray", "#808080"}, {"grey", "#808080"}, {"olive", "#808000"}, {"navy", "#000080"},
            {"teal", "#008080"}, {"lime", "#00ff00"}, {"gold", "#ffd700"}, {"crimson", "#dc143c"},
            {"darkblue", "#00008b"}, {"darkgreen", "#006400"}, {"darkred", "#8b0000"},
            {"darkorange", "#ff8c00"}, {"lightblue", "#add8e6"}, {"lightgreen", "#90ee90"},
            {"lightgray", "#d3d3d3"}, {"lightgrey", "#d3d3d3"}, {"darkgray", "#a9a9a9"},
            {"darkgrey", "#a9a9a9"}, {"silver", "#c0c0c0"}, {"salmon", "#fa8072"},
            {"skyblue", "#87ceeb"}, {"steelblue", "#4682b4"}, {"violet", "#ee82ee"},
            {"indigo", "#4b0082"}, {"coral", "#ff7f50"}, {"tomato", "#ff6347"},
        };
        for (String[] c : css) {
            NAMED.put(c[0], hex(c[1]));
        }
    }

    /** The color of a one-letter format-string code, or null when the letter is not one. */
    static Color ofLetter(char letter) {
        return "bgrcmykw".indexOf(letter) >= 0 ? NAMED.get(String.valueOf(letter)) : null;
    }

    /** The nth color of the default cycle. */
    static Color cycle(int n) {
        return CYCLE[n % CYCLE.length];
    }

    /** Parses a color name, 'Cn', '#rrggbb' or '#rrggbbaa'; ValueError as matplotlib's to_rgba for others. */
    static Color parse(String spec) {
        String key = spec.strip().toLowerCase(Locale.ROOT);
        Color named = NAMED.get(key);
        if (named != null) {
            return named;
        }
        if (key.matches("#[0-9a-f]{6}([0-9a-f]{2})?")) {
            return hex(key);
        }
        throw KindlingError.valueError("Invalid RGBA argument: '" + spec + "'");
    }

    private static Color hex(String s) {
        int r = Integer.parseInt(s.substring(1, 3), 16);
        int g = Integer.parseInt(s.substring(3, 5), 16);
        int b = Integer.parseInt(s.substring(5, 7), 16);
        int a = s.length() == 9 ? Integer.parseInt(s.substring(7, 9), 16) : 255;
        return new Color(r, g, b, a);
    }
}
