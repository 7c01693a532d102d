package dev.kindling.lang.modules.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A session's connection from pyplot to a {@link FigureFeed}: empty until a host attaches one,
 * and then each figure drawn is copied out to it. One per session, given to its pyplot module.
 */
public final class FigureRelay {
    private volatile FigureFeed feed;

    public void setFeed(FigureFeed feed) {
        this.feed = feed;
    }

    /** Hands the figure to the feed, if there is one; nothing is copied otherwise. */
    void publish(Figure f) {
        FigureFeed to = feed;
        if (to == null) {
            return;
        }
        List<FigureFeed.Plotted> series = new ArrayList<>();
        for (Series s : f.series) {
            String color = String.format(Locale.ROOT, "#%02x%02x%02x", s.color.getRed(), s.color.getGreen(),
                    s.color.getBlue());
            series.add(new FigureFeed.Plotted(s.kind.name().toLowerCase(Locale.ROOT), s.inLegend() ? s.label : null,
                    color, s.x.clone(), s.y.clone()));
        }
        to.figure(f.number, f.title, f.xlabel, f.ylabel, series);
    }
}
