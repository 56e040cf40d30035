package vn.ansinh;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.ansinh.shared.TimeConfig;

/**
 * Freezes "now" for tests at 30/11/2026 10:00 in Vietnam (03:00 UTC), so that rules about the current year
 * give the same answer whenever the suite runs. Import it with {@code @Import(FixedClock.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    /** The frozen moment: 2026-11-30T03:00:00Z = 30/11/2026 10:00 (+07). */
    public static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, TimeConfig.VIETNAM);
    }
}
