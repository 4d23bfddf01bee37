package org.trustmap.network;

/** The part a person plays while holding a seat. */
public enum MembershipRole {
    CHAIR, VICE_CHAIR, MEMBER, OBSERVER, DEPUTY
}
