package vn.ansinh.shared;

/**
 * Text typed into forms: control characters nobody types (NUL, which PostgreSQL text cannot hold, and the like) are
 * dropped; line breaks and tabs are kept.
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * @param text typed text, may be null
     * @return the text without control characters other than line breaks and tabs; null for null
     */
    public static String withoutControls(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "");
    }

    /**
     * @param text typed text, may be null
     * @return the text without control characters and surrounding spaces, or null when nothing is left
     */
    public static String clean(String text) {
        String t = withoutControls(text);
        if (t == null) {
            return null;
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }
}
