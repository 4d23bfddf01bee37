package org.trustmap.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an authority's people, organisations, posts and memberships in the Popolo JSON format
 * (https://www.popoloproject.com/), for tools that speak it. Bodies and partnerships are both Popolo
 * organizations (classification tells which). A person's contact details are included only where
 * the person consented to their publication. The fields are Popolo's, named and shaped by its standard
 * (honorific_prefix, contact_details...), so they are written here rather than read from the fields catalogue.
 */
@Service
public class PopoloExporter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Driver driver;

    public PopoloExporter(Driver driver) {
        this.driver = driver;
    }

    public void export(String authorityId, Path file) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("persons", list("""
                MATCH (p:Person {dataset: $dataset})
                RETURN p {.id, .name, honorific_prefix: p.honorific, honorific_suffix: p.honorificSuffix,
                          email: CASE WHEN p.contactConsent THEN p.email END,
                          contact_details: CASE WHEN p.contactConsent AND p.phone IS NOT NULL
                                           THEN [{type: 'voice', value: p.phone}] END,
                          notes: CASE WHEN p.illustrative THEN 'Illustrative: not a real person' END} AS row
                ORDER BY p.id
                """, authorityId));
        document.put("organizations", list("""
                MATCH (o:Entity {dataset: $dataset}) WHERE o:Body OR o:Partnership OR o:Authority
                RETURN o {.id, .name,
                          classification: CASE WHEN o:Partnership THEN 'partnership: ' + o.kind
                                               WHEN o:Authority THEN 'local authority area'
                                               ELSE 'body: ' + o.kind END,
                          founding_date: o.validFrom, dissolution_date: o.validTo,
                          parent_id: head([(o)-[:PART_OF]->(parent) | parent.id])} AS row
                ORDER BY o.id
                """, authorityId));
        document.put("posts", list("""
                MATCH (p:Post {dataset: $dataset})-[:SEAT_ON]->(o)
                RETURN p {.id, label: p.name, role: p.role, organization_id: o.id,
                          area_id: head([(p)-[:FOR_AREA]->(a) | a.id]),
                          start_date: p.validFrom, end_date: p.validTo} AS row
                ORDER BY p.id
                """, authorityId));
        document.put("memberships", list("""
                MATCH (person:Person)-[:HOLDS]->(m:Membership {dataset: $dataset})-[:OF_POST]->(post:Post)-[:SEAT_ON]->(o)
                OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(body)
                OPTIONAL MATCH (source:Source {id: m.source})
                RETURN m {.id, person_id: person.id, post_id: post.id, organization_id: o.id,
                          on_behalf_of_id: body.id, role: m.role, start_date: m.validFrom, end_date: m.validTo,
                          sources: CASE WHEN source IS NULL THEN null
                                   ELSE [{note: source.title, url: source.url}] END} AS row
                ORDER BY m.id
                """, authorityId));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), document);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + file, ex);
        }
        catch (tools.jackson.core.JacksonException ex) {
            throw new UncheckedIOException(new IOException("Cannot write " + file, ex));
        }
    }

    private List<Map<String, Object>> list(String query, String authorityId) {
        return driver.executableQuery(query).withParameters(Map.of("dataset", authorityId)).execute().records()
                .stream().map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    r.get("row").asMap(FileFormatValues::plain).forEach((k, v) -> {
                        if (v != null) {
                            row.put(k, v);
                        }
                    });
                    return row;
                }).toList();
    }
}
