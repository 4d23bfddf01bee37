// Corrections the public reports: found by id, listed per authority and status, deleted after retention.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE INDEX correction_dataset IF NOT EXISTS FOR (c:Correction) ON (c.dataset, c.status);
CREATE INDEX correction_received IF NOT EXISTS FOR (c:Correction) ON (c.receivedAt);
