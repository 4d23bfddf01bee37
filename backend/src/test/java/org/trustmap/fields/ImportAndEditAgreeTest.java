package org.trustmap.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustmap.editing.EditFieldChecks;
import org.trustmap.importing.ImportFieldChecks;
import org.trustmap.stewardship.SheetFieldChecks;

/**
 * The import, the editing mutations and the spreadsheet of holdings check a field by one rule: the same value
 * given to each is refused with the same problem (same field, same words) or accepted by all. Each case below is a value the two
 * once judged differently; the last ones are values they always agreed on, kept so that agreement by both
 * refusing nothing cannot pass for the rule.
 */
@Tag("fast")
class ImportAndEditAgreeTest {

    @TempDir
    Path folder;

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("a membership with no start", "Membership", "memberships",
                        fields("person", "person:ada", "post", "post:chair", "role", "MEMBER"),
                        List.of("validFrom: is required")),
                Arguments.of("a blank email address", "Person", "people", fields("name", "Ada", "email", "  "),
                        List.of()),
                Arguments.of("a blank telephone number", "Body", "bodies",
                        fields("name", "Council", "kind", "COUNTY_COUNCIL", "sector", "STATUTORY", "phone", "  "),
                        List.of()),
                Arguments.of("a blank source address", "Membership", "memberships", fields("person", "person:ada",
                        "post", "post:chair", "role", "MEMBER", "validFrom", "2010", "sourceUrl", " "), List.of()),
                Arguments.of("an empty name", "Person", "people", fields("name", ""), List.of("name: is required")),
                Arguments.of("a school's kind on a body", "Body", "bodies",
                        fields("name", "Northdale High", "kind", "ACADEMY", "sector", "EDUCATION"),
                        List.of("kind: ACADEMY is for schools, which come from the DfE register by import only")),
                Arguments.of("a bad email address", "Person", "people", fields("name", "Ada", "email", "ada-at-example"),
                        List.of("email: 'ada-at-example' is not an email address")),
                Arguments.of("a name on two lines", "Partnership", "partnerships",
                        fields("name", "Trust\nBoard", "kind", "TRUST_BOARD"),
                        List.of("name: must be one line without tabs or control characters")),
                Arguments.of("a web address that is not one", "Body", "bodies", fields("name", "Council", "kind",
                        "COUNTY_COUNCIL", "sector", "STATUTORY", "website", "javascript:alert(1)"),
                        List.of("website: 'javascript:alert(1)' is not a web address (https://...)")),
                Arguments.of("too many holders", "Post", "posts", fields("name", "Chair", "role", "CHAIR",
                        "organisation", "partnership:board", "maxHolders", 1001L),
                        List.of("maxHolders: 1001 is outside 1 to 1000")),
                Arguments.of("a source not in the sources list", "Person", "people",
                        fields("name", "Ada", "source", "hearsay"),
                        List.of("source: refers to source 'hearsay', which is not in the sources list")),
                Arguments.of("a membership's source not in the sources list", "Membership", "memberships",
                        fields("person", "person:ada", "post", "post:chair", "role", "MEMBER", "validFrom", "2010",
                                "source", " hearsay "),
                        List.of("source: refers to source 'hearsay', which is not in the sources list")),
                Arguments.of("a listed source", "Body", "bodies", fields("name", "Council", "kind", "COUNTY_COUNCIL",
                        "sector", "STATUTORY", "source", ImportFieldChecks.LISTED_SOURCE), List.of()),
                Arguments.of("a month 13", "Partnership", "partnerships", fields("name", "Board", "kind",
                        "TRUST_BOARD", "validFrom", "2010-13-45"), List.of("validFrom: '2010-13-45' is not a real date")),
                Arguments.of("a date that is no date", "Body", "bodies", fields("name", "Council", "kind",
                        "COUNTY_COUNCIL", "sector", "STATUTORY", "validTo", "next year"),
                        List.of("validTo: 'next year' is not a date: write 2010, 2010-02 or 2010-02-01")),
                Arguments.of("a date with spaces around it", "Membership", "memberships", fields("person", "person:ada",
                        "post", "post:chair", "role", "MEMBER", "validFrom", " 2010-04 "), List.of()),
                Arguments.of("an end before the start", "Partnership", "partnerships", fields("name", "Board", "kind",
                        "TRUST_BOARD", "validFrom", "2010-04", "validTo", "2009"),
                        List.of("validTo: ends (2009) before it starts (2010-04)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void theImportAndTheEditorSayTheSameAboutTheSameValue(String what, String kind, String section,
            Map<String, Object> given, List<String> expected) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", kind.toLowerCase() + ":agree-test");
        record.putAll(given);

        List<String> imported = ImportFieldChecks.problems(folder, section, record);
        List<String> edited = EditFieldChecks.problemsOnCreate(kind, given, Set.of(ImportFieldChecks.LISTED_SOURCE));

        assertThat(edited).as("the editor's problems, beside the import's " + imported).isEqualTo(imported);
        assertThat(imported).as("both say").isEqualTo(expected);
        if (kind.equals("Membership")) {
            assertThat(SheetFieldChecks.problems(record, Set.of(ImportFieldChecks.LISTED_SOURCE)))
                    .as("a row of the spreadsheet of holdings (updateSeatsFromCsv)").isEqualTo(expected);
        }
    }

    /** Values an editor's form cannot send (its id is made for it, its role is a GraphQL enum) but a sheet can. */
    static Stream<Arguments> sheetValues() {
        return Stream.of(
                Arguments.of("an id that is not a holding's", fields("id", "seat-1", "person", "person:ada", "post",
                        "post:chair", "role", "MEMBER", "validFrom", "2010"), List.of("id: 'seat-1' is not a valid "
                        + "Membership id: write membership: followed by letters, digits, dots, dashes or underscores")),
                Arguments.of("a role that is not one", fields("id", "membership:a", "person", "person:ada", "post",
                        "post:chair", "role", "BOSS", "validFrom", "2010"),
                        List.of("role: 'BOSS' is not one of " + String.join(", ", java.util.Arrays.stream(
                                org.trustmap.network.MembershipRole.values()).map(Enum::name).toList()))),
                Arguments.of("a holder who is a seat", fields("id", "membership:a", "person", "post:chair", "post",
                        "post:chair", "role", "MEMBER", "validFrom", "2010"),
                        List.of("person: 'post:chair' must be the id of Person")),
                Arguments.of("a holding that ends before it starts", fields("id", "membership:a", "person", "person:ada",
                        "post", "post:chair", "role", "MEMBER", "validFrom", "2010", "validTo", "2009-12"),
                        List.of("validTo: ends (2009-12) before it starts (2010)")),
                Arguments.of("a good row", fields("id", "membership:a", "person", "person:ada", "post", "post:chair",
                        "onBehalfOf", "body:council", "role", "CHAIR", "validFrom", "2010", "lastVerified", "2026-11"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheetValues")
    void aRowOfTheSpreadsheetOfHoldingsIsJudgedAsTheImportJudgesIt(String what, Map<String, Object> row,
            List<String> expected) {
        List<String> imported = ImportFieldChecks.problems(folder, "memberships", row);
        List<String> sheet = SheetFieldChecks.problems(row, Set.of(ImportFieldChecks.LISTED_SOURCE));

        assertThat(sheet).as("the sheet's problems, beside the import's " + imported).isEqualTo(imported);
        assertThat(sheet).as("both say").isEqualTo(expected);
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
