package vn.ansinh.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.shared.SearchText;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;

/**
 * The audit page ({@code /admin/audit}, administrators only: a rule in {@code SecurityConfig} placed before the
 * {@code /admin/**} rule, and checked again here). Filters: login name, entity kind, a date range typed
 * {@code dd/MM/yyyy} (whole days in Vietnam time) and a text; {@value AuditSearch#PAGE_SIZE} entries a page,
 * newest first. Read only: the app has no way to change or remove an entry.
 */
@Controller
class AuditController {

    /** Entity kinds written by the app, in the filter's order (labels {@code audit.kind.*}). */
    static final List<String> KINDS = List.of("indicator_value", "ward_report", "ward_report_scan", "reporting_cycle",
            "reminder", "task", "task_progress", "target", "plan", "plan_section", "value_import", "annual_report_draft",
            "app_user", "org_unit");

    /** Action codes recorded (labels {@code audit.action.*}), for finding entries by the label shown. */
    static final List<String> ACTIONS = List.of("indicatorValue.save", "cycle.open", "cycle.change", "report.start",
            "report.save", "report.submit", "report.return", "report.accept", "report.reopen", "report.scan",
            "reminder.send", "task.create", "task.edit", "task.retire", "progress.save", "target.create", "target.edit",
            "target.retire", "plan.create", "plan.load", "plan.edit", "section.create", "section.edit", "import.preview",
            "import.confirm", "annualReport.save", "account.create", "account.update", "account.resetPassword",
            "account.changePassword", "orgUnit.reorganise", "orgUnit.close");

    /**
     * Enum values shown by a Vietnamese label on this page, read once from the message bundle (whose keys Spring's
     * MessageSource cannot list): one entry per label key, value code → label ({@code DONE} → "Hoàn thành").
     */
    private static final List<java.util.Map.Entry<String, String>> VALUE_LABELS = valueLabels();

    private static List<java.util.Map.Entry<String, String>> valueLabels() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("messages", java.util.Locale.ROOT);
        java.util.Collection<String> prefixes = AuditEntry.labelPrefixes();
        return java.util.Collections.list(bundle.getKeys()).stream()
                .flatMap(key -> prefixes.stream().filter(key::startsWith)
                        .map(prefix -> java.util.Map.entry(key.substring(prefix.length()), bundle.getString(key))))
                .filter(e -> e.getKey().matches("[A-Z][A-Z0-9_]*"))
                .toList();
    }

    private final AuditSearch audit;
    private final MessageSource messages;

    AuditController(AuditSearch audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String user, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        if (!request.isUserInRole("ADMIN")) {
            throw new AccessDeniedException("the audit trail is for administrators");
        }
        LocalDate fromDay = day(from, "fromError", model);
        LocalDate toDay = day(to, "toError", model);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            model.addAttribute("rangeError", true);
        }
        String text = blank(q) ? null : q.strip();
        List<String> labelled = text == null ? List.of() : ACTIONS.stream()
                .filter(a -> SearchText.matches(messages.getMessage("audit.action." + a, null, a, VietnameseNumbers.VI_VN), text))
                .toList();
        AuditSearch.Filter filter = new AuditSearch.Filter(blank(user) ? null : user.strip(),
                kind != null && KINDS.contains(kind) ? kind : null, fromDay, toDay, text);
        List<String> values = text == null ? List.of() : VALUE_LABELS.stream()
                .filter(e -> SearchText.matches(e.getValue(), text)).map(java.util.Map.Entry::getKey).distinct().toList();
        model.addAttribute("result", audit.search(filter, labelled, values, Math.max(1, page) - 1));
        model.addAttribute("usernames", audit.usernames());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("user", filter.username());
        model.addAttribute("kind", filter.entityKind());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("q", text);
        return "audit/list";
    }

    /** A typed dd/MM/yyyy date; a bad one is ignored and reported next to its field. */
    private static LocalDate day(String text, String errorAttribute, Model model) {
        if (blank(text)) {
            return null;
        }
        try {
            return Formats.parseDate(text);
        } catch (DateTimeParseException e) {
            model.addAttribute(errorAttribute, true);
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
