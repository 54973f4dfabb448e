-- A list without ?sort= is ordered by created_at, then id (AgreementService.DEFAULT_SORT and the id
-- tiebreaker PageRequest adds); without an index in that order every page sorts the whole table (see
-- members-service's V4, where it was measured).
create index agreement_created on agreement (created_at, id);
