-- The language of the e-mails an attendee receives (notifications-service reads it with the address).
alter table registration add column attendee_language text not null default 'zh'
    constraint registration_attendee_language check (attendee_language in ('zh', 'en'));
