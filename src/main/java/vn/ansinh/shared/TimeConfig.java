package vn.ansinh.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Provides the application {@link Clock} and enables scheduled jobs (their locks live in PostgreSQL). Every date rule (reporting deadlines, "this year") is
 * evaluated in Vietnam's zone, Asia/Ho_Chi_Minh (UTC+7), whatever the server's own zone is.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TimeConfig {

    /** The zone of every date rule in the app. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * @param zone the configured zone ({@code ansinh.zone}, default Asia/Ho_Chi_Minh)
     * @return the system clock in that zone; tests replace it with a fixed clock
     */
    @Bean
    Clock clock(@Value("${ansinh.zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
