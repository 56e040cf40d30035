package vn.ansinh.target;

/**
 * Someone else saved the same value (target × unit × year) after the user opened the form.
 * Carries the newer stored value so the form can show it; nothing was written.
 */
public class StaleValueException extends RuntimeException {

    private final transient IndicatorValue current;

    /**
     * @param current the value as it is stored now
     */
    public StaleValueException(IndicatorValue current) {
        super("indicator value changed by " + current.getUpdatedBy());
        this.current = current;
    }

    /** @return the value as it is stored now */
    public IndicatorValue getCurrent() {
        return current;
    }
}
