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
import org.trustmap.network.PartialDate;

/** "2010", "2010-02" or "2010-02-01": checked on the way in, kept as written. */
final class PartialDateScalar {

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
                    try {
                        return PartialDate.parse(String.valueOf(input)).text();
                    }
                    catch (IllegalArgumentException ex) {
                        throw new CoercingParseValueException(ex.getMessage());
                    }
                }

                @Override
                public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    if (!(input instanceof StringValue text)) {
                        throw new CoercingParseLiteralException("a PartialDate is written as text, e.g. \"2010-02\"");
                    }
                    try {
                        return PartialDate.parse(text.getValue()).text();
                    }
                    catch (IllegalArgumentException ex) {
                        throw new CoercingParseLiteralException(ex.getMessage());
                    }
                }
            })
            .build();

    private PartialDateScalar() {
    }
}
