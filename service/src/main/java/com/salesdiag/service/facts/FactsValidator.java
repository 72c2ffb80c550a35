package com.salesdiag.service.facts;

import com.salesdiag.service.system.Excerpt;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.SalesDiagProperties;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.salesdiag.engine.facts.FactKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks facts before the engine sees them: each record on its own (Jakarta Validation, from the annotations on
 * {@link FactsInput}), then across records ({@link CrossRecordChecks}). Returns every error, ordered by where it
 * is, with its message in the request's language.
 */
@Component
public class FactsValidator {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    /**
     * From this many records, they are validated in parallel: below it, handing work to the common pool costs
     * more than it saves (a 20-salesperson team has ~360 records).
     */
    private static final int PARALLEL_FROM = 2_000;

    private final RecordValidation records;
    private final MessageSource messages;
    private final SalesDiagProperties properties;

    public FactsValidator(Validator validator, MessageSource messages, SalesDiagProperties properties) {
        this.records = new RecordValidation(validator, PARALLEL_FROM);
        this.messages = messages;
        this.properties = properties;
    }

    /** The cheap guard, first: a request too big to be worth validating in detail. */
    public void checkLimits(FactsInput input) {
        int count = input.salespeople().size();
        if (count > properties.maxSalespeople()) {
            throw new TooManySalespeopleException(count, properties.maxSalespeople());
        }
    }

    public List<InputError> validate(FactsInput input) {
        return validate(input, false);
    }

    /**
     * @param fromCells whether the facts were read from CSV cells: a required value missing there is an empty cell,
     *                  said as the raw files say it, not "must not be null"
     */
    public List<InputError> validate(FactsInput input, boolean fromCells) {
        List<InputError> errors = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        new TextChecks(properties).run(input).forEach(problem -> errors.add(InputError.atField(problem.field(),
                messages.getMessage(problem.code(), problem.args(), problem.code(), locale))));
        for (RecordValidation.Violation violation : records.violations(input)) {
            String field = path(violation.path());
            errors.add(InputError.atField(field, violation.missing() && fromCells && field.contains(".")
                    ? messages.getMessage("salesdiag.csv.emptyCell", new Object[]{field.substring(field.lastIndexOf('.') + 1)},
                    locale) : violation.message()));
        }
        new CrossRecordChecks(input).run().forEach(problem -> errors.add(InputError.atField(problem.field(),
                messages.getMessage(problem.code(), excerpts(problem.args()), problem.code(), locale))));
        whatWasNotSent(input, locale, errors);
        errors.sort(Comparator.comparing(InputError::field, FactsValidator::comparePaths)
                .thenComparing(InputError::message));
        return errors;
    }

    /** The values a message quotes, each cut to a short excerpt: a 10 MB id is not worth quoting whole. */
    private static Object[] excerpts(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] cut = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            cut[i] = Excerpt.of(args[i]);
        }
        return cut;
    }

    /**
     * {@code notSent} names lists of the input, and a list said not sent has no rows; a goal said never discussed
     * has no date of discussion.
     */
    private void whatWasNotSent(FactsInput input, Locale locale, List<InputError> errors) {
        for (int i = 0; i < input.notSent().size(); i++) {
            String name = input.notSent().get(i);
            java.util.Optional<FactKind> kind = FactKind.ofListName(name);
            if (kind.isEmpty()) {
                errors.add(InputError.atField("notSent[" + i + "]", messages.getMessage("salesdiag.facts.notSent.unknown",
                        new Object[]{Excerpt.of(name), java.util.Arrays.stream(FactKind.values()).map(FactKind::listName)
                                .collect(java.util.stream.Collectors.joining(", "))}, locale)));
            } else if (!rowsOf(input, kind.get()).isEmpty()) {
                errors.add(InputError.atField("notSent[" + i + "]",
                        messages.getMessage("salesdiag.facts.notSent.withRows", new Object[]{Excerpt.of(name)}, locale)));
            }
        }
        for (int i = 0; i < input.goals().size(); i++) {
            FactsInput.Goal goal = input.goals().get(i);
            if (goal != null && Boolean.FALSE.equals(goal.discussed()) && goal.discussedOn() != null) {
                errors.add(InputError.atField("goals[" + i + "].discussed",
                        messages.getMessage("salesdiag.facts.discussedAndNever", null, locale)));
            }
        }
    }

    private static List<?> rowsOf(FactsInput input, FactKind kind) {
        return switch (kind) {
            case GOALS -> input.goals();
            case RESULTS -> input.results();
            case PRODUCT_PERFORMANCE -> input.productPerformance();
            case DELIVERY -> input.delivery();
            case CUSTOMER_SERVICE -> input.customerService();
            case MARKETING -> input.marketing();
            case MARKET_INDICATORS -> input.marketIndicators();
            case TRAININGS -> input.trainings();
            case COACHING_PLANS -> input.coachingPlans();
            case RECOGNITIONS -> input.recognitions();
            case FEEDBACK -> input.feedback();
            case TECHNIQUES -> input.techniques();
        };
    }

    private static String path(String hibernatePath) {
        // Hibernate names list elements "productIds[1].<list element>"; a reader wants "productIds[1]".
        return hibernatePath.replace(".<list element>", "").replace("<list element>", "");
    }

    /** Orders paths the way a reader scans the input: by field, and list indexes as numbers. */
    static int comparePaths(String a, String b) {
        Matcher ma = SEGMENT.matcher(a);
        Matcher mb = SEGMENT.matcher(b);
        while (true) {
            boolean hasA = ma.find();
            boolean hasB = mb.find();
            if (!hasA || !hasB) {
                return Boolean.compare(hasA, hasB);
            }
            int c = compareSegment(ma, mb);
            if (c != 0) {
                return c;
            }
        }
    }

    private static int compareSegment(Matcher a, Matcher b) {
        if (a.group(2) != null && b.group(2) != null) {
            return Integer.compare(Integer.parseInt(a.group(2)), Integer.parseInt(b.group(2)));
        }
        return a.group().compareTo(b.group());
    }
}
