-- Scenarios kept with a publication out of the row, as for the other large texts (V3, V5).
alter table rules_publication alter column scenarios set data type character large object;

-- Publications are append-only, like the rest of the rules log (V6): what served when cannot be rewritten.
create trigger rules_publication_append_only before update, delete on rules_publication
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
