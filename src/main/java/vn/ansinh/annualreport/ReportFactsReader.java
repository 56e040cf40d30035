package vn.ansinh.annualreport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.plan.Plan;
import vn.ansinh.report.Completeness;
import vn.ansinh.report.CompletenessRow;
import vn.ansinh.report.ReportService;
import vn.ansinh.report.Timeliness;
import vn.ansinh.shared.TimeConfig;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;
import vn.ansinh.target.TargetSeries;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.TargetStatus;
import vn.ansinh.target.TargetTexts;
import vn.ansinh.task.Task;
import vn.ansinh.task.TaskProgress;
import vn.ansinh.task.TaskService;
import vn.ansinh.task.TaskState;

/**
 * Reads the figures of a plan's annual report and writes them as {@link ReportFacts}: targets with the district's
 * latest value up to the report's year and their status as of that year ({@link TargetService#seriesAsOf}), the year's ward reports ({@link ReportService#completeness},
 * {@link Timeliness}) and the tasks' state as recorded by their lead unit for the year ({@link TaskService#progressOf}).
 * Callers run it inside a transaction.
 */
@Component
class ReportFactsReader {

    private final TargetService targets;
    private final TargetTexts texts;
    private final ReportService reports;
    private final TaskService tasks;
    private final MessageSource messages;

    ReportFactsReader(TargetService targets, TargetTexts texts, ReportService reports, TaskService tasks, MessageSource messages) {
        this.targets = targets;
        this.texts = texts;
        this.reports = reports;
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * @param plan a plan
     * @param year the report's year
     * @param date the report's date: ward timeliness and days overdue are counted up to the end of that day (Vietnam
     *             time), not to the day the file is made; null for now
     * @return the figures the report prints
     */
    ReportFacts read(Plan plan, int year, java.time.LocalDate date) {
        List<ReportFacts.TargetLine> targetLines = new ArrayList<>();
        Map<TargetStatus, Long> byStatus = new EnumMap<>(TargetStatus.class);
        for (TargetSeries r : targets.seriesAsOf(plan, year)) {
            TargetStatus s = r.assessment().status();
            byStatus.merge(s, 1L, Long::sum);
            String latest = r.latest() == null ? "—"
                    : msg("annualReport.doc.latest", texts.value(r.target(), r.latest()), "" + r.latest().getYear());

            targetLines.add(new ReportFacts.TargetLine(r.target().getCode(), r.target().getStatement(), texts.goal(r.target()),
                    latest, msg("status." + s)));
        }
        List<String> parts = new ArrayList<>();
        byStatus.forEach((s, n) -> parts.add(lower(msg("status." + s)) + " " + n));
        String targetsSummary = msg("annualReport.doc.targetsSummary", "" + targetLines.size(), String.join(", ", parts));
        Completeness wards = reports.completeness(plan, year)
                .map(c -> date == null ? c : c.asOf(date.atTime(java.time.LocalTime.MAX).atZone(TimeConfig.VIETNAM).toInstant()))
                .orElse(null);
        return new ReportFacts(targetsSummary, targetLines, wardsSummary(wards, year), wardLines(wards),
                tasksSummary(plan, year), lateTasks(plan, year));
    }

    private String wardsSummary(Completeness c, int year) {
        if (c == null) {
            return msg("annualReport.doc.noCycle", "" + year);
        }
        List<String> parts = new ArrayList<>();
        for (Timeliness.Status s : Timeliness.Status.values()) {
            long n = c.count(s);
            if (n > 0) {
                parts.add(msg("annualReport.doc.share", lower(msg("timeliness." + s)), "" + n,
                        VietnameseNumbers.format(c.percent(s), 1)));
            }
        }
        return msg("annualReport.doc.wardsSummary", "" + year, Formats.DATE.format(c.cycle().getDeadline()),
                "" + c.rows().size(), String.join(", ", parts));
    }

    private List<ReportFacts.WardLine> wardLines(Completeness c) {
        if (c == null) {
            return List.of();
        }
        List<ReportFacts.WardLine> lines = new ArrayList<>();
        for (CompletenessRow r : c.rows()) {
            Timeliness t = r.timeliness();
            String submitted = r.report() == null || r.report().getFirstSubmittedAt() == null ? ""
                    : Formats.DATE.format(r.report().getFirstSubmittedAt().atZone(TimeConfig.VIETNAM));
            String label = t.daysOverdue() > 0 ? msg("timeliness." + t.status() + ".days", "" + t.daysOverdue())
                    : msg("timeliness." + t.status());
            lines.add(new ReportFacts.WardLine(r.ward().getName(), submitted, label));
        }
        return lines;
    }

    private TaskProgress leadProgress(Task t, Map<String, TaskProgress> progress) {
        return t.getLead() == null ? null : progress.get(TaskService.key(t.getId(), t.getLead().getOrgUnit().getId()));
    }

    private String tasksSummary(Plan plan, int year) {
        List<Task> all = tasks.tasks(plan, null);
        Map<String, TaskProgress> progress = tasks.progressOf(plan, year);
        Map<TaskState, Long> byState = new EnumMap<>(TaskState.class);
        long notRecorded = 0;
        for (Task t : all) {
            TaskProgress p = leadProgress(t, progress);
            if (p == null) {
                notRecorded++;
            } else {
                byState.merge(p.getState(), 1L, Long::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        byState.forEach((s, n) -> parts.add(lower(msg("taskState." + s)) + " " + n));
        if (notRecorded > 0) {
            parts.add(msg("annualReport.doc.notRecorded") + " " + notRecorded);
        }
        return msg("annualReport.doc.tasksSummary", "" + all.size(), "" + year, String.join(", ", parts));
    }

    private List<ReportFacts.TaskLine> lateTasks(Plan plan, int year) {
        Map<String, TaskProgress> progress = tasks.progressOf(plan, year);
        List<ReportFacts.TaskLine> lines = new ArrayList<>();
        for (Task t : tasks.tasks(plan, null)) {
            TaskProgress p = leadProgress(t, progress);
            if (p != null && p.getState() == TaskState.DELAYED) {
                lines.add(new ReportFacts.TaskLine(t.getCode(), t.getText(), t.getLead().getOrgUnit().getDisplayName(),
                        Formats.DATE.format(p.getUpdatedAt().atZone(TimeConfig.VIETNAM)),
                        p.getNarrative() == null ? "" : p.getNarrative()));
            }
        }
        return lines;
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(VietnameseNumbers.VI_VN) + label.substring(1);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }
}
