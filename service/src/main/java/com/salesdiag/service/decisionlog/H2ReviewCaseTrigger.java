package com.salesdiag.service.decisionlog;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The embedded database's guard of review cases (Flyway {@code db/migration/h2/V4}): a case is never deleted, and
 * an update may change only what a decision changes, its {@code status} and {@code open_marker}.
 */
public final class H2ReviewCaseTrigger implements Trigger {

    private static final Set<String> DECIDED_BY_DECISIONS = Set.of("status", "open_marker");

    private final Set<Integer> fixed = new HashSet<>();
    private String table = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        table = tableName;
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                if (!DECIDED_BY_DECISIONS.contains(columns.getString("COLUMN_NAME").toLowerCase())) {
                    fixed.add(columns.getInt("ORDINAL_POSITION") - 1);
                }
            }
        }
        if (fixed.isEmpty()) {
            throw new SQLException("no columns found for " + schemaName + "." + tableName);
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            throw H2AppendOnlyTrigger.refused("DELETE", table);
        }
        for (int column : fixed) {
            if (!Objects.equals(oldRow[column], newRow[column])) {
                throw H2AppendOnlyTrigger.refused("UPDATE of more than status", table);
            }
        }
    }
}
