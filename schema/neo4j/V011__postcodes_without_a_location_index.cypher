// No question looks postcodes up by position (a lookup reads a postcode's location once it has found it by code),
// yet the point index doubled the cost of writing England's 1.7 million of them: it goes.
DROP INDEX postcode_location IF EXISTS;
