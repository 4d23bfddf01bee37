package org.trustmap.api;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * "2010", "2010-02" or "2010-02-01". Only the editing inputs take one, and the mutation checks it with the
 * rest of its input (org.trustmap.editing.EditChecks, by the import's rule): a text that is no such date is
 * answered as a problem naming its field, beside the input's other problems, not as an error that loses
 * the payload. So on the way in it need only be text; on the way out it is as stored.
 */
final class PartialDateScalar {

    private static final String AS_TEXT = "a PartialDate is written as text, e.g. \"2010-02\"";

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("PartialDate")
            .description("A date known to the year, month or day: 2010, 2010-02 or 2010-02-01.")
            .coercing(new Coercing<String, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    return value.toString();
                }

                @Override
                public String parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (!(input instanceof String || input instanceof Number)) {
                        throw new CoercingParseValueException(AS_TEXT);
                    }
                    return String.valueOf(input);
                }

                @Override
                public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    if (!(input instanceof StringValue text)) {
                        throw new CoercingParseLiteralException(AS_TEXT);
                    }
                    return text.getValue();
                }
            })
            .build();

    private PartialDateScalar() {
    }
}
