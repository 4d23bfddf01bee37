// Lists sorted by name read the names from an index rather than every node of the kind.
CREATE INDEX body_name IF NOT EXISTS FOR (b:Body) ON (b.name);
CREATE INDEX school_name IF NOT EXISTS FOR (s:School) ON (s.name);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX post_name IF NOT EXISTS FOR (p:Post) ON (p.name);
CREATE INDEX partnership_name IF NOT EXISTS FOR (p:Partnership) ON (p.name);
