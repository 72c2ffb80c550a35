-- The decision log is append-only, and the database enforces it too: no statement, the service's or anyone's,
-- updates, deletes or truncates a recorded diagnosis, the departments and people it covers, the diagnoses that
-- recommended a review case, or a decision. A review case is never deleted, and only its status follows its
-- decisions. (Only the tables' owner can drop these triggers: let Flyway migrate as the owner and give the
-- service's own user SELECT and INSERT, and UPDATE on review_case.)
create function salesdiag_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the decision log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create function salesdiag_review_case_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'the decision log is append-only: DELETE on review_case refused'
            using errcode = 'insufficient_privilege';
    end if;
    if (new.id, new.kind, new.company_id, new.salesperson_id, new.salesperson_name, new.department_id, new.period,
        new.opened_at, new.opened_by)
       is distinct from
       (old.id, old.kind, old.company_id, old.salesperson_id, old.salesperson_name, old.department_id, old.period,
        old.opened_at, old.opened_by) then
        raise exception 'the decision log is append-only: UPDATE of more than status on review_case refused'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger diagnosis_append_only before update or delete on diagnosis
    for each row execute function salesdiag_refuse_change();
create trigger diagnosis_department_append_only before update or delete on diagnosis_department
    for each row execute function salesdiag_refuse_change();
create trigger diagnosis_salesperson_append_only before update or delete on diagnosis_salesperson
    for each row execute function salesdiag_refuse_change();
create trigger review_case_diagnosis_append_only before update or delete on review_case_diagnosis
    for each row execute function salesdiag_refuse_change();
create trigger review_decision_append_only before update or delete on review_decision
    for each row execute function salesdiag_refuse_change();
create trigger review_case_only_status_changes before update or delete on review_case
    for each row execute function salesdiag_review_case_change();

create trigger diagnosis_no_truncate before truncate on diagnosis
    for each statement execute function salesdiag_refuse_change();
create trigger diagnosis_department_no_truncate before truncate on diagnosis_department
    for each statement execute function salesdiag_refuse_change();
create trigger diagnosis_salesperson_no_truncate before truncate on diagnosis_salesperson
    for each statement execute function salesdiag_refuse_change();
create trigger review_case_no_truncate before truncate on review_case
    for each statement execute function salesdiag_refuse_change();
create trigger review_case_diagnosis_no_truncate before truncate on review_case_diagnosis
    for each statement execute function salesdiag_refuse_change();
create trigger review_decision_no_truncate before truncate on review_decision
    for each statement execute function salesdiag_refuse_change();
