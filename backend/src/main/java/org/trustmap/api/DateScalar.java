package org.trustmap.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * A day, "2010-02-01": graphql-java's extended Date scalar with messages in the API's own words (its
 * own name Java classes, such as java.time.LocalDate, which mean nothing to a client).
 */
final class DateScalar {

    private static final String HOW = "a Date is written as text, year-month-day, e.g. \"2010-02-01\"";

    @SuppressWarnings("unchecked")
    private static final Coercing<LocalDate, String> EXTENDED =
            (Coercing<LocalDate, String>) ExtendedScalars.Date.getCoercing();

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("Date")
            .description(ExtendedScalars.Date.getDescription())
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    try {
                        return EXTENDED.serialize(value, context, locale);
                    }
                    catch (CoercingSerializeException ex) {
                        throw new CoercingSerializeException("this value is not a date");
                    }
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof LocalDate date) {
                        return date;
                    }
                    if (!(input instanceof String text)) {
                        throw new CoercingParseValueException(HOW + ", not a " + kind(input));
                    }
                    return parse(text, CoercingParseValueException::new);
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    if (!(input instanceof StringValue text)) {
                        throw new CoercingParseLiteralException(HOW + " (in quotes)");
                    }
                    return parse(text.getValue(), CoercingParseLiteralException::new);
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return EXTENDED.valueToLiteral(input, context, locale);
                }
            })
            .build();

    private DateScalar() {
    }

    private static LocalDate parse(String text, java.util.function.Function<String, RuntimeException> error) {
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException ex) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            throw error.apply("'" + shown + "' is not a day: " + HOW);
        }
    }

    private static String kind(Object input) {
        if (input instanceof Number) {
            return "number";
        }
        if (input instanceof Boolean) {
            return "true or false";
        }
        return input instanceof java.util.Map || input instanceof java.util.List ? "list or object" : "text";
    }
}
