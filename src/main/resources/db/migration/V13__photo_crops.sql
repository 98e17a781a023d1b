-- Crops of a photo for search engines: Google's article structured data asks for the
-- picture at 16:9, 4:3 and 1:1. They are renditions like the others, told apart by their
-- crop ('' for the picture as taken). Photos stored before have none: the original is not
-- kept, and search engines are then given the picture as taken.
alter table photo_rendition add column crop varchar(8) default '' not null;

alter table photo_rendition drop constraint photo_rendition_pk;

alter table photo_rendition add constraint photo_rendition_pk primary key (photo_id, crop, format, width);
