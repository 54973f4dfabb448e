-- When this service's database was made. Events that happened before it are history: the consumers read them
-- (from the earliest offset) to build their replicas, but nobody is e-mailed about them, and no webhook
-- subscription, all of them younger, receives them.
create table notifications_epoch (
    since  timestamptz not null
);
insert into notifications_epoch (since) values (now());
