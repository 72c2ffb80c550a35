package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.diagnosis.CauseShare;
import com.salesdiag.service.diagnosis.ShortfallAnswer;

import java.util.ArrayList;
import java.util.List;

/**
 * A shortfall split by cause, drawn as horizontal bars (server-side SVG, the template {@code console/chart}): one
 * bar per ranked cause and one for the part no cause explains, each labelled with its share, so the chart reads
 * without colour; the same figures are in the table beside it.
 */
record ShortfallChart(String id, List<Bar> bars, int height) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 300;
    static final int ROW = 30;

    /** One bar: its label, figures and where it is drawn. */
    record Bar(String label, Double amount, double share, int y, int width, boolean unexplained) {

        public int textX() {
            return LABEL_WIDTH + width + 6;
        }

        public int textY() {
            return y + 15;
        }
    }

    /** Null when there is no shortfall to split. */
    static ShortfallChart of(String id, ShortfallAnswer answer, String unexplainedLabel) {
        if (answer == null || answer.shortfall() == null || answer.shortfall() <= 0) {
            return null;
        }
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (CauseShare cause : answer.causes()) {
            double share = cause.share() == null ? 0 : cause.share();
            bars.add(new Bar(cause.label(), cause.amount(), share, y, width(share), false));
            y += ROW;
        }
        double unexplained = answer.unexplainedShare() == null ? 0 : answer.unexplainedShare();
        bars.add(new Bar(unexplainedLabel, answer.unexplainedAmount(), unexplained, y, width(unexplained), true));
        return new ShortfallChart(id, bars, y + ROW);
    }

    private static int width(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * BAR_AREA);
    }
}
