CREATE INDEX bad_name_probe IF NOT EXISTS FOR (n:BadNameProbe) ON (n.name);
