package com.salesdiag.service.system;

/**
 * The decision log could not be written (no connection, disk full, any failure of the database): the diagnosis
 * is not answered, since every answer must be on record. 503, nothing of the diagnosis in the body.
 */
public class DiagnosisNotRecordedException extends RuntimeException {

    public DiagnosisNotRecordedException(Throwable cause) {
        super("The diagnosis could not be recorded", cause);
    }
}
