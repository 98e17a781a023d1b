-- A page's source text moves out of the bulletin row. Every article insert checks its
-- bulletin row for the foreign key, and H2 keeps a long varchar inline in the row's page:
-- with a 20 MB page in that row, each check read 20 MB. The history list no longer loads
-- the texts either.
create table bulletin_source (
  bulletin_id bigint primary key,
  source_text varchar not null,
  constraint bulletin_source_bulletin_fk foreign key (bulletin_id) references bulletin (id) on delete cascade
);

insert into bulletin_source (bulletin_id, source_text) select id, source_text from bulletin;

alter table bulletin drop column source_text;
