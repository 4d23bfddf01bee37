package org.trustmap.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GraphQL documents the web page sends, read from the page's own modules ({@code static/js/...} on the
 * class path), character for character: the warm-up then fills the very entries of the parsed-document
 * cache and of Neo4j's plan cache that the first visitor's requests look up (the Cypher follows the
 * selection, so a document that differed by one field would plan another query).
 */
public final class PageDocuments {

    private static final Pattern TEMPLATE = Pattern.compile("export const (\\w+) = `([^`]*)`;");
    private static final Pattern CONSTANT = Pattern.compile("(?m)^const (\\w+) = '([^']*)';");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)}");

    private PageDocuments() {
    }

    /**
     * @param module a module of the page, e.g. {@code js/find/find-queries.js}
     * @param name   the exported constant holding the document, e.g. {@code FIND_REPRESENTATIVES}
     * @throws IllegalStateException when the page no longer has it
     */
    public static String read(String module, String name) {
        String source = source(module);
        Map<String, String> constants = new HashMap<>();
        Matcher c = CONSTANT.matcher(source);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        Matcher t = TEMPLATE.matcher(source);
        while (t.find()) {
            if (t.group(1).equals(name)) {
                return substitute(t.group(2), constants, module, name);
            }
        }
        throw new IllegalStateException("The page's module " + module + " has no document " + name);
    }

    private static String substitute(String template, Map<String, String> constants, String module, String name) {
        Matcher m = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = constants.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("The document " + name + " of " + module + " refers to "
                        + m.group(1) + ", which is not a string constant of the module");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String source(String module) {
        try (InputStream in = PageDocuments.class.getResourceAsStream("/static/" + module)) {
            if (in == null) {
                throw new IllegalStateException("The page's module " + module + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
