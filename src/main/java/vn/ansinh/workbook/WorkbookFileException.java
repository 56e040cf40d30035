package vn.ansinh.workbook;

import java.io.Serializable;

/**
 * An uploaded file that cannot be imported as a whole (not an .xlsx, not an app template, a template of another
 * unit or year, empty, too many lines). Carries a message key ({@code workbook.error.*}) and its arguments, all
 * strings so that they can travel in a flash attribute.
 */
public class WorkbookFileException extends RuntimeException implements Serializable {

    private final String key;
    private final String[] args;

    /**
     * @param key  the message key
     * @param args its arguments
     */
    public WorkbookFileException(String key, String... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    /** @return the message key, e.g. {@code workbook.error.notWorkbook} */
    public String getKey() {
        return key;
    }

    /** @return the message arguments */
    public String[] getArgs() {
        return args.clone();
    }
}
