package com.salesdiag.service.decisionlog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Records every diagnosis served before it is answered: the diagnosis, the departments and salespeople it covers,
 * and (through {@link DiagnosisRecorded}) the review cases it opens or joins, all in one transaction. If any of it
 * cannot be written, none of it is, and the caller gets {@link DiagnosisNotRecordedException} instead of an
 * answer. There is no way here to change or remove a record.
 */
@Service
public class DecisionLog {

    private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);

    private final DiagnosisRecords records;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DecisionLog(DiagnosisRecords records, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** Commits the record and returns its id; throws {@link DiagnosisNotRecordedException} if it could not. */
    public long record(DiagnosisToRecord diagnosis) {
        try {
            return attempt(diagnosis);
        } catch (DuplicateKeyException e) {
            // Another diagnosis opened the same review case at the same moment; now it is there to join.
            log.atInfo().addKeyValue("reason", e.getMessage()).log("Recording retried after a concurrent review case");
            try {
                return attempt(diagnosis);
            } catch (DataAccessException | TransactionException again) {
                throw new DiagnosisNotRecordedException(again);
            }
        } catch (DataAccessException | TransactionException e) {
            throw new DiagnosisNotRecordedException(e);
        }
    }

    private long attempt(DiagnosisToRecord diagnosis) {
        Long id = transaction.execute(status -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            long recorded = records.insert(diagnosis, now);
            // Handled by reviews.CaseOpener, in this transaction: it opens or joins the review cases this diagnosis
            // recommends (the decision log does not depend on the review cases; they depend on it).
            events.publishEvent(new DiagnosisRecorded(recorded, now, diagnosis.facts(), diagnosis.diagnosis(),
                    diagnosis.caseDepartments()));
            return recorded;
        });
        return Objects.requireNonNull(id);
    }
}
