package com.salesdiag.service.rawdata;

import com.salesdiag.engine.facts.DeliveryScope;

/** The groups the raw lines are added up in. */
final class Keys {

    private Keys() {
    }

    /** Hash codes mixed by hand: a million look-ups a file, and ids like rep1, rep2 ... must not share buckets. */
    private static int mix(int a, int b) {
        return a * 0x9E3779B1 ^ b;
    }

    record Sales(String salespersonId, String period) implements Comparable<Sales> {
        @Override
        public boolean equals(Object o) {
            return o instanceof Sales s && salespersonId.equals(s.salespersonId) && period.equals(s.period);
        }

        @Override
        public int hashCode() {
            return mix(salespersonId.hashCode(), period.hashCode());
        }

        @Override
        public int compareTo(Sales o) {
            int c = period.compareTo(o.period);
            return c != 0 ? c : salespersonId.compareTo(o.salespersonId);
        }
    }

    record Delivery(DeliveryScope scope, String scopeId, String period) implements Comparable<Delivery> {
        @Override
        public boolean equals(Object o) {
            return o instanceof Delivery d && scope == d.scope && scopeId.equals(d.scopeId) && period.equals(d.period);
        }

        @Override
        public int hashCode() {
            return mix(mix(scope.ordinal(), scopeId.hashCode()), period.hashCode());
        }

        @Override
        public int compareTo(Delivery o) {
            int c = period.compareTo(o.period);
            if (c == 0) {
                c = scope.compareTo(o.scope);
            }
            return c != 0 ? c : scopeId.compareTo(o.scopeId);
        }
    }
}
