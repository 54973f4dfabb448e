-- E-mail to people. A row is one notification for one recipient, made from one event; the address is read
-- from the owning service when the mail is sent and never stored: what proves the sending is the address's
-- SHA-256, the language, the template and the time.

create table mail_notification (
    id               uuid primary key,
    event_id         text        not null,
    kind             text        not null,
    -- who it is for, in the owning service's terms: registration:<id>, or event:<id> for all of an event's
    -- attendees (expanded into registration rows when it is sent)
    recipient_key    text        not null,
    -- the ids the template and the address lookup need (eventId, registrationId, …)
    refs             jsonb       not null,
    status           text        not null check (status in ('PENDING', 'SENT', 'SKIPPED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text,
    recipient_hash   text,
    language         text,
    sent_at          timestamptz,
    created_at       timestamptz not null,
    unique (event_id, recipient_key)
);
create index mail_notification_due on mail_notification (next_attempt_at) where status = 'PENDING';

-- A person's "no more reminders of this kind", by the SHA-256 of their address.
create table mail_opt_out (
    recipient_hash  text        not null,
    kind            text        not null,
    created_at      timestamptz not null,
    primary key (recipient_hash, kind)
);

-- What an e-mail about an event says of it, from events-service's snapshot events.
create table event_summary (
    event_id    uuid primary key,
    version     bigint      not null,
    title_zh    text,
    title_en    text,
    starts_at   timestamptz,
    ends_at     timestamptz,
    time_zone   text,
    venue_name  text,
    venue_city  text
);
