package com.salesdiag.service.rawdata;

import com.salesdiag.engine.facts.DeliveryScope;

/** The groups the raw lines are added up in. */
final class Keys {

    private Keys() {
    }

    record Sales(String salespersonId, String period) implements Comparable<Sales> {
        @Override
        public int compareTo(Sales o) {
            int c = period.compareTo(o.period);
            return c != 0 ? c : salespersonId.compareTo(o.salespersonId);
        }
    }

    record Delivery(DeliveryScope scope, String scopeId, String period) implements Comparable<Delivery> {
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
