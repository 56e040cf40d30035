package vn.ansinh.user;

/**
 * An account change that is not allowed; carries a message key ({@code account.error.*}). Nothing was changed.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;

    /**
     * @param messageKey key in {@code messages.properties}
     */
    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** @return the message key */
    public String getMessageKey() {
        return messageKey;
    }
}
