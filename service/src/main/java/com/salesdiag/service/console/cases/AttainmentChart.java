package com.salesdiag.service.console.cases;

import com.salesdiag.service.diagnosis.ReviewView.PeriodShortfall;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's attainment against the goal and the peers' average, period by period (server-side SVG, template
 * {@code console/cases/case}): per period a dark bar for the person and a light outlined one for the peers, each
 * labelled with its percentage, and a dashed line at the goal (100%), so it reads in greyscale; the table beside it
 * has the same figures.
 */
record AttainmentChart(List<Group> groups, int goalY, int height, int width) {

    static final int PLOT_TOP = 20;
    static final int PLOT_HEIGHT = 160;
    static final int GROUP_WIDTH = 120;
    static final int BAR_WIDTH = 40;

    /** One period: the person's bar and the peers' bar (null when there are no peers). */
    record Group(String period, int x, Bar person, Bar peers) {
        public int labelX() {
            return x + BAR_WIDTH;
        }
    }

    record Bar(double value, int x, int y, int height) {
        public int labelX() {
            return x + BAR_WIDTH / 2;
        }

        public int labelY() {
            return y - 4;
        }
    }

    /** Null without periods. */
    static AttainmentChart of(List<PeriodShortfall> periods) {
        if (periods == null || periods.isEmpty()) {
            return null;
        }
        double top = 1.2;
        for (PeriodShortfall p : periods) {
            top = Math.max(top, p.attainment());
            if (p.peerAverage() != null) {
                top = Math.max(top, p.peerAverage());
            }
        }
        List<Group> groups = new ArrayList<>();
        int x = 50;
        for (PeriodShortfall p : periods) {
            Bar person = bar(p.attainment(), x, top);
            Bar peers = p.peerAverage() == null ? null : bar(p.peerAverage(), x + BAR_WIDTH, top);
            groups.add(new Group(p.period(), x, person, peers));
            x += GROUP_WIDTH;
        }
        return new AttainmentChart(groups, y(1.0, top), PLOT_TOP + PLOT_HEIGHT + 30, x + 10);
    }

    private static Bar bar(double value, int x, double top) {
        int y = y(Math.max(0, value), top);
        return new Bar(value, x, y, PLOT_TOP + PLOT_HEIGHT - y);
    }

    private static int y(double value, double top) {
        return PLOT_TOP + PLOT_HEIGHT - (int) Math.round(value / top * PLOT_HEIGHT);
    }
}
