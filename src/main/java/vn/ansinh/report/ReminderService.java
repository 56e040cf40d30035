package vn.ansinh.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;

/**
 * E-mail reminders to ward contacts about the annual report: {@code ansinh.reminders.days-before} days (default 7)
 * before the deadline while the report is not submitted, and after the deadline while it is missing (the day after,
 * then every 7 days). Runs daily ({@code ansinh.reminders.cron}, default 07:00 Vietnam time). Nothing is sent when
 * no SMTP server is configured ({@code spring.mail.host}); the cycles page says so. Each reminder is sent once
 * ({@code reminder_sent}), and a day's run is claimed in PostgreSQL ({@code job_run}) so that only one app node sends.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final String JOB = "ward-report-reminders";

    private final ObjectProvider<JavaMailSender> mail;
    private final ReportingCycleRepository cycles;
    private final WardReportRepository reports;
    private final PlanService plans;
    private final OrgUnitService units;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;
    private final int daysBefore;
    private final String from;

    private final AuditLog audit;

    ReminderService(ObjectProvider<JavaMailSender> mail, ReportingCycleRepository cycles, WardReportRepository reports,
                    PlanService plans, OrgUnitService units, JdbcTemplate jdbc, MessageSource messages, Clock clock,
                    @Value("${ansinh.reminders.days-before:7}") int daysBefore,
                    @Value("${ansinh.reminders.from:no-reply@ansinh.local}") String from, AuditLog audit) {
        this.audit = audit;
        this.mail = mail;
        this.cycles = cycles;
        this.reports = reports;
        this.plans = plans;
        this.units = units;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.from = from;
    }

    /** @return whether an SMTP server is configured, so that reminders are sent */
    public boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    /** @return the number of days before the deadline the first reminder goes out */
    public int daysBefore() {
        return daysBefore;
    }

    /** The daily run. */
    @Scheduled(cron = "${ansinh.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void daily() {
        int sent = sendDue();
        log.info("Ward report reminders: {} sent", sent);
    }

    /**
     * Sends today's reminders, once per day across all nodes.
     *
     * @return how many e-mails were sent, one digest per ward address (0 when mail is not configured or another
     * node already ran today)
     */
    @Transactional
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int claimed = jdbc.update("insert into job_run (job, run_date, started_at) values (?, ?, now()) on conflict do nothing",
                JOB, today);
        if (claimed == 0) {
            return 0;
        }
        Plan plan = plans.current();
        Map<String, List<String>> digest = new LinkedHashMap<>();
        Map<String, OrgUnit> wardOf = new LinkedHashMap<>();
        for (ReportingCycle cycle : cycles.findByPlan(plan.getId())) {
            Map<Long, WardReport> byWard = reports.findByCycle(cycle.getId()).stream()
                    .collect(Collectors.toMap(r -> r.getWard().getId(), Function.identity()));
            List<OrgUnit> wards = units.wardsOn(plan.getIssuingUnit().getId(), cycle.getDeadline()).stream()
                    .filter(u -> u.getContactEmail() != null).toList();
            for (OrgUnit ward : wards) {
                WardReport report = byWard.get(ward.getId());
                if (report != null && !report.getState().editableByWard()) {
                    continue;
                }
                if (report != null && report.getState() == ReportState.RETURNED) {
                    continue;
                }
                Timeliness t = Timeliness.of(cycle.getDeadline(), null, clock.instant());
                String kind = t.status() == Timeliness.Status.DUE && t.daysLeft() == daysBefore ? "BEFORE"
                        : t.status() == Timeliness.Status.MISSING && (t.daysOverdue() == 1 || t.daysOverdue() % 7 == 0)
                        ? "OVERDUE" : null;
                if (kind == null || jdbc.update("insert into reminder_sent (cycle_id, ward_id, kind, sent_on, email) "
                        + "values (?, ?, ?, ?, ?) on conflict do nothing", cycle.getId(), ward.getId(), kind, today,
                        ward.getContactEmail()) == 0) {
                    continue;
                }
                audit.record(AuditLog.SYSTEM, "reminder", cycle.getId() + "/" + ward.getId(), "reminder.send", null,
                        AuditLog.fields("ward", ward.getName(), "year", cycle.getYear(), "reminderKind", kind,
                                "email", ward.getContactEmail()));
                digest.computeIfAbsent(ward.getContactEmail(), k -> new ArrayList<>()).add(line(cycle, kind, t));
                wardOf.putIfAbsent(ward.getContactEmail(), ward);
            }
        }
        digest.forEach((email, lines) -> sender.send(message(wardOf.get(email), email, lines)));
        return digest.size();
    }

    /** One line of the digest: a cycle before its deadline, or overdue. */
    private String line(ReportingCycle cycle, String kind, Timeliness t) {
        return messages.getMessage("reminder.line." + kind, new Object[]{String.valueOf(cycle.getYear()),
                Formats.DATE.format(cycle.getDeadline()), String.valueOf(t.daysLeft()), String.valueOf(t.daysOverdue())},
                VietnameseNumbers.VI_VN);
    }

    /** One e-mail per address, listing every report the ward still has to send. */
    private SimpleMailMessage message(OrgUnit ward, String email, List<String> lines) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(email);
        m.setSubject(messages.getMessage("reminder.subject", new Object[]{ward.getName()}, VietnameseNumbers.VI_VN));
        m.setText(messages.getMessage("reminder.body", new Object[]{ward.getNameInSentence(),
                lines.stream().map(l -> "- " + l).collect(Collectors.joining("\n"))}, VietnameseNumbers.VI_VN));
        return m;
    }
}
