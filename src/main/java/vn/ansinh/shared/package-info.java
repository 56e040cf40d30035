/**
 * Shared kernel: clock and time zone, Vietnamese number parsing and formatting, not-found errors,
 * and (in {@code shared.web}) web configuration used by every feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ansinh.shared;
