package com.salesdiag.engine.internal.change;

import com.salesdiag.engine.derived.ChangeContribution;
import com.salesdiag.engine.derived.PeopleChange;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.derived.VolumeValue;
import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.Product;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The change's arithmetic on generated companies (QuickTheories, fixed seed): the parts add up to the whole to the
 * cent at every level, equal periods show no change, and the order of the facts changes nothing.
 */
class RevenueChangesPropertyTests {

    private static final long SEED = 20260519L;

    @Test
    void everyDecompositionAddsUpToTheChangeToTheCent() {
        qt().withFixedSeed(SEED).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            CompanyFacts facts = company(new Random(seed), false);
            List<RevenueChange> changes = RevenueChanges.of(facts);
            for (RevenueChange c : changes.stream().filter(RevenueChange::isCompared).toList()) {
                assertThat(c.changeCents()).isEqualTo(c.currentCents() - c.earlierCents());
                if (c.subjectType() == SubjectType.COMPANY || c.subjectType() == SubjectType.DEPARTMENT) {
                    assertThat(sum(c.contributors())).as("contributors of %s", c).isEqualTo(c.changeCents());
                    PeopleChange p = c.people();
                    assertThat(p.continuingCents() + p.joinedCents() + p.leftCents()).isEqualTo(c.changeCents());
                    sharesAddUp(c.contributors());
                }
                VolumeValue v = c.volumeValue();
                if (v != null) {
                    assertThat(v.volumeCents() + v.valueCents() + v.interactionCents()).isEqualTo(c.changeCents());
                }
                if (c.products() != null) {
                    assertThat(sum(c.products().contributors())).isEqualTo(c.products().changeCents());
                    sharesAddUp(c.products().contributors());
                }
            }
            for (RevenueChange company : changes.stream()
                    .filter(c -> c.subjectType() == SubjectType.COMPANY && c.isCompared()).toList()) {
                for (ChangeContribution d : company.contributors()) {
                    RevenueChange department = changes.stream().filter(c -> c.subjectType() == SubjectType.DEPARTMENT
                            && c.subjectId().equals(d.subjectId()) && c.basis() == company.basis()).findFirst().orElseThrow();
                    assertThat(department.changeCents()).isEqualTo(d.changeCents());
                }
            }
        });
    }

    @Test
    void identicalPeriodsShowNoChangeAndNoContributor() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            CompanyFacts facts = company(new Random(seed), true);
            for (RevenueChange c : RevenueChanges.of(facts)) {
                if (c.isCompared()) {
                    assertThat(c.changeCents()).isZero();
                    assertThat(c.contributors()).isEmpty();
                    if (c.products() != null) {
                        assertThat(c.products().contributors()).isEmpty();
                    }
                    if (c.volumeValue() != null) {
                        assertThat(c.volumeValue().volumeCents()).isZero();
                        assertThat(c.volumeValue().valueCents()).isZero();
                        assertThat(c.volumeValue().interactionCents()).isZero();
                    }
                }
            }
        });
    }

    @Test
    void reorderingTheFactsChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            CompanyFacts facts = company(new Random(seed), false);
            Random shuffle = new Random(seed + 1);
            CompanyFacts reordered = new CompanyFacts(facts.company(), facts.period(),
                    shuffled(facts.departments(), shuffle), shuffled(facts.salespeople(), shuffle), List.of(),
                    shuffled(facts.results(), shuffle), shuffled(facts.products(), shuffle),
                    shuffled(facts.productPerformance(), shuffle), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of());
            assertThat(RevenueChanges.of(reordered)).isEqualTo(RevenueChanges.of(facts));
        });
    }

    private static void sharesAddUp(List<ChangeContribution> parts) {
        List<ChangeContribution> falls = parts.stream().filter(ChangeContribution::isFall).toList();
        List<ChangeContribution> rises = parts.stream().filter(p -> p.changeCents() > 0).toList();
        if (!falls.isEmpty()) {
            assertThat(falls.stream().mapToInt(ChangeContribution::shareBasisPoints).sum()).isEqualTo(10_000);
        }
        if (!rises.isEmpty()) {
            assertThat(rises.stream().mapToInt(ChangeContribution::shareBasisPoints).sum()).isEqualTo(10_000);
        }
        assertThat(parts).noneMatch(p -> p.changeCents() == 0);
    }

    private static long sum(List<ChangeContribution> parts) {
        return parts.stream().mapToLong(ChangeContribution::changeCents).sum();
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Quarters or months; people present in one, two or three of the periods; deals sometimes unknown. */
    static CompanyFacts company(Random r, boolean identical) {
        boolean months = r.nextBoolean();
        String now = months ? "2026-05" : "2026-Q2";
        String previous = months ? "2026-04" : "2026-Q1";
        String yearAgo = months ? "2025-05" : "2025-Q2";
        int departments = 1 + r.nextInt(4);
        List<Department> depts = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            depts.add(new Department("D" + d, "Department " + d));
        }
        List<Salesperson> people = new ArrayList<>();
        List<SalesResult> results = new ArrayList<>();
        int count = 1 + r.nextInt(15);
        for (int i = 0; i < count; i++) {
            String id = "S" + i;
            people.add(new Salesperson(id, "Person " + i, "D" + r.nextInt(departments), null, List.of(), null));
            double base = r.nextInt(5_000_000) / 100.0;
            Integer deals = r.nextInt(5) == 0 ? null : r.nextInt(40);
            for (String period : List.of(now, previous, yearAgo)) {
                if (identical) {
                    if (!period.equals(yearAgo)) {
                        results.add(new SalesResult(id, period, base, deals, null, null, null, null));
                    }
                } else if (r.nextInt(5) > 0) {
                    results.add(new SalesResult(id, period, r.nextInt(5_000_000) / 100.0,
                            r.nextInt(5) == 0 ? null : r.nextInt(40), null, null, null, null));
                }
            }
        }
        List<Product> products = new ArrayList<>();
        List<ProductPerformance> performance = new ArrayList<>();
        int productCount = r.nextInt(4);
        for (int p = 0; p < productCount; p++) {
            products.add(new Product("P" + p, "Product " + p));
            double base = r.nextInt(9_000_000) / 100.0;
            for (String period : List.of(now, previous, yearAgo)) {
                if (identical ? !period.equals(yearAgo) : r.nextInt(4) > 0) {
                    performance.add(new ProductPerformance("P" + p, period, null, null, null,
                            identical ? base : r.nextInt(9_000_000) / 100.0));
                }
            }
        }
        return new CompanyFacts(new Company("acme", "Acme", null), now, depts, people, List.of(), results, products,
                performance, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
