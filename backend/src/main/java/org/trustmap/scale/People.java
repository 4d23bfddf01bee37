package org.trustmap.scale;

import java.util.Map;

/** Creates the generated people of one authority as they are first needed. */
final class People {

    private final NetworkDraft draft;
    private final InventedNames names;

    People(NetworkDraft draft, InventedNames names) {
        this.draft = draft;
        this.names = names;
    }

    /** @param consent whether they agreed to their (example.org) contact details being shown */
    String create(boolean consent) {
        String name = names.person();
        String id = "person:" + draft.prefix() + "-" + Slugs.of(name);
        Map<String, Object> person = NetworkDraft.fields("id", id, "name", name,
                "email", consent ? Slugs.of(name).replace("-", ".") + "@example.org" : null,
                "contactConsent", consent ? Boolean.TRUE : null, "contactConsentDate", consent ? "2024-01-15" : null,
                "illustrative", Boolean.TRUE, "source", NetworkDraft.GENERATED);
        draft.people.add(person);
        return id;
    }
}
