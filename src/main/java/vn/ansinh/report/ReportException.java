package vn.ansinh.report;

/**
 * A workflow step that is not allowed now (wrong state, lock date passed, report incomplete, reason missing).
 * Carries a message key of the bundle ({@code report.error.*}); nothing was changed.
 */
public class ReportException extends RuntimeException {

    private final String messageKey;

    /**
     * @param messageKey key in {@code messages.properties}
     */
    public ReportException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** @return the message key explaining why */
    public String getMessageKey() {
        return messageKey;
    }
}
