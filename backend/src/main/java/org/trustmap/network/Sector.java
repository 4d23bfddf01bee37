package org.trustmap.network;

/** The sector a body belongs to, or a seat speaks for. */
public enum Sector {
    STATUTORY, VOLUNTARY_AND_COMMUNITY, PRIVATE, EDUCATION
}
