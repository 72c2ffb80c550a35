-- A diagnosis' facts and answer are ~100 KB of JSON (the sample company): 2.1 GB after 20,000 diagnoses. They are
-- now kept gzip-compressed (~10x smaller), as binary large objects out of the row (like V3). Rows recorded before
-- keep their text in facts and answer, and are read from there; a row has one or the other, never both.
alter table diagnosis add column facts_gzip binary large object;
alter table diagnosis add column answer_gzip binary large object;
alter table diagnosis alter column facts drop not null;
alter table diagnosis alter column answer drop not null;
alter table diagnosis add constraint diagnosis_facts_once check ((facts is null) <> (facts_gzip is null));
alter table diagnosis add constraint diagnosis_answer_once check ((answer is null) <> (answer_gzip is null));
