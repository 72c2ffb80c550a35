package com.salesdiag.engine.derived;

/**
 * A change of revenue split into deals won and average won deal (R = N x A):
 * volume = (N1 - N0) x A0, value = N0 x (A1 - A0), interaction = (N1 - N0) x (A1 - A0), so that
 * volume + value + interaction = R1 - R0. Volume and value are rounded to the cent (half even); the interaction is
 * the exact remainder, so the three always add up to the change to the cent. Averages are rounded for reading only.
 */
public record VolumeValue(long dealsEarlier, long dealsCurrent, long averageEarlierCents, long averageCurrentCents,
                          long volumeCents, long valueCents, long interactionCents) {
}
