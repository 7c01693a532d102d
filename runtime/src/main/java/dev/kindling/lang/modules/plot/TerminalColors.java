package dev.kindling.lang.modules.plot;

import java.awt.Color;

/**
 * ANSI escapes for series colors: the nearest of the xterm 256-color cube, which nearly every
 * terminal shows (24-bit color is not universal), and the reset.
 */
final class TerminalColors {
    private TerminalColors() {}

    /** The intensities of the six levels of each channel in the xterm color cube. */
    private static final int[] LEVELS = {0, 95, 135, 175, 215, 255};
    static final String RESET = "\u001b[0m";

    /** The escape that sets the foreground to the cube color nearest this one. */
    static String foreground(Color c) {
        return "\u001b[38;5;" + (16 + 36 * level(c.getRed()) + 6 * level(c.getGreen()) + level(c.getBlue())) + "m";
    }

    private static int level(int intensity) {
        int best = 0;
        for (int i = 1; i < LEVELS.length; i++) {
            if (Math.abs(LEVELS[i] - intensity) < Math.abs(LEVELS[best] - intensity)) {
                best = i;
            }
        }
        return best;
    }
}
