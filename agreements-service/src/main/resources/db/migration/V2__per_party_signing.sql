-- Each party signs for itself (signatures live with the parties, in agreement.parties); the
-- agreement notes when signatures were voided and who moved it into force, completed or terminated it.
alter table agreement
    add column signatures_voided_at   timestamptz,
    add column signatures_voided_note varchar(500),
    add column activated_by           varchar(200),
    add column completed_by           varchar(200),
    add column terminated_by          varchar(200);

alter table agreement_aud
    add column signatures_voided_at   timestamptz,
    add column signatures_voided_note varchar(500),
    add column activated_by           varchar(200),
    add column completed_by           varchar(200),
    add column terminated_by          varchar(200);
