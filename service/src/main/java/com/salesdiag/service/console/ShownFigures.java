package com.salesdiag.service.console;

import com.salesdiag.engine.Wording;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
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

    /**
     * An amount of money in the page's language ("1,025,850"), with its cents only when it has some: the answer's
     * amounts are exact to the cent, and a page that rounded them would show parts that no longer add up.
     */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount);
    }

    /** A change of money with its sign ("+1,150", "-57,400"), so a rise and a fall read apart without colour. */
    public String signedAmount(BigDecimal change) {
        if (change == null) {
            return null;
        }
        return (change.signum() > 0 ? "+" : "") + amount(change);
    }

    /** A relative change with its sign and one decimal ("-5.5%"), as the change sentences write it. */
    public String signedPercent(Double ratio) {
        if (ratio == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return (ratio > 0 ? "+" : "") + format.format(ratio);
    }

    /** A share of the falls or of the rises ("34.8%"), one decimal as the sentences write it. */
    public String share(BigDecimal share) {
        if (share == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /**
     * 1 when the percentage {@link #percent} shows is read aloud starting with a vowel in Italian (uno, otto, undici,
     * ottanta..., ottocento..., un milione), else 0: a {@code choice} in a message writes "all'81%" but "al 79%".
     */
    public int readWithVowel(Double ratio) {
        return ratio == null ? 0 : startsWithVowel(Wording.percent(Math.abs(ratio)).movePointRight(2).longValue()) ? 1 : 0;
    }

    static boolean startsWithVowel(long n) {
        if (n >= 1_000_000) {
            long millions = n / 1_000_000;
            return millions == 1 || startsWithVowel(millions); // un milione, otto milioni
        }
        if (n >= 1000) {
            long thousands = n / 1000;
            return thousands != 1 && startsWithVowel(thousands); // mille, ottomila, undicimila
        }
        if (n >= 100) {
            return n / 100 == 8; // cento, duecento ... ottocento
        }
        return n == 1 || n == 8 || n == 11 || n >= 80 && n <= 89;
    }
}
