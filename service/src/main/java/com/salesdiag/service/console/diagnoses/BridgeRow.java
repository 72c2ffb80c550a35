package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.console.ShownFigures;
import com.salesdiag.service.console.diagnoses.BridgeChart.Step;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/**
 * One step of a bridge as the page writes it: its name and figures in the page's language, and how its bar is drawn,
 * worked out once here rather than by expressions in the template, which the chart and its table would each evaluate
 * (a company of 20 departments draws 42 bridges).
 */
record BridgeRow(Step step, String label, String rowLabel, String figure, String change, String share, String after,
                 String presence, String barClass, String fill) {

    static final int LABEL_LENGTH = 32;

    /** The label cut to fit the chart's left column (the table beside it has it whole). */
    public String shortLabel() {
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
    }

    static List<BridgeRow> of(BridgeChart chart, MessageSource messages, Locale locale, ShownFigures shown) {
        if (chart == null) {
            return List.of();
        }
        return chart.steps().stream().map(s -> {
            String label = switch (s.kind()) {
                case EARLIER -> chart.earlierPeriod();
                case CURRENT -> chart.period();
                case OTHER_FALLS -> messages.getMessage("console.change.otherFalls", new Object[] {s.count()}, locale);
                case OTHER_RISES -> messages.getMessage("console.change.otherRises", new Object[] {s.count()}, locale);
                case NOT_SPLIT -> messages.getMessage("console.change.notSplit", null, locale);
                default -> s.name();
            };
            String rowLabel = s.total()
                    ? messages.getMessage("console.change.revenueIn", new Object[] {label}, locale) : label;
            String share = s.share() == null ? "–" : messages.getMessage(s.fall() ? "console.change.shareOfFalls"
                    : "console.change.shareOfRises", new Object[] {shown.share(s.share())}, locale);
            String presence = s.presence() == null || "BOTH".equals(s.presence()) ? null
                    : messages.getMessage("console.change.presence." + s.presence(), null, s.presence(), locale);
            String barClass = "step " + (s.total() ? "total" : s.fall() ? "fall" : "rise")
                    + (s.grouped() ? " grouped" : "");
            String fill = !s.total() && !s.grouped() && !s.fall() ? "url(#" + chart.id() + "-rise)" : null;
            String figure = s.total() ? shown.amount(s.amount()) : shown.signedAmount(s.amount());
            return new BridgeRow(s, label, rowLabel, figure,
                    s.total() ? "–" : shown.signedAmount(s.amount()), share, shown.amount(s.after()),
                    presence, barClass, fill);
        }).toList();
    }
}
