package com.salesdiag.engine.internal.change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares in basis points that add up to exactly 10,000: each part's exact share rounded down, then the basis points
 * left over given one each to the parts with the largest remainders (Hamilton's largest-remainder method), ties to
 * the earlier part, so that the shares shown always add up to 100 %.
 */
final class Shares {

    private Shares() {
    }

    /** {@code amounts} all of one sign and not all zero; the shares in the same order. */
    static int[] basisPoints(long[] amounts) {
        long total = 0;
        for (long a : amounts) {
            total += Math.abs(a);
        }
        int[] shares = new int[amounts.length];
        if (total == 0) {
            return shares;
        }
        List<long[]> remainders = new ArrayList<>(); // {remainder numerator, index}
        int given = 0;
        for (int i = 0; i < amounts.length; i++) {
            java.math.BigInteger scaled = java.math.BigInteger.valueOf(Math.abs(amounts[i]))
                    .multiply(java.math.BigInteger.valueOf(10_000));
            java.math.BigInteger[] qr = scaled.divideAndRemainder(java.math.BigInteger.valueOf(total));
            shares[i] = qr[0].intValueExact();
            given += shares[i];
            remainders.add(new long[]{qr[1].longValueExact(), i});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> -r[0]).thenComparingLong(r -> r[1]));
        for (int k = 0; k < 10_000 - given; k++) {
            shares[(int) remainders.get(k)[1]]++;
        }
        return shares;
    }
}
