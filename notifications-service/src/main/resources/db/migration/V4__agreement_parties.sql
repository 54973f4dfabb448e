-- The member organisations among an agreement's parties, from its snapshot events: whose representatives are
-- told that one of its milestones is overdue.
alter table agreement_access add column party_organizations uuid[] not null default '{}';
