-- Which version of the q-search text (kit.text.SearchText.VERSION) each table's search_text was
-- built with: a service rebuilds a table's search text at start when it was built by an older one.
create table search_index_version (
    table_name varchar(63) primary key,
    version    integer     not null,
    built_at   timestamptz not null
);
