// name: ping
// Cheapest round trip that proves the database answers queries (used by /healthz).
RETURN 1 AS ok
