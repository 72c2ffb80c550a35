package com.salesdiag.service.decisionlog;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The embedded database's guard of the decision log (Flyway {@code db/migration/h2/V4}): refuses every update and
 * delete of a row, whoever sends it. PostgreSQL has the same guard in PL/pgSQL.
 */
public final class H2AppendOnlyTrigger implements Trigger {

    /** SQLSTATE insufficient_privilege, as PostgreSQL's guard raises. */
    static final String REFUSED = "42501";

    private String table = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw refused(newRow == null ? "DELETE" : "UPDATE", table);
    }

    static SQLException refused(String operation, String table) {
        return new SQLException("the decision log is append-only: " + operation + " on " + table + " refused",
                REFUSED);
    }
}
