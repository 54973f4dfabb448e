-- events-service schema. Envers history tables (*_aud) mirror the audited columns.

create table event (
    id                uuid primary key,
    version           bigint       not null,
    parent_id         uuid references event (id),
    type              varchar(30)  not null,
    title_zh          varchar(300),
    title_en          varchar(300),
    description_zh    varchar(8000),
    description_en    varchar(8000),
    organizers        uuid[]       not null default '{}',
    co_hosts          uuid[]       not null default '{}',
    venue_name        varchar(300),
    venue_address     varchar(500),
    venue_city        varchar(100),
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    time_zone         varchar(60)  not null,
    capacity          integer check (capacity > 0),
    visibility        varchar(20)  not null,
    status            varchar(30)  not null,
    status_changed_at timestamptz  not null,
    search_text       text         not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint event_titled check (title_zh is not null or title_en is not null),
    constraint event_span check (ends_at > starts_at)
);
create index event_parent on event (parent_id);
create index event_starts on event (starts_at);
create index event_updated on event (updated_at);
create index event_status on event (status, starts_at);
create index event_organizers on event using gin (organizers);

create table agenda_session (
    id          uuid primary key,
    version     bigint       not null,
    event_id    uuid         not null references event (id),
    title_zh    varchar(300),
    title_en    varchar(300),
    kind        varchar(30)  not null,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    room        varchar(200),
    speakers    jsonb        not null default '[]',
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint agenda_session_titled check (title_zh is not null or title_en is not null),
    constraint agenda_session_span check (ends_at > starts_at)
);
create index agenda_session_event on agenda_session (event_id, starts_at);

create table exhibitor (
    id              uuid primary key,
    version         bigint       not null,
    event_id        uuid         not null references event (id),
    organization_id uuid         not null,
    booth           varchar(50),
    showcase_zh     varchar(2000),
    showcase_en     varchar(2000),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint exhibitor_once unique (event_id, organization_id)
);

create table registration (
    id                       uuid primary key,
    version                  bigint       not null,
    event_id                 uuid         not null references event (id),
    attendee_name            varchar(200) not null,
    attendee_email           varchar(254) not null,
    attendee_organization_id uuid,
    attendee_title           varchar(200),
    category                 varchar(20)  not null,
    status                   varchar(20)  not null,
    registered_at            timestamptz  not null,
    confirmed_at             timestamptz,
    checked_in_at            timestamptz,
    cancelled_at             timestamptz,
    cancel_reason            varchar(500),
    registered_by            varchar(200) not null,
    updated_at               timestamptz  not null
);
-- one live registration per e-mail per event (a cancelled one may be replaced)
create unique index registration_one_per_email on registration (event_id, lower(attendee_email)) where status <> 'CANCELLED';
-- seat counting and first-come-first-served promotion
create index registration_event_status on registration (event_id, status, registered_at, id);
create index registration_org on registration (attendee_organization_id);

create table event_aud (
    id             uuid     not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    parent_id      uuid,
    type           varchar(30),
    title_zh       varchar(300),
    title_en       varchar(300),
    description_zh varchar(8000),
    description_en varchar(8000),
    organizers     uuid[],
    co_hosts       uuid[],
    venue_name     varchar(300),
    venue_address  varchar(500),
    venue_city     varchar(100),
    starts_at      timestamptz,
    ends_at        timestamptz,
    time_zone      varchar(60),
    capacity       integer,
    visibility     varchar(20),
    status         varchar(30),
    status_changed_at timestamptz,
    created_at     timestamptz,
    updated_at     timestamptz,
    primary key (id, rev)
);

create table agenda_session_aud (
    id         uuid     not null,
    rev        bigint   not null references audit_revision (id),
    revtype    smallint,
    event_id   uuid,
    title_zh   varchar(300),
    title_en   varchar(300),
    kind       varchar(30),
    starts_at  timestamptz,
    ends_at    timestamptz,
    room       varchar(200),
    speakers   jsonb,
    created_at timestamptz,
    updated_at timestamptz,
    primary key (id, rev)
);

create table exhibitor_aud (
    id              uuid     not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    event_id        uuid,
    organization_id uuid,
    booth           varchar(50),
    showcase_zh     varchar(2000),
    showcase_en     varchar(2000),
    created_at      timestamptz,
    updated_at      timestamptz,
    primary key (id, rev)
);
