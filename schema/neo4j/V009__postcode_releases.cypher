// Which Code-Point Open release the national postcodes come from: one node per postcode source.
CREATE CONSTRAINT postcode_release_id IF NOT EXISTS FOR (r:PostcodeRelease) REQUIRE r.id IS UNIQUE;
