package org.trustmap.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class FullTextQueryTest {

    @Test
    void everyWordIsRequiredAsAPrefix() {
        assertThat(FullTextQuery.everyWord(FullTextQuery.words("Fleet  Infant-School"))).isEqualTo("+fleet* +infant* +school* fleet infant school");
    }

    @Test
    void aShortFormIsItselfOrItsWordsWithoutTheLinkingOnes() {
        assertThat(FullTextQuery.everyWord(List.of("hart", "lcp")))
                .isEqualTo("+hart* +(lcp* (+local* +children* +partnership*)) hart lcp local children partnership");
        assertThat(FullTextQuery.everyWord(List.of("cvs"))).isEqualTo("+(cvs* (+council* +voluntary* +service*)) cvs council voluntary service");
        assertThat(FullTextQuery.everyWord(List.of("lcps"))).isEqualTo("+(lcps* (+local* +children* +partnership*)) lcps local children partnership");
    }

    @Test
    void aPossessiveIsPartOfItsWord() {
        assertThat(FullTextQuery.words("Hart Local Children's, Young People\u2019s")).containsExactly("hart", "local", "children", "young", "people");
    }

    @Test
    void noWordsIsNoQuery() {
        assertThat(FullTextQuery.everyWord(FullTextQuery.words(" ,. "))).isNull();
    }

    @Test
    void aShortFormIsWrittenOutInsideAText() {
        assertThat(ShortForms.writeOut("Hart LCP")).isEqualTo("hart local children's partnership");
        assertThat(ShortForms.writeOut("Hampshire LSCBs, Rushmoor")).isEqualTo("hampshire safeguarding children board, rushmoor");
        assertThat(ShortForms.writeOut("Cvsaid")).isEqualTo("cvsaid");
    }

    @Test
    void luceneSyntaxInAWordIsEscaped() {
        assertThat(FullTextQuery.everyWord(List.of("a+b", "c:d"))).isEqualTo("+a\\+b* +c\\:d* a\\+b c\\:d");
    }
}
