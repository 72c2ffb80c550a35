-- The rules log is append-only, like the decision log (V4): no statement updates, deletes or truncates a load
-- attempt or the files of a version that served.
create trigger rules_version_append_only before update or delete on rules_version
    for each row execute function salesdiag_refuse_change();
create trigger rules_load_append_only before update or delete on rules_load
    for each row execute function salesdiag_refuse_change();
create trigger rules_version_no_truncate before truncate on rules_version
    for each statement execute function salesdiag_refuse_change();
create trigger rules_load_no_truncate before truncate on rules_load
    for each statement execute function salesdiag_refuse_change();
