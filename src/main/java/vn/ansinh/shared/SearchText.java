package vn.ansinh.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Search that ignores case and Vietnamese diacritics, Đ/đ included: "thất nghiệp", "THAT NGHIEP" and "that nghiep"
 * all find "Tỷ lệ thất nghiệp chung"; "dang lam" finds "Phường Đằng Lâm".
 */
public final class SearchText {

    private SearchText() {
    }

    /**
     * @param text any text, may be null
     * @return the text in lower case without diacritics, đ read as d, spaces collapsed; empty for null
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * @param haystack the text searched
     * @param query    what the user typed; blank matches everything
     * @return whether every word of the query occurs in the text, ignoring case and diacritics
     */
    public static boolean matches(String haystack, String query) {
        String q = fold(query);
        if (q.isEmpty()) {
            return true;
        }
        String h = fold(haystack);
        for (String word : q.split(" ")) {
            if (!h.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
