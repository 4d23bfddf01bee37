package org.trustmap.network;

/** The kind of upper-tier (children's services) authority. */
public enum AuthorityKind {
    COUNTY, UNITARY, METROPOLITAN_DISTRICT, LONDON_BOROUGH
}
