-- One row per application of an event by a consumer, written in the consumer's transaction after
-- its handler, when alliance.inbox.apply-log is on (tests and the local stack the bench and chaos
-- harness measure; off in production, where the inbox alone is the guarantee). It has no key on
-- the event id, on purpose: if deduplication ever failed, a second application would show here as a
-- second row, which inbox_event's primary key would hide. applied_at is PostgreSQL's clock at the
-- end of the consumer's transaction, the end point of the harness's propagation figure.
create table inbox_apply_log (
    id         bigserial primary key,
    consumer   varchar(100) not null,
    event_id   varchar(200) not null,
    applied_at timestamptz  not null default clock_timestamp()
);
create index inbox_apply_log_event on inbox_apply_log (event_id);
