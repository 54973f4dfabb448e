-- A ticket per registration: an unguessable secret (shown as a QR code) that a gate device scans
-- once; where the attendee was checked in.
alter table registration
    add column ticket_secret varchar(64),
    add column check_in_gate varchar(100);
-- existing registrations: 244 random bits each (two random UUIDs without their dashes)
update registration
    set ticket_secret = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
    where ticket_secret is null;
alter table registration alter column ticket_secret set not null;
create unique index registration_ticket on registration (ticket_secret);

-- Seats per registration category inside the capacity ([{"category": "PRESS", "seats": 50}, …])
alter table event add column quotas jsonb not null default '[]';
alter table event_aud add column quotas jsonb;
