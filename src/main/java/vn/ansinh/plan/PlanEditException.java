package vn.ansinh.plan;

/**
 * A plan edit refused for a reason the user can fix; {@link #getMessageKey()} names the Vietnamese message.
 */
public class PlanEditException extends RuntimeException {

    private final String messageKey;

    /** @param messageKey key in messages.properties, e.g. {@code planEdit.error.sectionExists} */
    public PlanEditException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
