package vn.ansinh.shared;

/**
 * Thrown when a requested record (plan, target, unit, value) does not exist; rendered as the 404 page.
 */
public class NotFoundException extends RuntimeException {

    /**
     * @param what a short description for logs, e.g. {@code "target 42"}
     */
    public NotFoundException(String what) {
        super("Not found: " + what);
    }
}
