// A district's councils for voluntary service were found by reading the kind of every body based in the
// district (about 275 at national size); the authority's councils come straight from this index instead.
CREATE INDEX body_dataset_kind IF NOT EXISTS FOR (b:Body) ON (b.dataset, b.kind);
