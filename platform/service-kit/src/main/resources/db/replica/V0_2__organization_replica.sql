-- Read replica of members-service's organisations, fed by alliance.members.v1 (kit.replica).
-- Only services that consume members events add db/replica to their Flyway locations.
create table organization_replica (
    id                uuid primary key,
    name_zh           varchar(200),
    name_en           varchar(200),
    sector            varchar(40),
    membership_status varchar(20)  not null,
    source_version    bigint       not null,
    applied_at        timestamptz  not null
);
