-- What members-service runs against PostgreSQL for one POST /api/v1/organizations (an admin creating an
-- organisation with a name in two languages, a sector and a tier), as captured from PostgreSQL's statement log
-- (log_statement = all) on 2026-12-03: the organisation, its outbox event, the Envers revision and the audit row,
-- in one transaction. Only the values differ: pgbench makes a fresh id and name per transaction, and the audit
-- row takes its revision by lastval() (the service binds the id the revision's RETURNING gave it; pgbench 15's
-- \gset cannot be used with prepared statements). Run by
-- Bench against a copy of these tables (BaselineTables), so the relay never sees these rows. No
-- colon may stand before a letter in a literal: pgbench would read it as a variable.
-- Recapture when the create path changes: ALTER ROLE alliance_members SET log_statement = 'all', restart the
-- service, create one organisation, read the server log, then RESET log_statement.
\set n random(1, 1000000000)
BEGIN;
insert into organization (city,country,created_at,credit_code,description_en,description_zh,fields,joined_on,name_en,name_zh,province,search_text,sector,short_name_en,short_name_zh,membership_status,status_changed_at,tags,term_end,term_start,membership_tier,updated_at,version,website,id) values (NULL,NULL,now(),NULL,NULL,NULL,'{}',NULL,'pgbench-' || :n,'压测' || :n,NULL,'压测' || :n || ' | yace' || :n || ' | ya ce ' || :n || ' | yc' || :n || ' | pgbench-' || :n,'ENTERPRISE',NULL,NULL,'APPLIED',now(),'{}',NULL,NULL,'MEMBER',now(),0,NULL,gen_random_uuid());
insert into outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload)
	values (gen_random_uuid(), 'alliance.members.v1', 'pgbench-' || :n, 'io.alliancehub.members.organization.registered.v1', '/alliancehub/members-service', 'pgbench-' || :n, now(), cast('{"organizationId":"01a23da4-cf1b-7662-a3c3-0a7f9b5f1303","version":0,"name":{"zh":"压测1","en":"pgbench-' || :n || '"},"sector":"ENTERPRISE","fields":[],"tier":"MEMBER","membershipStatus":"APPLIED"}' as jsonb));
insert into audit_revision (actor,reason,revision_at) values ('admin-pgbench',NULL,cast(extract(epoch from now()) * 1000 as bigint))
	RETURNING *;
insert into organization_aud (revtype,city,country,created_at,credit_code,description_en,description_zh,fields,joined_on,name_en,name_zh,province,sector,short_name_en,short_name_zh,membership_status,status_changed_at,tags,term_end,term_start,membership_tier,updated_at,website,rev,id) values (0,NULL,NULL,now(),NULL,NULL,NULL,'{}',NULL,'pgbench-' || :n,'压测' || :n,NULL,'ENTERPRISE',NULL,NULL,'APPLIED',now(),'{}',NULL,NULL,'MEMBER',now(),NULL,lastval(),gen_random_uuid());
COMMIT;
