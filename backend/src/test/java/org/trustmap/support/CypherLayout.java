package org.trustmap.support;

/**
 * Lays generated Cypher out for reading in a golden file: each map projection's entries and each subquery on
 * lines of their own, indented by nesting. Only white space changes, outside quotes, so the text still means
 * the same query; the query itself is sent as the projection writes it.
 */
public final class CypherLayout {

    private static final String INDENT = "  ";

    private CypherLayout() {
    }

    public static String readable(String cypher) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<Boolean> opened = new java.util.ArrayDeque<>();
        char quote = 0;
        for (int i = 0; i < cypher.length(); i++) {
            char c = cypher.charAt(i);
            if (quote != 0) {
                out.append(c);
                quote = c == quote ? 0 : quote;
                continue;
            }
            switch (c) {
                case '\'', '`' -> {
                    quote = c;
                    out.append(c);
                }
                case '{' -> {
                    boolean block = startsBlock(cypher, i + 1);
                    opened.push(block);
                    out.append(c);
                    if (block) {
                        newLine(out, opened.size());
                        i = skipSpaces(cypher, i + 1) - 1;
                    }
                }
                case '}' -> {
                    boolean block = !opened.isEmpty() && opened.pop();
                    if (block) {
                        trimEnd(out);
                        newLine(out, opened.size());
                    }
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    if (!opened.isEmpty() && opened.peek() && cypher.startsWith(" `", i + 1)) {
                        newLine(out, opened.size());
                        i++;
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A map projection (its first key is a name) or a subquery (MATCH, CALL...), not a node's {id: $p}. */
    private static boolean startsBlock(String cypher, int from) {
        String next = cypher.substring(skipSpaces(cypher, from));
        return next.startsWith("__typename") || next.startsWith("`") || next.startsWith("MATCH ") || next.startsWith("CALL ")
                || next.startsWith("UNWIND ") || next.startsWith("WITH ");
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void newLine(StringBuilder out, int depth) {
        trimEnd(out);
        out.append('\n').append(INDENT.repeat(depth));
    }
}
