-- The relay is now woken in-process after a commit (Outbox), and polls for rows written by other
-- replicas: the NOTIFY trigger goes, because PostgreSQL serialises the commits of all transactions
-- that NOTIFY (fsync included), which capped a service at one write per WAL flush.
drop trigger outbox_event_inserted on outbox_event;
drop function outbox_event_notify();
