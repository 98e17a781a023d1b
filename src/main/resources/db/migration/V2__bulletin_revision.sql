-- A bulletin's revision grows on every import or replacement, from whichever instance.
-- Count and sum of revisions change on any import, replacement or deletion, so each
-- instance can poll them cheaply and bring its own search index in step.
alter table bulletin add column revision bigint default 0 not null;
update bulletin set revision = id;
