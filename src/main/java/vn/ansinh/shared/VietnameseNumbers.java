package vn.ansinh.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and writes numbers the way Vietnamese officials type them (TCVN / vi-VN habits):
 * the comma is the decimal mark ({@code 75,5}) and the dot groups thousands ({@code 4.000}).
 * <p>
 * Accepted: {@code 75,5}, {@code 4.000}, {@code 1.234.567,25}, {@code 4000}, {@code 4 000}, {@code -1,5},
 * with an optional trailing {@code %}. A lone dot followed by one or two digits ({@code 2.1},
 * {@code 75.55}) is ambiguous: the user probably meant a decimal but vi-VN reads a thousands separator,
 * so it is rejected with a message suggesting {@code 2,1} rather than silently read as 21; so is {@code 0.050}
 * (no thousands group starts with 0). A comma followed by three digits ending in 0 ({@code 4,000}, {@code 4,500})
 * is probably an English thousands separator: it is rejected with both readings offered ({@code 4.500} or
 * {@code 4,5}).
 * Used by every form, table and export, so the same text always means the same number.
 */
public final class VietnameseNumbers {

    /** The locale of every number and date the app shows. */
    public static final Locale VI_VN = new Locale("vi", "VN");

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern GROUPED_DOT = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern ZERO_DOT = Pattern.compile("-?0\\.\\d+");
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("-?[1-9]\\d{0,2},\\d\\d0");
    private static final Pattern GROUPED_SPACE = Pattern.compile("-?\\d{1,3}( \\d{3})+(,\\d+)?");
    private static final Pattern AMBIGUOUS_DOT = Pattern.compile("-?\\d+\\.\\d{1,2}");
    private static final Pattern ENGLISH = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private VietnameseNumbers() {
    }

    /**
     * Parses a number typed in Vietnamese notation.
     *
     * @param text the typed text; surrounding spaces, non-breaking spaces and one trailing {@code %} are ignored
     * @return the exact decimal value
     * @throws NumberTextException with key {@code number.required} when blank, {@code number.ambiguousDot}
     *                             for {@code 2.1} and {@code 0.050} (argument: the suggested {@code 2,1}),
 *                             {@code number.ambiguousComma} for {@code 4,500} (arguments: {@code 4.500}, {@code 4,5}),
 *                             {@code number.englishFormat}
     *                             for {@code 1,234.5} (argument: the suggested {@code 1.234,5}), and
     *                             {@code number.invalid} for anything else that is not a number
     */
    public static BigDecimal parse(String text) throws NumberTextException {
        if (text == null || text.isBlank()) {
            throw new NumberTextException("number.required");
        }
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (AMBIGUOUS_COMMA.matcher(s).matches()) {
            String whole = s.replace(",", ".");
            String decimal = formatCompact(new BigDecimal(s.replace(',', '.')));
            throw new NumberTextException("number.ambiguousComma", s, whole, decimal);
        }
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        if (GROUPED_DOT.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (GROUPED_SPACE.matcher(s).matches()) {
            return new BigDecimal(s.replace(" ", "").replace(',', '.'));
        }
        if (AMBIGUOUS_DOT.matcher(s).matches() || ZERO_DOT.matcher(s).matches()) {
            throw new NumberTextException("number.ambiguousDot", s, s.replace('.', ','));
        }
        if (ENGLISH.matcher(s).matches()) {
            String suggestion = s.replace(",", "#").replace('.', ',').replace("#", ".");
            throw new NumberTextException("number.englishFormat", s, suggestion);
        }
        throw new NumberTextException("number.invalid", s);
    }

    /**
     * Formats a number in vi-VN notation with exactly {@code decimals} fraction digits
     * ({@code format(4000, 0)} is {@code "4.000"}, {@code format(75.5, 1)} is {@code "75,5"}).
     *
     * @param value    the number, may be {@code null}
     * @param decimals fraction digits, 0–4; rounding is half-up
     * @return the text, or an empty string for {@code null}
     */
    public static String format(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(VI_VN));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /**
     * Formats a number with as many fraction digits as it needs and no more
     * ({@code 2.10} gives {@code "2,1"}, {@code 100.00} gives {@code "100"}).
     *
     * @param value the number, may be {@code null}
     * @return the text, or an empty string for {@code null}
     */
    public static String formatCompact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return format(value, Math.max(0, value.stripTrailingZeros().scale()));
    }
}
