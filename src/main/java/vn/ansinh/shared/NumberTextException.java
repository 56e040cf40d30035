package vn.ansinh.shared;

/**
 * A number typed by a user could not be read. Carries a message key of the bundle
 * ({@code number.invalid}, {@code number.ambiguousDot}, ...) and its arguments, so the form can show
 * the Vietnamese message on the field.
 */
public class NumberTextException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    /**
     * @param messageKey key in {@code messages.properties}
     * @param arguments  arguments of the message, e.g. the suggested correct spelling
     */
    public NumberTextException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** @return the message key describing the problem */
    public String getMessageKey() {
        return messageKey;
    }

    /** @return the message arguments */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
