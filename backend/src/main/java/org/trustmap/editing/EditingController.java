package org.trustmap.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The mutations of schema/graphql/editing.graphqls; all need an editor. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class EditingController {

    private final NetworkEditor editor;

    EditingController(NetworkEditor editor) {
        this.editor = editor;
    }

    @MutationMapping
    BodyPayload createBody(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload(BodyPayload::new, editor.create(EditSpec.BODY, input, user, "createBody",
                selection(env, "body"), env.getGraphQlContext()));
    }

    @MutationMapping
    BodyPayload updateBody(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload(BodyPayload::new, editor.update(EditSpec.BODY, input, user, "updateBody",
                selection(env, "body"), env.getGraphQlContext()));
    }

    @MutationMapping
    PartnershipPayload createPartnership(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        return payload(PartnershipPayload::new, editor.create(EditSpec.PARTNERSHIP, input, user, "createPartnership",
                selection(env, "partnership"), env.getGraphQlContext()));
    }

    @MutationMapping
    PartnershipPayload updatePartnership(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        return payload(PartnershipPayload::new, editor.update(EditSpec.PARTNERSHIP, input, user, "updatePartnership",
                selection(env, "partnership"), env.getGraphQlContext()));
    }

    @MutationMapping
    PostPayload createPost(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload(PostPayload::new, editor.create(EditSpec.POST, input, user, "createPost",
                selection(env, "post"), env.getGraphQlContext()));
    }

    @MutationMapping
    PostPayload updatePost(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload(PostPayload::new, editor.update(EditSpec.POST, input, user, "updatePost",
                selection(env, "post"), env.getGraphQlContext()));
    }

    @MutationMapping
    PersonPayload createPerson(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload(PersonPayload::new, editor.create(EditSpec.PERSON, input, user, "createPerson",
                selection(env, "person"), env.getGraphQlContext()));
    }

    @MutationMapping
    PersonPayload updatePerson(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload(PersonPayload::new, editor.update(EditSpec.PERSON, input, user, "updatePerson",
                selection(env, "person"), env.getGraphQlContext()));
    }

    @MutationMapping
    MembershipPayload appointMember(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        return payload(MembershipPayload::new, editor.create(EditSpec.MEMBERSHIP, input, user, "appointMember",
                selection(env, "membership"), env.getGraphQlContext()));
    }

    @MutationMapping
    MembershipPayload endMembership(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        Map<String, Object> end = new LinkedHashMap<>();
        for (String field : new String[] {"id", "version", "validTo", "correction"}) {
            end.put(field, input.get(field));
        }
        return payload(MembershipPayload::new, editor.update(EditSpec.MEMBERSHIP, end, user, "endMembership",
                selection(env, "membership"), env.getGraphQlContext()));
    }

    private static graphql.schema.DataFetchingFieldSelectionSet selection(DataFetchingEnvironment env, String field) {
        return org.trustmap.api.Projection.selection(env, field);
    }

    private static <T> T payload(BiFunction<Object, List<FieldProblem>, T> shape, NetworkEditor.Outcome outcome) {
        return shape.apply(outcome.entity(), outcome.problems());
    }

    // The changed record is the Projection's answer to the mutation's own selection (a map by result key, so
    // aliases work): the schema inspection checks its type against GraphMapping (SchemaMappingsTest).

    /** The GraphQL type {@code BodyPayload}. */
    record BodyPayload(Object body, List<FieldProblem> problems) {
    }

    /** The GraphQL type {@code PartnershipPayload}. */
    record PartnershipPayload(Object partnership, List<FieldProblem> problems) {
    }

    /** The GraphQL type {@code PostPayload}. */
    record PostPayload(Object post, List<FieldProblem> problems) {
    }

    /** The GraphQL type {@code PersonPayload}. */
    record PersonPayload(Object person, List<FieldProblem> problems) {
    }

    /** The GraphQL type {@code MembershipPayload}. */
    record MembershipPayload(Object membership, List<FieldProblem> problems) {
    }
}
