-- The W3C trace context of the request that wrote the event (absent when tracing is off): the relay sends it with
-- the Kafka record, so the consumer's work joins the request's trace.
alter table outbox_event add column traceparent text;
