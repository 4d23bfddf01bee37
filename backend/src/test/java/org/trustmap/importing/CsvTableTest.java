package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader names the line each record starts on, as a person counts lines in an editor: quoted line
 * breaks, blank lines and either kind of line ending included, so that every problem points at its row. What
 * the export writes reads back as it was.
 */
@Tag("fast")
class CsvTableTest {

    @Test
    void eachRecordKnowsTheLineItStartsOnWhateverComesBeforeIt() throws IOException {
        String csv = "\uFEFF id , name\r\n"
                + "a,\"Two\nlines\"\r\n"
                + "\n"
                + "b,\"a \"\"quoted\"\" word, and a comma\"\n"
                + "c,short,long\n"
                + "d";

        CsvTable table = CsvTable.read("t.csv", new StringReader(csv));

        assertThat(table.header()).containsExactly("id", "name");
        List<String> seen = new ArrayList<>();
        table.records().forEach(r -> seen.add(r.location() + " " + r.values()));
        assertThat(seen).containsExactly(
                "line 2 {id=a, name=Two\nlines}",
                "line 5 {id=b, name=a \"quoted\" word, and a comma}",
                "line 6 {id=c, name=short, " + CsvTable.WIDTH_PROBLEM + "=3 fields where the header has 2}",
                "line 7 {id=d, name=null, " + CsvTable.WIDTH_PROBLEM + "=1 fields where the header has 2}");
    }

    @Test
    void aQuotedFieldNeverClosedIsNamedByTheLineItStartsOn() {
        assertThatThrownBy(() -> CsvTable.read("t.csv", new StringReader("id,name\na,b\nc,\"open\nstill open\n")))
                .isInstanceOf(IOException.class).hasMessage("t.csv line 3: a quoted field is never closed");
    }

    @Test
    void aLineIsWrittenQuotedOnlyWhereItMustBeAndReadsBackTheSame() throws IOException {
        List<String> values = java.util.Arrays.asList("body:a", "Hart, Rushmoor", "the \"Trust\"", "two\nlines", null, "plain");

        String line = CsvTable.line(values);

        assertThat(line).isEqualTo("body:a,\"Hart, Rushmoor\",\"the \"\"Trust\"\"\",\"two\nlines\",,plain");
        CsvTable table = CsvTable.read("t.csv", new StringReader("a,b,c,d,e,f\n" + line + "\n"));
        assertThat(table.records().getFirst().values().values())
                .containsExactly("body:a", "Hart, Rushmoor", "the \"Trust\"", "two\nlines", "", "plain");
    }

    @Test
    void textAfterAClosingQuoteStaysInTheField() throws IOException {
        CsvTable table = CsvTable.read("t.csv", new StringReader("id,name\na,\"Hart\" District\n"));

        assertThat(table.records().getFirst().values()).isEqualTo(Map.of("id", "a", "name", "Hart District"));
    }
}
