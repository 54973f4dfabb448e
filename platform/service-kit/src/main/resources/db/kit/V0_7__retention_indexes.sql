-- The retention purge (kit.retention.Retention) finds old rows by time. BRIN indexes: these columns grow with
-- insertion order, so a BRIN index is a few pages and costs the write path almost nothing (a B-tree on inbox_event
-- would add a write per applied event).
create index outbox_event_published_brin on outbox_event using brin (published_at);
create index inbox_event_received_brin on inbox_event using brin (received_at);
create index inbox_apply_log_applied_brin on inbox_apply_log using brin (applied_at);
create index idempotency_record_created_brin on idempotency_record using brin (created_at);
