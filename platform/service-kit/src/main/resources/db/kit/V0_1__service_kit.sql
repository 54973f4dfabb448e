-- Tables every service has: the transactional outbox, the consumer inbox, Idempotency-Key records
-- and the Envers revision table. Versions 0.x are the kit's; services number theirs from 1.

create table outbox_event (
    seq          bigserial primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    payload      jsonb        not null,
    published_at timestamptz
);
-- the relay's query: unsent rows in commit-sequence order
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- wake the relay when events are committed (NOTIFY is delivered at commit)
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end $$;
create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

create table inbox_event (
    consumer    varchar(100) not null,
    event_id    varchar(200) not null,
    event_type  varchar(200) not null,
    received_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

create table idempotency_record (
    scope        varchar(200) not null,
    idem_key     varchar(200) not null,
    request_hash varchar(64)  not null,
    status       integer,
    location     text,
    etag         varchar(100),
    body         text,
    created_at   timestamptz  not null default now(),
    primary key (scope, idem_key)
);

create table audit_revision (
    id          bigserial primary key,
    revision_at bigint       not null,
    actor       varchar(200) not null,
    reason      varchar(500)
);
