-- Related articles take, for each name an article gives, the items nearest to it that give
-- the same name. With the article id beside the name, that is a short walk along the index
-- in either direction, however many items name a mayor or a regular reporter; by the name
-- alone it was a sort of every item naming them.
drop index article_person_name_idx;
create index article_person_name_idx on article_person (name, article_id);
drop index article_byline_name_idx;
create index article_byline_name_idx on article_byline (name, article_id);
