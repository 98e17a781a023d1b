-- Every import takes the highest revision plus one. Without an index that read the whole
-- bulletin table, once per import: a bulk import slowed down as the archive grew.
create index bulletin_revision_idx on bulletin (revision);
