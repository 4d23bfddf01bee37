// Lookups that scanned every node of a kind once the graph held all of England (measured on the national
// benchmark database): a postcode's district and an area's authority by id, and an authority's county-level
// partnerships by kind, which read the 608 of every authority and kept 4.
CREATE INDEX district_id IF NOT EXISTS FOR (d:District) ON (d.id);
CREATE INDEX authority_id IF NOT EXISTS FOR (a:Authority) ON (a.id);
CREATE INDEX partnership_dataset_kind IF NOT EXISTS FOR (p:Partnership) ON (p.dataset, p.kind);
