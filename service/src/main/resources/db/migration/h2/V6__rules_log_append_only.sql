-- Large texts out of the row, as for the decision log (V3): a version's rule files are ~70 KB of JSON.
alter table rules_version alter column files set data type character large object;
alter table rules_load alter column problems set data type character large object;

-- The rules log is append-only, like the decision log (V4): no statement updates or deletes a load attempt or the
-- files of a version that served.
create trigger rules_version_append_only before update, delete on rules_version
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
create trigger rules_load_append_only before update, delete on rules_load
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
