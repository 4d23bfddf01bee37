package org.trustmap.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustmap.network.EntityKind;
import org.trustmap.support.TrustmapSchema;

/**
 * The fields catalogue and the SDL (the contract) list the same fields: every field of an entity's GraphQL type
 * is a catalogue entry in GraphQL or one of the kind's derived fields, every such entry and derived field is in
 * the type, the type Contact holds exactly the contact entries, and every field an editing mutation takes is a
 * catalogue entry for that mutation, a reference, or one of the few that say what to change.
 */
@Tag("fast")
class SchemaFieldsTest {

    /** Input fields of the editing mutations that are neither plain fields nor references. */
    private static final Set<String> WHAT_TO_CHANGE = Set.of("authority", "id", "version", "correction");
    /** The references the editing mutations take (org.trustmap.editing.EditSpec), by kind. */
    private static final Map<EntityKind, Set<String>> REFERENCES = Map.of(EntityKind.BODY, Set.of("basedIn"),
            EntityKind.PARTNERSHIP, Set.of("partOf", "covers"), EntityKind.POST, Set.of("partnership", "area"),
            EntityKind.PERSON, Set.of(), EntityKind.MEMBERSHIP, Set.of("person", "post", "onBehalfOf"));
    private static final Map<EntityKind, List<String>> INPUTS = Map.of(
            EntityKind.BODY, List.of("CreateBodyInput", "UpdateBodyInput"),
            EntityKind.PARTNERSHIP, List.of("CreatePartnershipInput", "UpdatePartnershipInput"),
            EntityKind.POST, List.of("CreatePostInput", "UpdatePostInput"),
            EntityKind.PERSON, List.of("CreatePersonInput", "UpdatePersonInput"),
            EntityKind.MEMBERSHIP, List.of("AppointMemberInput"));

    final TypeDefinitionRegistry sdl = TrustmapSchema.sdl();

    @Test
    void everyFieldOfAnEntitysTypeIsInTheCatalogueAndEveryEntryInTheType() {
        List<String> wrong = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            Set<String> inSchema = objectFields(kind.label());
            Set<String> inCatalogue = new TreeSet<>(names(Catalogue.of(kind, Use.GRAPHQL)));
            inCatalogue.addAll(Catalogue.derived(kind));
            difference(inSchema, inCatalogue).forEach(f -> wrong.add(kind.label() + "." + f
                    + " is in the SDL but neither a catalogue entry in GRAPHQL nor derived"));
            difference(inCatalogue, inSchema).forEach(f -> wrong.add(kind.label() + "." + f
                    + " is in the catalogue but not in the SDL"));
        }
        Set<String> contact = new TreeSet<>(names(Catalogue.of(EntityKind.PERSON, Use.CONTACT)));
        contact.addAll(names(Catalogue.of(EntityKind.BODY, Use.CONTACT)));
        if (!contact.equals(objectFields("Contact"))) {
            wrong.add("Contact has " + objectFields("Contact") + " but the catalogue's contact details are " + contact);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFieldAnEditingMutationTakesIsACatalogueEntryForItOrAReference() {
        List<String> wrong = new ArrayList<>();
        INPUTS.forEach((kind, inputs) -> {
            for (int i = 0; i < inputs.size(); i++) {
                Use use = i == 0 ? Use.CREATE : Use.UPDATE;
                Set<String> inSchema = inputFields(inputs.get(i));
                Set<String> expected = new TreeSet<>(names(Catalogue.of(kind, use)));
                expected.addAll(REFERENCES.get(kind).stream().filter(r -> inSchema.contains(r)).toList());
                expected.addAll(WHAT_TO_CHANGE.stream().filter(inSchema::contains).toList());
                String name = inputs.get(i);
                difference(inSchema, expected).forEach(f -> wrong.add(name + "." + f + " is not a " + use
                        + " entry of " + kind.label() + " in the catalogue"));
                difference(expected, inSchema).forEach(f -> wrong.add(kind.label() + "." + f + " is a " + use
                        + " entry in the catalogue but not in " + name));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void whoMayReadAFieldFitsWhereItAppears() {
        List<String> wrong = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (EntityField field : Catalogue.of(kind)) {
                boolean answered = field.in(Use.GRAPHQL) || field.in(Use.CONTACT);
                if (field.readers() == Readers.ADMINS && answered) {
                    wrong.add(kind.label() + "." + field.name() + " is for admins but in a GraphQL answer");
                }
                if (kind == EntityKind.PERSON && field.in(Use.CONTACT) && field.readers() != Readers.CONSENTED) {
                    wrong.add("Person." + field.name() + " is a contact detail read without consent");
                }
                if (!answered && !field.in(Use.FILE)) {
                    wrong.add(kind.label() + "." + field.name() + " is read nowhere");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Catalogue.contactDetails()).containsExactly("email", "phone");
    }

    private Set<String> objectFields(String type) {
        Set<String> fields = new TreeSet<>();
        sdl.getType(type, ObjectTypeDefinition.class).ifPresent(t -> t.getFieldDefinitions()
                .forEach(f -> fields.add(f.getName())));
        sdl.objectTypeExtensions().getOrDefault(type, List.of()).forEach(t -> t.getFieldDefinitions().stream()
                .map(FieldDefinition::getName).forEach(fields::add));
        return fields;
    }

    private Set<String> inputFields(String type) {
        Set<String> fields = new TreeSet<>();
        sdl.getType(type, InputObjectTypeDefinition.class).ifPresent(t -> t.getInputValueDefinitions()
                .forEach(f -> fields.add(f.getName())));
        sdl.inputObjectTypeExtensions().getOrDefault(type, List.of()).forEach(t -> t.getInputValueDefinitions()
                .stream().map(InputValueDefinition::getName).forEach(fields::add));
        return fields;
    }

    private static List<String> names(List<EntityField> fields) {
        return fields.stream().map(EntityField::name).toList();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> left = new TreeSet<>(a);
        left.removeAll(b);
        return left;
    }
}
