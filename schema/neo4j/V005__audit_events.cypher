// The audit trail: every change to the network, by entity and by time.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_event_entity IF NOT EXISTS FOR (e:AuditEvent) ON (e.entity, e.at);
