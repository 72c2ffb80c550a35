package com.salesdiag.service.console;

import com.salesdiag.engine.Wording;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;

/**
 * Figures on the pages as the answer's sentences write them ({@code ${@shown.percent(x)}}): a page that rounded
 * 94.6 % up to 95 % beside a sentence saying 94 % would show one attainment two ways, and 95 % is where a goal
 * counts as met.
 */
@Component("shown")
public class ShownFigures {

    /** A ratio (0.946) as the percentage the sentences show ("94%"); null stays null. */
    public String percent(Double ratio) {
        if (ratio == null) {
            return null;
        }
        // the same cut as the sentences' {n,number,percent}: 0.9496 is 0.94, then written as a percentage
        return NumberFormat.getPercentInstance(LocaleContextHolder.getLocale()).format(Wording.percent(ratio));
    }
}
