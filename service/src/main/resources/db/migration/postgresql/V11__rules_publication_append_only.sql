-- Publications are append-only, like the rest of the rules log (V6): what served when cannot be rewritten.
create trigger rules_publication_append_only before update or delete on rules_publication
    for each row execute function salesdiag_refuse_change();
create trigger rules_publication_no_truncate before truncate on rules_publication
    for each statement execute function salesdiag_refuse_change();
