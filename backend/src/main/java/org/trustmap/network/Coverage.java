package org.trustmap.network;

/**
 * What an authority's network file holds: its partnerships and who sits on them (NETWORK), or its
 * partnerships only, seats unknown (STRUCTURE). An authority with no network file is held NONE.
 */
public enum Coverage {
    NETWORK, STRUCTURE
}
