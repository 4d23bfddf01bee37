// A throwaway index, dropped again by the test.
CREATE INDEX migration_probe_name IF NOT EXISTS FOR (n:MigrationProbe) ON (n.name);
CREATE INDEX migration_probe_code IF NOT EXISTS FOR (n:MigrationProbe) ON (n.code);
