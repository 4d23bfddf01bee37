// "I run a youth club in Fleet": a town is found through the addresses of its schools.
CREATE INDEX school_town IF NOT EXISTS FOR (s:School) ON (s.townKey);
