package com.salesdiag.engine.answer;

/**
 * One period of a salesperson's record.
 *
 * @param peerAverage the average attainment of the others in the peer group; null without peers
 */
public record PeriodShortfall(String period, double actual, double target, double attainment,
                              double shortfallAgainstGoal, Double peerAverage, Double gapAgainstPeers) {
}
