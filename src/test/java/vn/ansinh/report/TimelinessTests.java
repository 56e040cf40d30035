package vn.ansinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class TimelinessTests {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 5);
    private static final Instant LATER = Instant.parse("2026-01-01T00:00:00Z");

    private static Instant vn(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    @Test
    void onTimeThroughTheEndOfTheDeadlineDayInVietnam() {
        assertThat(Timeliness.of(DEADLINE, vn("2025-10-05T23:59:59"), LATER).status()).isEqualTo(Timeliness.Status.ON_TIME);
        assertThat(Timeliness.of(DEADLINE, Instant.parse("2025-10-05T16:59:59Z"), LATER).status()).isEqualTo(Timeliness.Status.ON_TIME);
        assertThat(Timeliness.of(DEADLINE, vn("2025-09-01T08:00:00"), LATER)).isEqualTo(new Timeliness(Timeliness.Status.ON_TIME, 0, 0));
    }

    @Test
    void lateFromMidnightOfTheNextDay() {
        assertThat(Timeliness.of(DEADLINE, vn("2025-10-06T00:00:00"), LATER))
                .isEqualTo(new Timeliness(Timeliness.Status.LATE, 1, 0));
        assertThat(Timeliness.of(DEADLINE, Instant.parse("2025-10-05T17:30:00Z"), LATER))
                .isEqualTo(new Timeliness(Timeliness.Status.LATE, 1, 0));
        assertThat(Timeliness.of(DEADLINE, vn("2025-10-15T09:00:00"), LATER).daysOverdue()).isEqualTo(10);
    }

    @Test
    void withoutSubmissionItIsDueUntilTheDeadlineEndsThenMissing() {
        assertThat(Timeliness.of(DEADLINE, null, vn("2025-10-01T12:00:00"))).isEqualTo(new Timeliness(Timeliness.Status.DUE, 0, 4));
        assertThat(Timeliness.of(DEADLINE, null, vn("2025-10-05T23:59:59"))).isEqualTo(new Timeliness(Timeliness.Status.DUE, 0, 0));
        assertThat(Timeliness.of(DEADLINE, null, vn("2025-10-06T00:00:00"))).isEqualTo(new Timeliness(Timeliness.Status.MISSING, 1, 0));
        assertThat(Timeliness.of(DEADLINE, null, vn("2025-11-30T10:00:00")).daysOverdue()).isEqualTo(56);
    }
}
