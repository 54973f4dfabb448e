-- read replica of agreements-service's agreements signed at an alliance event, fed by
-- alliance.agreements.v1: an event shows the agreements signed at it
create table agreement_replica (
    id                  uuid primary key,
    reference_number    varchar(70)   not null,
    title_zh            varchar(300),
    title_en            varchar(300),
    type                varchar(30)   not null,
    status              varchar(20)   not null,
    visibility          varchar(20)   not null,
    party_organizations uuid[]        not null default '{}',
    signed_on           date,
    signed_at_event_id  uuid,
    source_version      bigint        not null,
    applied_at          timestamptz   not null
);
create index agreement_replica_event on agreement_replica (signed_at_event_id);

-- One registration per e-mail per event *and organisation*: an organisation can neither learn that
-- another organisation's person is registered nor block them by registering their e-mail first. The
-- same person registered by two organisations is the secretariat's to resolve (the list shows both).
drop index registration_one_per_email;
create unique index registration_one_per_org_email on registration
    (event_id, coalesce(attendee_organization_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(attendee_email))
    where status <> 'CANCELLED';

-- When an event was first published: a draft that is cancelled was never public and stays hidden
-- from those who could not see the draft. Existing events: from their event.published record in the
-- outbox, else (published and past it) from their last status change.
alter table event add column published_at timestamptz;
update event e set published_at = (
    select min(o.occurred_at) from outbox_event o
    where o.event_key = e.id::text and o.event_type = 'io.alliancehub.events.event.published.v1');
update event set published_at = status_changed_at
    where published_at is null and status not in ('DRAFT', 'CANCELLED');
