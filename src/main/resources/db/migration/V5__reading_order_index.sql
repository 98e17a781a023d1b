-- Reading order is newest date first, then the bulletin and the position on the page in
-- ascending order. An index in exactly that order serves the front page, the day pages,
-- the feeds and the previous/next links (read backwards) without sorting the table.
drop index article_date_idx;
create index article_reading_order_idx on article (item_date desc, bulletin_id, position);
