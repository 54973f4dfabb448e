-- members-service schema. Envers history tables (*_aud) mirror the audited columns.

create table organization (
    id                uuid primary key,
    version           bigint        not null,
    name_zh           varchar(200),
    name_en           varchar(200),
    short_name_zh     varchar(100),
    short_name_en     varchar(100),
    sector            varchar(40)   not null,
    credit_code       varchar(18)   unique,
    country           varchar(2),
    province          varchar(100),
    city              varchar(100),
    website           varchar(500),
    description_zh    varchar(4000),
    description_en    varchar(4000),
    fields            varchar(40)[] not null default '{}',
    tags              varchar(50)[] not null default '{}',
    membership_tier   varchar(20)   not null,
    membership_status varchar(20)   not null,
    term_start        date,
    term_end          date,
    joined_on         date,
    status_changed_at timestamptz,
    search_text       text          not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint organization_named check (name_zh is not null or name_en is not null)
);
create index organization_status on organization (membership_status, term_end);
create index organization_updated on organization (updated_at);
create index organization_fields on organization using gin (fields);

create table membership_transition (
    id              uuid primary key,
    organization_id uuid         not null references organization (id),
    from_status     varchar(20),
    to_status       varchar(20)  not null,
    action          varchar(20)  not null,
    reason          varchar(500),
    actor           varchar(200) not null,
    occurred_at     timestamptz  not null,
    term_start      date,
    term_end        date
);
create index membership_transition_org on membership_transition (organization_id, occurred_at);

create table contact (
    id              uuid primary key,
    version         bigint       not null,
    organization_id uuid         not null references organization (id),
    name_zh         varchar(200),
    name_en         varchar(200),
    title_zh        varchar(200),
    title_en        varchar(200),
    role            varchar(40)  not null,
    email           varchar(254),
    phone           varchar(50),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index contact_org on contact (organization_id);

create table committee (
    id             uuid primary key,
    version        bigint       not null,
    name_zh        varchar(200),
    name_en        varchar(200),
    kind           varchar(40)  not null,
    description_zh varchar(2000),
    description_en varchar(2000),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);

create table committee_seat (
    id              uuid primary key,
    committee_id    uuid        not null references committee (id),
    organization_id uuid        not null references organization (id),
    contact_id      uuid references contact (id),
    role            varchar(30) not null,
    term_start      date,
    term_end        date,
    created_at      timestamptz not null
);
create index committee_seat_committee on committee_seat (committee_id);

create table organization_aud (
    id                uuid     not null,
    rev               bigint   not null references audit_revision (id),
    revtype           smallint,
    name_zh           varchar(200),
    name_en           varchar(200),
    short_name_zh     varchar(100),
    short_name_en     varchar(100),
    sector            varchar(40),
    credit_code       varchar(18),
    country           varchar(2),
    province          varchar(100),
    city              varchar(100),
    website           varchar(500),
    description_zh    varchar(4000),
    description_en    varchar(4000),
    fields            varchar(40)[],
    tags              varchar(50)[],
    membership_tier   varchar(20),
    membership_status varchar(20),
    term_start        date,
    term_end          date,
    joined_on         date,
    status_changed_at timestamptz,
    created_at        timestamptz,
    updated_at        timestamptz,
    primary key (id, rev)
);

create table contact_aud (
    id              uuid     not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    organization_id uuid,
    name_zh         varchar(200),
    name_en         varchar(200),
    title_zh        varchar(200),
    title_en        varchar(200),
    role            varchar(40),
    email           varchar(254),
    phone           varchar(50),
    created_at      timestamptz,
    updated_at      timestamptz,
    primary key (id, rev)
);

create table committee_aud (
    id             uuid     not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    name_zh        varchar(200),
    name_en        varchar(200),
    kind           varchar(40),
    description_zh varchar(2000),
    description_en varchar(2000),
    created_at     timestamptz,
    updated_at     timestamptz,
    primary key (id, rev)
);

create table committee_seat_aud (
    id              uuid     not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    committee_id    uuid,
    organization_id uuid,
    contact_id      uuid,
    role            varchar(30),
    term_start      date,
    term_end        date,
    created_at      timestamptz,
    primary key (id, rev)
);
