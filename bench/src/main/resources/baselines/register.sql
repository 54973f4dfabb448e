-- What events-service runs against PostgreSQL for one POST /api/v1/events/{id}/registrations (a guest registering
-- for an event with seats left), as captured from PostgreSQL's statement log (log_statement = all) on 2026-12-03:
-- read the event, lock its row, count the seats taken, read the event again, look for the same e-mail, insert the
-- registration and its outbox event, in one transaction. The driver's one column-metadata query per connection is
-- left out (it is not per registration). :event is the one hot event every client registers for. Run by
-- Bench against a copy of these tables (BaselineTables), so the relay never sees these rows. No
-- colon may stand before a letter in a literal: pgbench would read it as a variable, so the event's JSON
-- ("promotedFromWaitlist":false) comes in as :payload.
\set n random(1, 1000000000)
BEGIN;
select e1_0.id,e1_0.capacity,e1_0.co_hosts,e1_0.created_at,e1_0.description_en,e1_0.description_zh,e1_0.ends_at,e1_0.organizers,e1_0.parent_id,e1_0.published_at,e1_0.quotas,e1_0.search_text,e1_0.starts_at,e1_0.status,e1_0.status_changed_at,e1_0.time_zone,e1_0.title_en,e1_0.title_zh,e1_0.type,e1_0.updated_at,e1_0.venue_address,e1_0.venue_city,e1_0.venue_name,e1_0.version,e1_0.visibility from event e1_0 where e1_0.id=:event;
select id from event where id = :event for update;
select count(*) from registration r1_0 where r1_0.event_id=:event and r1_0.status in ('CONFIRMED','CHECKED_IN');
select e1_0.id,e1_0.capacity,e1_0.co_hosts,e1_0.created_at,e1_0.description_en,e1_0.description_zh,e1_0.ends_at,e1_0.organizers,e1_0.parent_id,e1_0.published_at,e1_0.quotas,e1_0.search_text,e1_0.starts_at,e1_0.status,e1_0.status_changed_at,e1_0.time_zone,e1_0.title_en,e1_0.title_zh,e1_0.type,e1_0.updated_at,e1_0.venue_address,e1_0.venue_city,e1_0.venue_name,e1_0.version,e1_0.visibility from event e1_0 where e1_0.id=:event;
select count(*) from registration r1_0 where r1_0.event_id=:event and r1_0.attendee_email='a' || :n || '@pgbench.example' and r1_0.status<>'CANCELLED' and r1_0.attendee_organization_id is null;
insert into registration (attendee_email,attendee_name,attendee_organization_id,attendee_title,cancel_reason,cancelled_at,category,check_in_gate,checked_in_at,confirmed_at,event_id,registered_at,registered_by,status,ticket_secret,updated_at,version,id) values ('a' || :n || '@pgbench.example','Attendee ' || :n,NULL,NULL,NULL,NULL,'GUEST',NULL,NULL,now(),:event,now(),'admin-pgbench','CONFIRMED',md5(cast(random() as text)),now(),0,gen_random_uuid());
insert into outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload)
	values (gen_random_uuid(), 'alliance.events.v1', :event, 'io.alliancehub.events.registration.confirmed.v1', '/alliancehub/events-service', 'pgbench-' || :n, now(), cast(:payload as jsonb));
COMMIT;
