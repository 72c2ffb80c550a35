package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.Product;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of "why did sales fall": estimates, scaling, ranking. */
class WhySalesFellAnswererTests {

    /** North: Anna sells alpha and beta, Bruno only alpha; goals 100,000 each; department goal 200,000. */
    private static CompanyFacts north(double annaRevenue, double brunoRevenue) {
        return new CompanyFacts(new Company("acme", "Acme"), "2026-Q3",
                List.of(new Department("north", "North")),
                List.of(new Salesperson("anna", "Anna", "north", null, List.of("alpha", "beta"), null),
                        new Salesperson("bruno", "Bruno", "north", null, List.of("alpha"), null)),
                List.of(goal(GoalLevel.SALESPERSON, "anna", 100_000), goal(GoalLevel.SALESPERSON, "bruno", 100_000),
                        goal(GoalLevel.DEPARTMENT, "north", 200_000), goal(GoalLevel.COMPANY, "acme", 200_000)),
                List.of(new SalesResult("anna", "2026-Q3", annaRevenue, 10, 10, 4, 0, 0.05),
                        new SalesResult("bruno", "2026-Q3", brunoRevenue, 10, 10, 2, 0, 0.05)),
                List.of(new Product("alpha", "Alpha"), new Product("beta", "Beta")),
                null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void deliveryDelaysExplainTheBreachTimesTheGoalsAtStake() {
        ShortfallAnswer north = answer(north(90_000, 90_000),
                goal("GOAL_MISSED", SubjectType.DEPARTMENT, "north", 180_000, 200_000),
                delivery(SubjectType.DEPARTMENT, "north", 0.90));
        CauseShare delivery = north.causes().get(0);
        // (0.95 - 0.90) x 200,000 = 10,000: less than the 20,000 shortfall, so not scaled.
        assertThat(delivery.amount()).isEqualTo(10_000);
        assertThat(delivery.share()).isEqualTo(0.5);
        assertThat(north.estimatesScaled()).isFalse();
        assertThat(north.unexplainedAmount()).isEqualTo(10_000);
    }

    @Test
    void lostDealsCountAtTheAverageWonDealAndAProductCountsForItsShareOfAPortfolio() {
        ShortfallAnswer north = answer(north(50_000, 50_000),
                goal("GOAL_MISSED", SubjectType.DEPARTMENT, "north", 100_000, 200_000),
                finding("PRICE_NOT_COMPETITIVE", "cause", 2, SubjectType.PRODUCT, "alpha"));
        // Average won deal 100,000 / 20 = 5,000. Anna sells alpha and beta: half of her 4 price losses; Bruno: 2.
        assertThat(north.causes().get(0).amount()).isEqualTo((0.5 * 4 + 2) * 5_000);
    }

    @Test
    void causesTogetherNeverExplainMoreThanTheShortfall() {
        ShortfallAnswer north = answer(north(90_000, 90_000),
                goal("GOAL_MISSED", SubjectType.DEPARTMENT, "north", 180_000, 200_000),
                delivery(SubjectType.DEPARTMENT, "north", 0.60),
                finding("PRICE_NOT_COMPETITIVE", "cause", 2, SubjectType.DEPARTMENT, "north"));
        double explained = north.causes().stream().mapToDouble(CauseShare::amount).sum();
        assertThat(north.estimatesScaled()).isTrue();
        assertThat(explained).isEqualTo(20_000);
        assertThat(north.unexplainedAmount()).isZero();
        assertThat(north.causes()).extracting(CauseShare::share).allSatisfy(s -> assertThat(s).isBetween(0d, 1d));
        assertThat(north.summary()).contains("scaled down in proportion");
    }

    @Test
    void causesAreRankedByTheAmountTheyExplain() {
        ShortfallAnswer north = answer(north(60_000, 60_000),
                goal("GOAL_MISSED", SubjectType.DEPARTMENT, "north", 120_000, 200_000),
                delivery(SubjectType.DEPARTMENT, "north", 0.93),
                finding("PRICE_NOT_COMPETITIVE", "cause", 2, SubjectType.DEPARTMENT, "north"));
        assertThat(north.causes()).extracting(CauseShare::code).containsExactly("PRICE_NOT_COMPETITIVE", "DELIVERY_DELAYS");
        assertThat(north.summary()).contains("Main cause: price not competitive");
    }

    @Test
    void aPersonsOwnShortfallIsSharedAmongTheirIndividualCauses() {
        ShortfallAnswer north = answer(north(70_000, 100_000),
                goal("GOAL_MISSED", SubjectType.DEPARTMENT, "north", 170_000, 200_000),
                finding("CAPABILITY_GAP", "personal", 7, SubjectType.SALESPERSON, "anna"),
                finding("COACHING_INEFFECTIVE", "personal", 8, SubjectType.SALESPERSON, "anna"),
                finding("TRAINING_GAP", "cause", 6, SubjectType.SALESPERSON, "bruno"));
        assertThat(north.causes()).extracting(CauseShare::code, CauseShare::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CAPABILITY_GAP", 15_000d),
                org.assertj.core.groups.Tuple.tuple("COACHING_INEFFECTIVE", 15_000d));
    }

    @Test
    void aCauseTheFiguresCannotEstimateIsListedLastWithoutAnAmount() {
        ShortfallAnswer north = answer(north(90_000, 90_000),
                goal("GOAL_MISSED", SubjectType.DEPARTMENT, "north", 180_000, 200_000),
                finding("DISCOUNT_ABUSE", "cause", 2, SubjectType.DEPARTMENT, "north"),
                delivery(SubjectType.DEPARTMENT, "north", 0.90));
        assertThat(north.causes()).extracting(CauseShare::code).containsExactly("DELIVERY_DELAYS", "DISCOUNT_ABUSE");
        assertThat(north.causes().get(1).amount()).isNull();
        assertThat(north.causes().get(1).share()).isNull();
    }

    @Test
    void aDepartmentThatMetItsGoalHasNoCauses() {
        ShortfallAnswer north = answer(north(100_000, 100_000),
                goal("GOAL_MET", SubjectType.DEPARTMENT, "north", 200_000, 200_000),
                delivery(SubjectType.DEPARTMENT, "north", 0.90));
        assertThat(north.outcome()).isEqualTo("GOAL_MET");
        assertThat(north.causes()).isEmpty();
        assertThat(north.summary()).isEqualTo("North met its goal for Q3 2026: 100% (200,000 of 200,000).");
    }

    @Test
    void withoutAGoalTheAnswerSaysSo() {
        ShortfallAnswer north = answer(north(100_000, 100_000));
        assertThat(north.outcome()).isEqualTo("NO_GOAL");
        assertThat(north.summary()).isEqualTo("North has no goal of its own for Q3 2026. The goals of its salespeople "
                + "with a result add up to 200,000, and they sold 200,000 (100%); send a company or department goal to "
                + "have the shortfall explained.");
    }

    private static ShortfallAnswer answer(CompanyFacts facts, DiagnosedFinding... findings) {
        Diagnosis diagnosis = new Diagnosis("acme", "2026-Q3", "test", List.of(findings), List.of());
        return new WhySalesFellAnswerer(diagnosis, new CompanyFigures(facts), sentences(), null).answer().departments().get(0);
    }

    static Sentences sentences() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return new Sentences(messages, Locale.ENGLISH);
    }

    private static Goal goal(GoalLevel level, String subject, double target) {
        return new Goal(level, subject, "2026-Q3", target, null);
    }

    private static DiagnosedFinding goal(String code, SubjectType type, String id, double actual, double target) {
        return new DiagnosedFinding(code, "outcome", 0, type, id, "North", "SALES_MANAGER", List.of("Attainment"),
                Evidence.of("attainment", actual / target, "actual", actual, "target", target), Map.of());
    }

    private static DiagnosedFinding delivery(SubjectType type, String id, double onTime) {
        return new DiagnosedFinding("DELIVERY_DELAYS", "cause", 3, type, id, id, "PRODUCTION", List.of("Late"),
                Evidence.of("onTimeRate", onTime, "onTimeTolerance", 0.95), Map.of("en", "late"));
    }

    private static DiagnosedFinding finding(String code, String kind, int step, SubjectType type, String id) {
        List<String> rules = new ArrayList<>(List.of(code));
        return new DiagnosedFinding(code, kind, step, type, id, id, "SALES_MANAGER", rules, List.of(), Map.of("en", code));
    }
}
