package dev.kindling.lang.modules.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.KindlingError;

/** The one place that decides how show() presents a figure, from the environment and the terminal. */
class ShowSettingsTest {
    @Test
    void aChartByDefaultColoredOnlyInATerminal() {
        assertEquals(new ShowSettings(true, true, 72, 20), ShowSettings.from(Map.of(), true));
        assertEquals(new ShowSettings(true, false, 72, 20), ShowSettings.from(Map.of(), false));
        assertEquals(new ShowSettings(true, true, 72, 20), ShowSettings.from(Map.of("KINDLING_PLOT", "text"), true));
    }

    @Test
    void plainTextAndNoColorDropTheEscapes() {
        assertEquals(false, ShowSettings.from(Map.of("KINDLING_PLOT", "text-plain"), true).color());
        assertEquals(false, ShowSettings.from(Map.of("NO_COLOR", "1"), true).color());
        assertEquals(true, ShowSettings.from(Map.of("NO_COLOR", ""), true).color(), "no-color.org: set and non-empty");
    }

    @Test
    void fileModeDrawsNoChart() {
        assertEquals(false, ShowSettings.from(Map.of("KINDLING_PLOT", "file"), true).chart());
    }

    @Test
    void theTerminalSizeComesFromColumnsAndLines() {
        ShowSettings s = ShowSettings.from(Map.of("COLUMNS", "120", "LINES", "40"), false);
        assertEquals(120, s.width());
        assertEquals(38, s.height(), "two lines left for the path and the prompt");
        assertEquals(72, ShowSettings.from(Map.of("COLUMNS", "wide"), false).width());
        assertEquals(30, ShowSettings.from(Map.of("COLUMNS", "10"), false).width());
    }

    @Test
    void anUnknownModeIsAValueErrorNamingTheChoices() {
        KindlingError e = assertThrows(KindlingError.class,
                () -> ShowSettings.from(Map.of("KINDLING_PLOT", "kitty"), true));
        assertEquals("KINDLING_PLOT must be 'text', 'text-plain' or 'file', not 'kitty'", e.getMessage());
    }
}
