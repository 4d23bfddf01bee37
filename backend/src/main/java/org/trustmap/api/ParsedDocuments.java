package org.trustmap.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Keeps the parsed and validated form of the most recent distinct GraphQL documents. The page, GraphiQL's
 * tabs and scripts send the same few documents again and again with new variables; parsing and
 * validating each one anew cost about a tenth of a findRepresentatives request. Bounded by Caffeine, whose
 * admission keeps the documents asked often, so that a client sending endless distinct documents only
 * evicts its own; and lock-free, so that busy requests do not queue on the cache.
 *
 * <p>A document not seen before is parsed within a token limit and its shape checked against the
 * {@link DocumentLimits} before graphql-java validates it. A refused one is kept apart, among the few most
 * recent refusals, so that a client sending the same refused document again and again is answered
 * without another parse, and cannot push the documents of others out.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

    private static final int REFUSALS_KEPT = 100;

    private final Cache<String, PreparsedDocumentEntry> entries;
    private final Cache<String, PreparsedDocumentEntry> refusals = bounded(REFUSALS_KEPT);

    private final DocumentLimits limits;
    private final ParserOptions parserOptions;

    ParsedDocuments(@Value("${trustmap.api.parsed-documents:500}") int capacity,
            @Value("${trustmap.api.max-tokens:10000}") int maxTokens,
            @Value("${trustmap.api.max-fields:500}") int maxFields,
            @Value("${trustmap.api.max-aliases:30}") int maxAliases,
            @Value("${trustmap.api.max-fragments:30}") int maxFragments,
            @Value("${trustmap.api.max-fragment-depth:5}") int maxFragmentDepth) {
        this.limits = new DocumentLimits(maxTokens, maxFields, maxAliases, maxFragments, maxFragmentDepth);
        this.parserOptions = limits.parserOptions();
        this.entries = bounded(capacity);
    }

    private static Cache<String, PreparsedDocumentEntry> bounded(int capacity) {
        return Caffeine.newBuilder().maximumSize(capacity).build();
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery();
        PreparsedDocumentEntry entry = entries.getIfPresent(key);
        if (entry == null) {
            entry = refusals.getIfPresent(key);
            if (entry != null) {
                return CompletableFuture.completedFuture(entry);
            }
            // graphql-java parses again with the same bound: the shape check needs the document first.
            input.getGraphQLContext().put(ParserOptions.class, parserOptions);
            String problem = shapeProblem(key);
            if (problem != null) {
                PreparsedDocumentEntry refusal = new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                        .message(problem).errorType(ErrorType.BAD_REQUEST).build());
                refusals.put(key, refusal);
                return CompletableFuture.completedFuture(refusal);
            }
            entry = parseAndValidate.apply(input);
            entries.put(key, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    private String shapeProblem(String query) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
        }
        catch (ParseCancelledException ex) {
            // Said here: graphql-java's own parse would read the same 10,000 tokens again to say so.
            return "The request has more than " + parserOptions.getMaxTokens() + " tokens; at most "
                    + parserOptions.getMaxTokens() + " are allowed.";
        }
        catch (InvalidSyntaxException ex) {
            return null; // graphql-java's own parse names the syntax error
        }
        return limits.problem(document).orElse(null);
    }
}
