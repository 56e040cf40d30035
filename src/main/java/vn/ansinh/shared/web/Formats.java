package vn.ansinh.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.TimeConfig;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * The one place where templates format numbers and dates for display, in vi-VN notation.
 * Available in Thymeleaf as {@code ${@fmt.number(value, 1)}}, {@code ${@fmt.date(d)}}.
 */
@Component("fmt")
public class Formats {

    /** Day/month/year with leading zeros: {@code 05/10/2025}. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Reads a date typed the Vietnamese way, day first: {@code 05/10/2025} or {@code 5/10/2025}.
     *
     * @param text the typed text (surrounding spaces ignored)
     * @return the date
     * @throws DateTimeParseException when it is not a real date in that form ({@code 31/02/2025}, {@code 2025-10-05})
     */
    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text.strip(), TYPED_DATE);
    }

    /**
     * @param value    a number or {@code null}
     * @param decimals fraction digits to show
     * @return e.g. {@code "4.000"} or {@code "75,5"}; empty for {@code null}
     */
    public String number(BigDecimal value, int decimals) {
        return VietnameseNumbers.format(value, decimals);
    }

    /**
     * @param value a count (wards, entries, lines)
     * @return the count in vi-VN form: {@code 3.321}
     */
    public String count(long value) {
        return VietnameseNumbers.format(BigDecimal.valueOf(value), 0);
    }

    /**
     * @param value a number or {@code null}
     * @return the number with only the fraction digits it needs ({@code 2,1}, {@code 100})
     */
    public String compact(BigDecimal value) {
        return VietnameseNumbers.formatCompact(value);
    }

    /**
     * @param text a text or {@code null}
     * @param max  the longest excerpt, in characters
     * @return the text cut at the last space before {@code max}, with "…" when cut; never in the middle of a word
     */
    public String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max).stripTrailing() + " …";
    }

    /**
     * @param date a date or {@code null}
     * @return {@code dd/MM/yyyy}, empty for {@code null}
     */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * @param instant a moment or {@code null}
     * @return {@code HH:mm dd/MM/yyyy} in Vietnam time, empty for {@code null}
     */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(TimeConfig.VIETNAM));
    }

    /**
     * @param moment a moment with offset, or {@code null}
     * @return {@code HH:mm dd/MM/yyyy} in Vietnam time, empty for {@code null}
     */
    public String dateTime(OffsetDateTime moment) {
        return moment == null ? "" : dateTime(moment.toInstant());
    }
}
