package org.trustmap.editing;

import java.util.LinkedHashMap;
import java.util.Map;

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
    Map<String, Object> createBody(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload("body", editor.create(EditSpec.BODY, input, user, "createBody",
                selection(env, "body"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> updateBody(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload("body", editor.update(EditSpec.BODY, input, user, "updateBody",
                selection(env, "body"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> createPartnership(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        return payload("partnership", editor.create(EditSpec.PARTNERSHIP, input, user, "createPartnership",
                selection(env, "partnership"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> updatePartnership(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        return payload("partnership", editor.update(EditSpec.PARTNERSHIP, input, user, "updatePartnership",
                selection(env, "partnership"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> createPost(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload("post", editor.create(EditSpec.POST, input, user, "createPost",
                selection(env, "post"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> updatePost(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload("post", editor.update(EditSpec.POST, input, user, "updatePost",
                selection(env, "post"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> createPerson(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload("person", editor.create(EditSpec.PERSON, input, user, "createPerson",
                selection(env, "person"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> updatePerson(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        return payload("person", editor.update(EditSpec.PERSON, input, user, "updatePerson",
                selection(env, "person"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> appointMember(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        return payload("membership", editor.create(EditSpec.MEMBERSHIP, input, user, "appointMember",
                selection(env, "membership"), env.getGraphQlContext()));
    }

    @MutationMapping
    Map<String, Object> endMembership(@Argument Map<String, Object> input, Authentication user,
            DataFetchingEnvironment env) {
        Map<String, Object> end = new LinkedHashMap<>();
        for (String field : new String[] {"id", "version", "validTo", "correction"}) {
            end.put(field, input.get(field));
        }
        return payload("membership", editor.update(EditSpec.MEMBERSHIP, end, user, "endMembership",
                selection(env, "membership"), env.getGraphQlContext()));
    }

    private static graphql.schema.DataFetchingFieldSelectionSet selection(DataFetchingEnvironment env, String field) {
        return org.trustmap.api.Projection.selection(env, field);
    }

    private static Map<String, Object> payload(String field, NetworkEditor.Outcome outcome) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(field, outcome.entity());
        payload.put("problems", outcome.problems());
        return payload;
    }
}
