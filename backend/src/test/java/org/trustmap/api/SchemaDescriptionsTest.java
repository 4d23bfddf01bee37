package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The SDL's wrapped descriptions are served as paragraphs, so the Docs pane does not cut sentences. */
@Tag("fast")
class SchemaDescriptionsTest {

    @Test
    void linesOfAParagraphAreJoinedWithASpace() {
        assertThat(SchemaDescriptions.asParagraphs("The audit trail of one thing: every\nchange, who made it,\nand when."))
                .isEqualTo("The audit trail of one thing: every change, who made it, and when.");
    }

    @Test
    void blankLinesListsTablesAndCodeKeepTheirLines() {
        String description = """
                First paragraph
                goes on.

                - an item
                - another
                | a | b |
                ```
                keep
                  this
                ```
                Last
                words.""";
        assertThat(SchemaDescriptions.asParagraphs(description)).isEqualTo("""
                First paragraph goes on.

                - an item
                - another
                | a | b |
                ```
                keep
                  this
                ```
                Last words.""");
    }

    @Test
    void aDescriptionOnOneLineOrNoneIsLeftAlone() {
        assertThat(SchemaDescriptions.asParagraphs("One line.")).isEqualTo("One line.");
        assertThat(SchemaDescriptions.asParagraphs(null)).isNull();
    }
}
