package org.trustmap.database;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One file of {@code schema/neo4j}: {@code V<version>__<description>.cypher}, statements ended by a
 * semicolon at the end of a line, {@code //} comment lines ignored.
 */
record MigrationFile(int version, String description, String fileName, String checksum, List<String> statements) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(?:\\R|$)");

    static MigrationFile parse(String fileName, String content) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new SchemaMigrationException(fileName,
                    "its name must look like V001__what_it_does.cypher");
        }
        String withoutComments = content.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        List<String> statements = Arrays.stream(STATEMENT_END.split(withoutComments))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (statements.isEmpty()) {
            throw new SchemaMigrationException(fileName, "it holds no statement");
        }
        return new MigrationFile(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName,
                sha256(content), statements);
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
