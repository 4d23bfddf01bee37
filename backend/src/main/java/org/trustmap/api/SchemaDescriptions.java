package org.trustmap.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedSchemaElement;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the SDL's descriptions as paragraphs. They are wrapped at 120 columns in {@code schema/graphql} so that
 * they read well in an editor and a diff; GraphiQL's Docs pane renders Markdown with every newline as a line
 * break, which cut sentences in the middle. A single newline is joined into a space, as CommonMark reads it; a
 * blank line, a list item, a table row and a code block keep their lines.
 */
@Configuration(proxyBeanMethods = false)
class SchemaDescriptions {

    private static final Pattern KEEPS_ITS_LINE = Pattern.compile("^\\s*([-*+] |\\d+[.)] |\\||```|#|>)");

    @Bean
    GraphQlSourceBuilderCustomizer descriptionsAsParagraphs() {
        return builder -> builder.schemaResources()
                .typeVisitorsToTransformSchema(List.of(new Paragraphs()));
    }

    /** @return the description with the lines of each paragraph joined by spaces (null stays null) */
    static String asParagraphs(String description) {
        if (description == null || description.indexOf('\n') < 0) {
            return description;
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (String line : description.split("\n", -1)) {
            boolean fence = line.strip().startsWith("```");
            if (inCode || fence || line.isBlank() || KEEPS_ITS_LINE.matcher(line).find()) {
                flush(paragraph, out);
                out.add(inCode || fence ? line : line.strip());
                if (fence) {
                    inCode = !inCode;
                }
            }
            else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
            }
        }
        flush(paragraph, out);
        return String.join("\n", out).strip();
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        if (!paragraph.isEmpty()) {
            out.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** Rewrites the description of every element of the schema that has one. */
    private static final class Paragraphs extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLObjectType(GraphQLObjectType node, TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLInterfaceType(GraphQLInterfaceType node, TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLUnionType(GraphQLUnionType node, TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLEnumType(GraphQLEnumType node, TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLEnumValueDefinition(GraphQLEnumValueDefinition node,
                TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLInputObjectType(GraphQLInputObjectType node,
                TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node,
                TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node,
                TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLArgument(GraphQLArgument node, TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        @Override
        public TraversalControl visitGraphQLScalarType(GraphQLScalarType node, TraverserContext<GraphQLSchemaElement> context) {
            return change(context, node.getDescription(), d -> node.transform(b -> b.description(d)));
        }

        private static TraversalControl change(TraverserContext<GraphQLSchemaElement> context, String description,
                Function<String, GraphQLSchemaElement> withDescription) {
            for (TraverserContext<GraphQLSchemaElement> at = context; at != null; at = at.getParentContext()) {
                if (at.thisNode() instanceof GraphQLNamedSchemaElement named && named.getName().startsWith("__")) {
                    return TraversalControl.CONTINUE; // graphql-java's introspection types are its own
                }
            }
            String paragraphs = asParagraphs(description);
            if (paragraphs != null && !paragraphs.equals(description)) {
                TreeTransformerUtil.changeNode(context, withDescription.apply(paragraphs));
            }
            return TraversalControl.CONTINUE;
        }
    }
}
