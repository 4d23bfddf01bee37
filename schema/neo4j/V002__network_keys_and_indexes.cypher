// Every entity is reachable by its global id (authority:E10000014, school:116134, person:colin-hardy, ...).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Natural keys.
CREATE CONSTRAINT authority_ons_code IF NOT EXISTS FOR (a:Authority) REQUIRE a.onsCode IS UNIQUE;
CREATE CONSTRAINT district_ons_code IF NOT EXISTS FOR (d:District) REQUIRE d.onsCode IS UNIQUE;
CREATE CONSTRAINT school_urn IF NOT EXISTS FOR (s:School) REQUIRE s.urn IS UNIQUE;
CREATE CONSTRAINT postcode_code IF NOT EXISTS FOR (p:Postcode) REQUIRE p.code IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

// Which authority's import a node came from: re-importing replaces exactly that part of the graph.
CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset);
CREATE INDEX postcode_dataset IF NOT EXISTS FOR (p:Postcode) ON (p.dataset);

// Filters the API offers.
CREATE INDEX body_kind IF NOT EXISTS FOR (b:Body) ON (b.kind);
CREATE INDEX body_sector IF NOT EXISTS FOR (b:Body) ON (b.sector);
CREATE INDEX partnership_kind IF NOT EXISTS FOR (p:Partnership) ON (p.kind);
CREATE INDEX post_sector IF NOT EXISTS FOR (p:Post) ON (p.sector);
CREATE INDEX post_role IF NOT EXISTS FOR (p:Post) ON (p.role);
CREATE INDEX membership_dates IF NOT EXISTS FOR (m:Membership) ON (m.validFromDate, m.validToDate);

// Nearest school to a postcode, on the British National Grid (metres).
CREATE POINT INDEX school_location IF NOT EXISTS FOR (s:School) ON (s.location);
CREATE POINT INDEX postcode_location IF NOT EXISTS FOR (p:Postcode) ON (p.location);

// What people type into a search box: names of everything a user may look for.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Authority|District|Body|Partnership|SchoolCluster|Person|Post|Plan|Agreement)
ON EACH [n.name, n.searchText];
