// England's geography is loaded on every start (org.trustmap.geography): places are matched by a key that
// ignores case, apostrophes and "St"/"Saint", and a postal town by its key, with where its schools are.
CREATE INDEX authority_name_key IF NOT EXISTS FOR (a:Authority) ON (a.nameKey);
CREATE INDEX district_name_key IF NOT EXISTS FOR (d:District) ON (d.nameKey);
CREATE CONSTRAINT postal_town_key IF NOT EXISTS FOR (t:PostalTown) REQUIRE t.key IS UNIQUE;
