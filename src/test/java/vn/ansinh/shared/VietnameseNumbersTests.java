package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "75,5        | 75.5",
            "4.000       | 4000",
            "4000        | 4000",
            "1.234.567,25| 1234567.25",
            "2,05        | 2.05",
            "0           | 0",
            "-1,5        | -1.5",
            "100%        | 100",
            "' 93,35 '   | 93.35",
            "4 000       | 4000",
            "2.100       | 2100",
            "1,234       | 1.234"
    })
    void parsesVietnameseNotation(String text, String expected) throws NumberTextException {
        assertThat(VietnameseNumbers.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void aLoneDotWithOneOrTwoDigitsIsAmbiguousAndSuggestsTheComma() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("2.1"))
                .isInstanceOfSatisfying(NumberTextException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("number.ambiguousDot");
                    assertThat(e.getArguments()).containsExactly("2.1", "2,1");
                });
        assertThatThrownBy(() -> VietnameseNumbers.parse("75.55"))
                .isInstanceOfSatisfying(NumberTextException.class,
                        e -> assertThat(e.getArguments()).containsExactly("75.55", "75,55"));
    }

    @Test
    void aLeadingZeroGroupIsNotAThousandsSeparator() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("0.050"))
                .isInstanceOfSatisfying(NumberTextException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("number.ambiguousDot");
                    assertThat(e.getArguments()).containsExactly("0.050", "0,050");
                });
    }

    @Test
    void aCommaBeforeThreeDigitsEndingInZeroOffersBothReadings() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("4,000"))
                .isInstanceOfSatisfying(NumberTextException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("number.ambiguousComma");
                    assertThat(e.getArguments()).containsExactly("4,000", "4.000", "4");
                });
        assertThatThrownBy(() -> VietnameseNumbers.parse("4,500"))
                .isInstanceOfSatisfying(NumberTextException.class,
                        e -> assertThat(e.getArguments()).containsExactly("4,500", "4.500", "4,5"));
    }

    @Test
    void englishNotationIsRejectedWithTheVietnameseSpelling() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("1,234.5"))
                .isInstanceOfSatisfying(NumberTextException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("number.englishFormat");
                    assertThat(e.getArguments()).containsExactly("1,234.5", "1.234,5");
                });
    }

    @ParameterizedTest
    @CsvSource({"abc", "'1,2,3'", "12a", "'--1'", "1.23.4", "'1.000.00'"})
    void rejectsTextThatIsNotANumber(String text) {
        assertThatThrownBy(() -> VietnameseNumbers.parse(text))
                .isInstanceOfSatisfying(NumberTextException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("number.invalid"));
    }

    @Test
    void blankIsRequired() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("  "))
                .isInstanceOfSatisfying(NumberTextException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("number.required"));
    }

    @Test
    void formatsWithDotGroupsAndCommaDecimals() {
        assertThat(VietnameseNumbers.format(new BigDecimal("4000"), 0)).isEqualTo("4.000");
        assertThat(VietnameseNumbers.format(new BigDecimal("75.5"), 1)).isEqualTo("75,5");
        assertThat(VietnameseNumbers.format(new BigDecimal("1234567.25"), 2)).isEqualTo("1.234.567,25");
        assertThat(VietnameseNumbers.format(new BigDecimal("12.48"), 1)).isEqualTo("12,5");
        assertThat(VietnameseNumbers.format(null, 1)).isEmpty();
        assertThat(VietnameseNumbers.formatCompact(new BigDecimal("2.10"))).isEqualTo("2,1");
        assertThat(VietnameseNumbers.formatCompact(new BigDecimal("100.00"))).isEqualTo("100");
    }
}
