-- Webhook subscriptions of partner systems and the deliveries made to them.

create table webhook_subscription (
    id                     uuid primary key,
    version                bigint      not null,
    -- the partner system that owns it: its token's subject (client id)
    owner                  text        not null,
    url                    text        not null,
    -- exact CloudEvents types or prefixes ending in .* (io.alliancehub.events.registration.*)
    event_types            text[]      not null,
    description            text,
    status                 text        not null check (status in ('ACTIVE', 'PAUSED', 'DISABLED')),
    -- Standard Webhooks secrets (whsec_ + base64); the previous one signs too until previous_secret_until
    secret                 text        not null,
    previous_secret        text,
    previous_secret_until  timestamptz,
    -- first failure of the current run of failures; cleared by a success
    failing_since          timestamptz,
    disabled_reason        text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
create index webhook_subscription_owner on webhook_subscription (owner, created_at, id);
create index webhook_subscription_list on webhook_subscription (created_at, id);

-- One message to one subscription. Sent in seq order per (subscription, aggregate key): only the oldest
-- pending one of a key is due. While it is being sent, next_attempt_at is its lease.
create table webhook_delivery (
    id                  uuid primary key,
    seq                 bigint generated always as identity,
    subscription_id     uuid        not null references webhook_subscription (id) on delete cascade,
    event_id            text        not null,
    event_type          text        not null,
    aggregate_key       text        not null,
    -- the CloudEvent in structured JSON mode, exactly the bytes that are signed and sent
    body                text        not null,
    status              text        not null check (status in ('PENDING', 'DELIVERED')),
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz not null,
    last_attempt_at     timestamptz,
    last_response_code  integer,
    last_error          text,
    delivered_at        timestamptz,
    created_at          timestamptz not null,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_key on webhook_delivery (subscription_id, aggregate_key, seq) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, seq);

-- What a partner may read of an agreement, from agreements-service's snapshot events: milestone and
-- party-standing events carry no visibility of their own.
create table agreement_access (
    agreement_id  uuid primary key,
    status        text   not null,
    visibility    text   not null,
    version       bigint not null
);
