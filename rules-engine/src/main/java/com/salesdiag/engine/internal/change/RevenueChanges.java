package com.salesdiag.engine.internal.change;

import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.ChangeContribution;
import com.salesdiag.engine.derived.NotComparable;
import com.salesdiag.engine.derived.PeopleChange;
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.derived.Presence;
import com.salesdiag.engine.derived.ProductsChange;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.derived.VolumeValue;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.facts.Product;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The change of revenue against the previous period and the same period a year earlier, for the company, each
 * department, each salesperson and each product (docs/change.md). Amounts are in cents, as longs: each figure sent is
 * rounded to the cent once, and every sum and difference after that is exact, so the parts add up to the whole to
 * the cent. The answer depends on no order of the facts: every scope and part is sorted by id.
 * <p>
 * A period is held when at least one result was sent for it. A salesperson of the roster with no result in a held
 * period is absent from it (joined, left, or no sale recorded); a period not held cannot be compared at all. Results
 * of people missing from the roster belong to no department and are left out (the service refuses them).
 */
public final class RevenueChanges {

    private final CompanyFacts facts;
    private final boolean complete;

    private RevenueChanges(CompanyFacts facts) {
        this.facts = facts;
        this.complete = PeriodCalendar.underDiagnosis(facts).isComplete();
    }

    /** Company first, then departments, salespeople and products by id; for each, previous period then year. */
    public static List<RevenueChange> of(CompanyFacts facts) {
        if (facts.period() == null || !PeriodCalendar.isValid(facts.period())) {
            return List.of();
        }
        RevenueChanges changes = new RevenueChanges(facts);
        List<RevenueChange> all = new ArrayList<>();
        for (ChangeBasis basis : ChangeBasis.values()) {
            all.addAll(changes.against(basis));
        }
        all.sort(Comparator.comparingInt((RevenueChange c) -> c.subjectType().ordinal())
                .thenComparing(RevenueChange::subjectId).thenComparing(RevenueChange::basis));
        return List.copyOf(all);
    }

    private List<RevenueChange> against(ChangeBasis basis) {
        String period = facts.period();
        String earlier = EarlierPeriods.of(period, basis);
        List<RevenueChange> out = new ArrayList<>(salesChanges(basis, period, earlier));
        out.addAll(productChanges(basis, period, earlier));
        return out;
    }

    // ---- company, departments, salespeople --------------------------------------------------------------

    private List<RevenueChange> salesChanges(ChangeBasis basis, String period, String earlier) {
        Map<String, Salesperson> roster = new TreeMap<>();
        facts.salespeople().forEach(s -> roster.putIfAbsent(s.id(), s));
        Set<String> departments = new TreeSet<>();
        facts.departments().stream().map(Department::id).filter(Objects::nonNull).forEach(departments::add);
        roster.values().stream().map(Salesperson::departmentId).filter(Objects::nonNull).forEach(departments::add);
        String companyId = facts.company() == null ? "" : facts.company().id();
        NotComparable whyNot = !facts.sent(FactKind.RESULTS) ? NotComparable.RESULTS_NOT_SENT
                : !complete ? NotComparable.PERIOD_PARTLY_COVERED : null;
        Map<String, Figures> now = figures(period, roster);
        Map<String, Figures> before = figures(earlier, roster);
        if (whyNot == null && now.isEmpty()) {
            whyNot = NotComparable.NO_RESULTS_FOR_PERIOD;
        } else if (whyNot == null && before.isEmpty()) {
            whyNot = NotComparable.NO_RESULTS_FOR_EARLIER_PERIOD;
        }
        List<RevenueChange> out = new ArrayList<>();
        if (whyNot != null) {
            out.add(RevenueChange.notComparable(SubjectType.COMPANY, companyId, basis, period, earlier, whyNot));
            for (String d : departments) {
                out.add(RevenueChange.notComparable(SubjectType.DEPARTMENT, d, basis, period, earlier, whyNot));
            }
            for (String s : roster.keySet()) {
                out.add(RevenueChange.notComparable(SubjectType.SALESPERSON, s, basis, period, earlier, whyNot));
            }
            return out;
        }
        Map<String, List<String>> membersOf = new TreeMap<>();
        List<String> withoutDepartment = new ArrayList<>();
        roster.values().forEach(s -> {
            if (s.departmentId() == null) {
                withoutDepartment.add(s.id());
            } else {
                membersOf.computeIfAbsent(s.departmentId(), d -> new ArrayList<>()).add(s.id());
            }
        });
        List<ChangeContribution> departmentParts = new ArrayList<>();
        for (String d : departments) {
            List<String> members = membersOf.getOrDefault(d, List.of());
            RevenueChange change = scope(SubjectType.DEPARTMENT, d, basis, period, earlier, members, now, before,
                    contributorsOf(members, now, before), null);
            out.add(change);
            if (change.isCompared() && change.changeCents() != 0) {
                Presence presence = change.earlierCents() == 0 ? Presence.ONLY_CURRENT
                        : change.currentCents() == 0 ? Presence.ONLY_EARLIER : Presence.BOTH;
                departmentParts.add(new ChangeContribution(SubjectType.DEPARTMENT, d, presence,
                        change.changeCents(), 0));
            }
        }
        // A salesperson without a department is a part of the company's change on their own.
        departmentParts.addAll(contributorsOf(withoutDepartment, now, before));
        List<String> everyone = List.copyOf(roster.keySet());
        out.add(0, scope(SubjectType.COMPANY, companyId, basis, period, earlier, everyone, now, before,
                ranked(departmentParts), products(period, earlier)));
        for (String s : everyone) {
            Figures n = now.get(s);
            Figures b = before.get(s);
            if (n == null || b == null) {
                NotComparable why = n == null && b == null ? NotComparable.NO_RESULTS_IN_SCOPE
                        : n == null ? NotComparable.NO_RESULT_NOW : NotComparable.NO_RESULT_EARLIER;
                out.add(RevenueChange.notComparable(SubjectType.SALESPERSON, s, basis, period, earlier, why));
            } else {
                out.add(scope(SubjectType.SALESPERSON, s, basis, period, earlier, List.of(s), now, before,
                        List.of(), null));
            }
        }
        return out;
    }

    private RevenueChange scope(SubjectType type, String id, ChangeBasis basis, String period, String earlier,
                                List<String> members, Map<String, Figures> now, Map<String, Figures> before,
                                List<ChangeContribution> contributors, ProductsChange products) {
        long current = 0;
        long previous = 0;
        boolean any = false;
        int continuing = 0;
        int joined = 0;
        int left = 0;
        long continuingCents = 0;
        long joinedCents = 0;
        long leftCents = 0;
        boolean dealsKnown = true;
        long dealsNow = 0;
        long dealsBefore = 0;
        for (String m : members) {
            Figures n = now.get(m);
            Figures b = before.get(m);
            if (n == null && b == null) {
                continue;
            }
            any = true;
            current += n == null ? 0 : n.cents;
            previous += b == null ? 0 : b.cents;
            if (n != null && b != null) {
                continuing++;
                continuingCents += n.cents - b.cents;
            } else if (n != null) {
                joined++;
                joinedCents += n.cents;
            } else {
                left++;
                leftCents -= b.cents;
            }
            if (n != null) {
                dealsKnown &= n.dealsWon != null;
                dealsNow += n.dealsWon == null ? 0 : n.dealsWon;
            }
            if (b != null) {
                dealsKnown &= b.dealsWon != null;
                dealsBefore += b.dealsWon == null ? 0 : b.dealsWon;
            }
        }
        if (!any) {
            return RevenueChange.notComparable(type, id, basis, period, earlier, NotComparable.NO_RESULTS_IN_SCOPE);
        }
        long change = current - previous;
        Double relative = previous == 0 ? null
                : BigDecimal.valueOf(change).divide(BigDecimal.valueOf(previous), 4, RoundingMode.HALF_EVEN)
                .doubleValue();
        PeopleChange people = type == SubjectType.SALESPERSON ? null
                : new PeopleChange(continuing, continuingCents, joined, joinedCents, left, leftCents);
        VolumeValue volumeValue = dealsKnown && dealsNow > 0 && dealsBefore > 0
                ? volumeValue(dealsBefore, dealsNow, previous, current) : null;
        return new RevenueChange(type, id, basis, period, earlier, null, previous, current, change, relative,
                contributors, people, volumeValue, products);
    }

    private List<ChangeContribution> contributorsOf(List<String> members, Map<String, Figures> now,
                                                    Map<String, Figures> before) {
        List<ChangeContribution> parts = new ArrayList<>();
        for (String m : members) {
            Figures n = now.get(m);
            Figures b = before.get(m);
            if (n == null && b == null) {
                continue;
            }
            long change = (n == null ? 0 : n.cents) - (b == null ? 0 : b.cents);
            if (change != 0) {
                Presence presence = n == null ? Presence.ONLY_EARLIER : b == null ? Presence.ONLY_CURRENT
                        : Presence.BOTH;
                parts.add(new ChangeContribution(SubjectType.SALESPERSON, m, presence, change, 0));
            }
        }
        return ranked(parts);
    }

    /**
     * volume = dN x A0, value = N0 x dA, rounded half even; the interaction dN x dA is what remains, exactly.
     * With A = R / N: value = N0 x R1 / N1 - R0.
     */
    static VolumeValue volumeValue(long dealsBefore, long dealsNow, long before, long now) {
        BigInteger n0 = BigInteger.valueOf(dealsBefore);
        BigInteger n1 = BigInteger.valueOf(dealsNow);
        BigInteger r0 = BigInteger.valueOf(before);
        BigInteger r1 = BigInteger.valueOf(now);
        long volume = divide(n1.subtract(n0).multiply(r0), n0);
        long value = divide(n0.multiply(r1).subtract(r0.multiply(n1)), n1);
        long interaction = (now - before) - volume - value;
        return new VolumeValue(dealsBefore, dealsNow, divide(r0, n0), divide(r1, n1), volume, value, interaction);
    }

    private static long divide(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    /** Each rostered salesperson's result for the period, in cents; several results of one person are added. */
    private Map<String, Figures> figures(String period, Map<String, Salesperson> roster) {
        Map<String, Figures> byPerson = new TreeMap<>();
        for (SalesResult r : facts.results()) {
            if (r.salespersonId() != null && period.equals(r.period()) && roster.containsKey(r.salespersonId())) {
                byPerson.merge(r.salespersonId(), new Figures(cents(r.revenue()), r.dealsWon()), Figures::plus);
            }
        }
        return byPerson;
    }

    // ---- products -------------------------------------------------------------------------------------

    private List<RevenueChange> productChanges(ChangeBasis basis, String period, String earlier) {
        Set<String> ids = new TreeSet<>();
        facts.products().stream().map(Product::id).filter(Objects::nonNull).forEach(ids::add);
        facts.productPerformance().stream().map(ProductPerformance::productId).filter(Objects::nonNull)
                .forEach(ids::add);
        Map<String, Long> now = productRevenue(period);
        Map<String, Long> before = productRevenue(earlier);
        NotComparable all = !facts.sent(FactKind.PRODUCT_PERFORMANCE) ? NotComparable.PRODUCT_PERFORMANCE_NOT_SENT
                : !complete ? NotComparable.PERIOD_PARTLY_COVERED
                : now.isEmpty() ? NotComparable.NO_PRODUCT_REVENUE_NOW
                : before.isEmpty() ? NotComparable.NO_PRODUCT_REVENUE_EARLIER : null;
        List<RevenueChange> out = new ArrayList<>();
        for (String id : ids) {
            Long n = now.get(id);
            Long b = before.get(id);
            NotComparable why = all != null ? all
                    : n == null && b == null ? NotComparable.NO_RESULTS_IN_SCOPE
                    : n == null ? NotComparable.NO_PRODUCT_REVENUE_NOW
                    : b == null ? NotComparable.NO_PRODUCT_REVENUE_EARLIER : null;
            if (why != null) {
                out.add(RevenueChange.notComparable(SubjectType.PRODUCT, id, basis, period, earlier, why));
            } else {
                long change = n - b;
                Double relative = b == 0 ? null : BigDecimal.valueOf(change)
                        .divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_EVEN).doubleValue();
                out.add(new RevenueChange(SubjectType.PRODUCT, id, basis, period, earlier, null, b, n, change,
                        relative, List.of(), null, null, null));
            }
        }
        return out;
    }

    /** The products' change with each product's part; null when the product revenue of either period is unknown. */
    private ProductsChange products(String period, String earlier) {
        if (!facts.sent(FactKind.PRODUCT_PERFORMANCE) || !complete) {
            return null;
        }
        Map<String, Long> now = productRevenue(period);
        Map<String, Long> before = productRevenue(earlier);
        if (now.isEmpty() || before.isEmpty()) {
            return null;
        }
        Set<String> ids = new TreeSet<>(now.keySet());
        ids.addAll(before.keySet());
        long current = 0;
        long previous = 0;
        List<ChangeContribution> parts = new ArrayList<>();
        for (String id : ids) {
            Long n = now.get(id);
            Long b = before.get(id);
            current += n == null ? 0 : n;
            previous += b == null ? 0 : b;
            long change = (n == null ? 0 : n) - (b == null ? 0 : b);
            if (change != 0) {
                Presence presence = n == null ? Presence.ONLY_EARLIER : b == null ? Presence.ONLY_CURRENT
                        : Presence.BOTH;
                parts.add(new ChangeContribution(SubjectType.PRODUCT, id, presence, change, 0));
            }
        }
        return new ProductsChange(previous, current, current - previous, ranked(parts));
    }

    private Map<String, Long> productRevenue(String period) {
        Map<String, Long> byProduct = new TreeMap<>();
        for (ProductPerformance p : facts.productPerformance()) {
            if (period.equals(p.period()) && p.revenue() != null && p.productId() != null) {
                byProduct.merge(p.productId(), cents(p.revenue()), Long::sum);
            }
        }
        return byProduct;
    }

    // ---- ranking --------------------------------------------------------------------------------------

    /**
     * Falls first, largest first, each with its share of all the falls; then rises, largest first, each with its
     * share of all the rises; ties by id.
     */
    static List<ChangeContribution> ranked(List<ChangeContribution> parts) {
        List<ChangeContribution> falls = withShares(parts.stream().filter(ChangeContribution::isFall)
                .sorted(Comparator.comparingLong(ChangeContribution::changeCents)
                        .thenComparing(ChangeContribution::subjectId)).toList());
        List<ChangeContribution> rises = withShares(parts.stream().filter(p -> p.changeCents() > 0)
                .sorted(Comparator.comparingLong((ChangeContribution p) -> -p.changeCents())
                        .thenComparing(ChangeContribution::subjectId)).toList());
        List<ChangeContribution> all = new ArrayList<>(falls);
        all.addAll(rises);
        return all;
    }

    private static List<ChangeContribution> withShares(List<ChangeContribution> side) {
        long[] amounts = side.stream().mapToLong(ChangeContribution::changeCents).toArray();
        int[] shares = Shares.basisPoints(amounts);
        List<ChangeContribution> out = new ArrayList<>(side.size());
        for (int i = 0; i < side.size(); i++) {
            ChangeContribution p = side.get(i);
            out.add(new ChangeContribution(p.subjectType(), p.subjectId(), p.presence(), p.changeCents(), shares[i]));
        }
        return out;
    }

    static long cents(double amount) {
        return Math.round(amount * 100);
    }

    private record Figures(long cents, Integer dealsWon) {
        Figures plus(Figures other) {
            return new Figures(cents + other.cents,
                    dealsWon == null || other.dealsWon == null ? null : dealsWon + other.dealsWon);
        }
    }
}
