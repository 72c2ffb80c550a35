-- H2 stores TEXT (in PostgreSQL mode: character varying) inside the row. A diagnosis of 10,000 salespeople keeps
-- ~18 MB of facts and ~25 MB of answer, so every read of its row (each foreign-key check of the thousands of
-- rows that reference it, each insert next to it) decoded 43 MB: a 10,000-salesperson diagnosis spent most of its
-- time there. A character large object is stored apart from the row, which keeps only a reference.
alter table diagnosis alter column facts set data type character large object;
alter table diagnosis alter column answer set data type character large object;
