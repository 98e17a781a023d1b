-- What other papers print around their news. An item's kicker (引题) above its headline,
-- the genre its page labels it with (短评, 评论员文章, ...), the agency and place of its
-- dateline (新华社北京电; a null agency is the paper's own bureau) and its editor's note.
alter table article add column kicker varchar(1000);
alter table article add column genre varchar(40);
alter table article add column source_agency varchar(100);
alter table article add column source_place varchar(100);
alter table article add column editors_note varchar;

-- Who made the page (本版编辑, 责任编辑, 美编, 校对, ...), in the order the page prints them.
-- The page belongs to the bulletin, so its staff go with it; the index serves a name's
-- pages on the reporter pages.
create table bulletin_staff (
  bulletin_id bigint not null,
  position integer not null,
  name varchar(100) not null,
  role varchar(40) not null,
  constraint bulletin_staff_pk primary key (bulletin_id, position),
  constraint bulletin_staff_bulletin_fk foreign key (bulletin_id) references bulletin (id) on delete cascade
);

create index bulletin_staff_name_idx on bulletin_staff (name, bulletin_id);
