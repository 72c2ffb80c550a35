package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.RuleFile;

import java.util.List;

/**
 * A reload that publishes, told to {@link RulesLog} on the thread that reloads: what the publication row needs beyond
 * the load attempt (why, the scenarios it is checked against), and afterwards whether it was written.
 *
 * @param scenarios the scenario files kept with the rules, by their path relative to the rules folder
 *                  ({@code scenarios/a.json}, {@code ../scenarios/a.json}); empty when the check runs the packaged ones
 */
record Publishing(Publication.Action action, String note, List<RuleFile> scenarios, String replacedVersion,
                  String instance, Outcome outcome) {

    Publishing {
        scenarios = List.copyOf(scenarios);
    }

    static Publishing of(Publication.Action action, String note, List<RuleFile> scenarios, String replacedVersion,
                         String instance) {
        return new Publishing(action, note, scenarios, replacedVersion, instance, new Outcome());
    }

    /** What became of the publication row: written (with its id), or not, because the database refused it. */
    static final class Outcome {

        private volatile Long publicationId;

        void written(long id) {
            publicationId = id;
        }

        boolean written() {
            return publicationId != null;
        }

        Long publicationId() {
            return publicationId;
        }
    }
}
