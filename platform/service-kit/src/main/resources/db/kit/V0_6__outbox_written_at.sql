-- PostgreSQL's clock when the producing transaction wrote the event (clock_timestamp(), not now(), which is
-- the transaction's start): the start point of the harness's propagation figure, so that both ends are read on
-- one clock. The outbox row is written after the change it announces, just before the commit.
alter table outbox_event add column written_at timestamptz not null default clock_timestamp();
