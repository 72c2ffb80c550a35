-- The decision log is append-only, and the database enforces it too: no statement, the service's or anyone's,
-- updates or deletes a recorded diagnosis, the departments and people it covers, the diagnoses that recommended a
-- review case, or a decision. A review case is never deleted, and only its status follows its decisions.
-- (H2 runs triggers in Java: classes of the service, com.salesdiag.service.decisionlog.)
create trigger diagnosis_append_only before update, delete on diagnosis
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
create trigger diagnosis_department_append_only before update, delete on diagnosis_department
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
create trigger diagnosis_salesperson_append_only before update, delete on diagnosis_salesperson
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
create trigger review_case_diagnosis_append_only before update, delete on review_case_diagnosis
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
create trigger review_decision_append_only before update, delete on review_decision
    for each row call 'com.salesdiag.service.decisionlog.H2AppendOnlyTrigger';
create trigger review_case_only_status_changes before update, delete on review_case
    for each row call 'com.salesdiag.service.decisionlog.H2ReviewCaseTrigger';
