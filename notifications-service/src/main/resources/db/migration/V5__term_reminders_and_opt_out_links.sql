-- What notifications-service knows of each organisation's membership, from membership.status-changed (the
-- only members event that carries the term): enough to remind the primary representative 60, 30 and 7 days
-- before an ACTIVE membership's term ends. Newer changes win (changed_at); events arrive in order per key.
create table membership_term (
    organization_id uuid primary key,
    status          text        not null,
    term_end        date,
    changed_at      timestamptz not null
);
create index membership_term_active on membership_term (term_end) where status = 'ACTIVE';

-- The link in a reminder that switches that kind of reminder off for its recipient: a random token, so the
-- link names neither the address nor the kind. One per (address, kind); the address is kept as its SHA-256.
create table mail_opt_out_link (
    token           text        primary key,
    recipient_hash  text        not null,
    kind            text        not null,
    created_at      timestamptz not null,
    unique (recipient_hash, kind)
);

-- Where the owner of a webhook subscription is told that it was disabled (optional; given at subscription).
alter table webhook_subscription add column notice_email text, add column notice_language text;
