-- The language of the e-mails a contact receives (notifications-service reads it with the address).
alter table contact add column language text not null default 'zh'
    constraint contact_language check (language in ('zh', 'en'));
alter table contact_aud add column language text;
