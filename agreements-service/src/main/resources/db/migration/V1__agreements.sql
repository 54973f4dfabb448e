-- agreements-service schema. Envers history tables (*_aud) mirror the audited columns.

create table agreement (
    id                  uuid primary key,
    version             bigint        not null,
    reference_number    varchar(60)   not null unique,
    title_zh            varchar(300),
    title_en            varchar(300),
    type                varchar(30)   not null,
    status              varchar(20)   not null,
    visibility          varchar(20)   not null,
    -- parties with roles, signatories and standing: a small value list kept with the agreement
    parties             jsonb         not null,
    -- member organisations among the parties, for filters and visibility checks
    party_organizations uuid[]        not null default '{}',
    fields              varchar(40)[] not null default '{}',
    deliverables        jsonb         not null default '[]',
    effective_from      date,
    effective_to        date,
    signed_on           date,
    signed_at_place     varchar(300),
    signed_at_event_id  uuid,
    amends_id           uuid references agreement (id),
    amendment_number    integer       not null default 0,
    summary_zh          varchar(2000),
    summary_en          varchar(2000),
    termination_reason  varchar(500),
    expiring_notified_on date,
    status_changed_at   timestamptz   not null,
    search_text         text          not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint agreement_titled check (title_zh is not null or title_en is not null),
    constraint agreement_period check (effective_to is null or effective_from is null or effective_to >= effective_from)
);
create index agreement_parties on agreement using gin (party_organizations);
create index agreement_fields on agreement using gin (fields);
create index agreement_status_end on agreement (status, effective_to);
create index agreement_updated on agreement (updated_at);
create index agreement_amends on agreement (amends_id);
create index agreement_signed_event on agreement (signed_at_event_id);

create table milestone (
    id               uuid primary key,
    version          bigint       not null,
    agreement_id     uuid         not null references agreement (id),
    title_zh         varchar(300),
    title_en         varchar(300),
    owner_party_role varchar(20)  not null,
    due_on           date         not null,
    status           varchar(20)  not null,
    completed_on     date,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint milestone_titled check (title_zh is not null or title_en is not null)
);
create index milestone_agreement on milestone (agreement_id, due_on);
create index milestone_due on milestone (status, due_on);

-- read replica of events-service's events, fed by alliance.events.v1 (for signedAt.eventId)
create table event_replica (
    id             uuid primary key,
    title_zh       varchar(300),
    title_en       varchar(300),
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    status         varchar(30)  not null,
    source_version bigint       not null,
    applied_at     timestamptz  not null
);

create table agreement_aud (
    id                  uuid     not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    reference_number    varchar(60),
    title_zh            varchar(300),
    title_en            varchar(300),
    type                varchar(30),
    status              varchar(20),
    visibility          varchar(20),
    parties             jsonb,
    party_organizations uuid[],
    fields              varchar(40)[],
    deliverables        jsonb,
    effective_from      date,
    effective_to        date,
    signed_on           date,
    signed_at_place     varchar(300),
    signed_at_event_id  uuid,
    amends_id           uuid,
    amendment_number    integer,
    summary_zh          varchar(2000),
    summary_en          varchar(2000),
    termination_reason  varchar(500),
    expiring_notified_on date,
    status_changed_at   timestamptz,
    created_at          timestamptz,
    updated_at          timestamptz,
    primary key (id, rev)
);

create table milestone_aud (
    id               uuid     not null,
    rev              bigint   not null references audit_revision (id),
    revtype          smallint,
    agreement_id     uuid,
    title_zh         varchar(300),
    title_en         varchar(300),
    owner_party_role varchar(20),
    due_on           date,
    status           varchar(20),
    completed_on     date,
    created_at       timestamptz,
    updated_at       timestamptz,
    primary key (id, rev)
);
