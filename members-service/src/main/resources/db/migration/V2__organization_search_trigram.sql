-- Search (`q`) is `search_text like '%…%'`: without an index every search reads the whole table
-- (twice: the page and its count). A trigram index answers patterns of three or more characters;
-- shorter ones (two Chinese characters, two letters) still scan. pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index organization_search_text on organization using gin (search_text gin_trgm_ops);
