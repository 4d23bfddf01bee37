package org.trustmap.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Keeps the parsed and validated form of the most recent distinct GraphQL documents. The page, GraphiQL's
 * tabs and scripts send the same few documents again and again with new variables; parsing and
 * validating each one anew cost about a tenth of a findRepresentatives request. Bounded (least recently
 * used first out), so that a client sending endless distinct documents only evicts its own.
 *
 * <p>A document not seen before is parsed within a token limit and its shape checked against the
 * {@link DocumentLimits} before graphql-java validates it; a refused one is not kept.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> entries;

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
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null) {
            // graphql-java parses again with the same bound: the shape check needs the document first.
            input.getGraphQLContext().put(ParserOptions.class, parserOptions);
            String problem = shapeProblem(key);
            if (problem != null) {
                return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                        .message(problem).errorType(ErrorType.BAD_REQUEST).build()));
            }
            entry = parseAndValidate.apply(input);
            synchronized (entries) {
                entries.put(key, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    private String shapeProblem(String query) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
        }
        catch (InvalidSyntaxException ex) {
            return null; // graphql-java's own parse names the syntax error
        }
        return limits.problem(document).orElse(null);
    }
}
