-- The CSV import matches a row without a credit code to an existing organisation by its Chinese name, else by
-- its English one (OrganizationCsv.match). Without these, each row scanned every organisation without a credit
-- code: a 5,000-row file against 21,000 organisations took longer than the gateway's 10 s timeout (chaos run
-- of 2026-12-03, limits). Partial, so they hold only the rows that match can use.
create index organization_import_name_zh on organization (name_zh) where credit_code is null;
create index organization_import_name_en on organization (name_en) where credit_code is null and name_zh is null;
