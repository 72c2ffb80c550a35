package com.salesdiag.engine.rules;

/**
 * An expectation of a scenario that an edit no longer meets, and why: what the scenario would say to expect the
 * edit's answer instead. Accepting it ({@code LiveRuleset.acceptExpectations}) moves the expectation to the other
 * list of the scenario's {@code expect}.
 *
 * @param expectation  as the scenario names it: {@code DELIVERY_DELAYS for north}, {@code PERSONAL_COACHING (any subject)}
 * @param change       NO_LONGER_CONCLUDED: in {@code mustContain}, the edit does not conclude it (it would move to
 *                     {@code mustNotContain}); NOW_CONCLUDED: in {@code mustNotContain}, the edit concludes it (it would
 *                     move to {@code mustContain})
 * @param why          the rule and figures behind the conclusion, with the rules serving or with the edit, and the
 *                     thresholds among those figures that the edit moved
 */
public record ExpectationChange(String scenario, String file, String expectation, Change change, String why) {

    public enum Change { NO_LONGER_CONCLUDED, NOW_CONCLUDED }

    /** {@code scenario NAME: DELIVERY_DELAYS for north is no longer concluded: why}. */
    @Override
    public String toString() {
        return "scenario " + scenario + ": " + expectation + (change == Change.NO_LONGER_CONCLUDED
                ? " is no longer concluded" : " is now concluded") + ": " + why;
    }
}
