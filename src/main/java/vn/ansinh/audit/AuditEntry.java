package vn.ansinh.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;

import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;

/**
 * One audit entry as read back for the audit page.
 *
 * @param id         entry id (increasing in the order written)
 * @param at         when the write happened
 * @param username   who wrote (login name, or {@link AuditLog#SYSTEM})
 * @param entityKind what was written ({@code indicator_value}, …)
 * @param entityId   its id as text
 * @param action     the action code ({@code indicatorValue.save}, …)
 * @param before     the changed fields before the write, in recorded order; empty for a creation
 * @param after      the changed fields after it
 */
public record AuditEntry(long id, Instant at, String username, String entityKind, String entityId, String action,
                         Map<String, Object> before, Map<String, Object> after) {

    /** Message prefixes of the enum-valued fields, so that {@code SUBMITTED} is shown "Đã gửi". */
    private static final Map<String, String> ENUM_LABELS = Map.ofEntries(Map.entry("role", "role."),
            Map.entry("area", "area."), Map.entry("kind", "kind."), Map.entry("assessment", "assessment."),
            Map.entry("valueType", "valueType."), Map.entry("change", "unit.kind."), Map.entry("scope", "taskScope."),
            Map.entry("maintainDirection", "target.maintainDirection."), Map.entry("unitKind", "audit.unitKind."),
            Map.entry("reminderKind", "audit.reminderKind."), Map.entry("ward_report.state", "reportState."),
            Map.entry("task_progress.state", "taskState."), Map.entry("value_import.state", "audit.importState."));

    /** @return the message prefixes of enum values shown by their label ({@code taskState.}, {@code role.}, …) */
    static java.util.Collection<String> labelPrefixes() {
        return new java.util.TreeSet<>(ENUM_LABELS.values());
    }

    /**
     * @param messages the message bundle (vi-VN)
     * @return one line per field recorded before or after, in recorded order, with values as shown: numbers vi-VN
     * (75,5 · 4.000) except years (2026), ISO dates as dd/MM/yyyy, enum names by their Vietnamese label, yes/no in
     * words
     */
    public List<Change> changes(MessageSource messages) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            String prefix = ENUM_LABELS.getOrDefault(entityKind + "." + k, ENUM_LABELS.get(k));
            out.add(new Change(k, before.containsKey(k), show(k, before.get(k), prefix, messages), after.containsKey(k),
                    show(k, after.get(k), prefix, messages)));
        }
        return out;
    }

    private static String show(String field, Object v, String prefix, MessageSource messages) {
        // a year (year, baseYear, targetYear, …) is a name, not a quantity: 2026, never 2.026
        if (v instanceof Number n && (field.equals("year") || field.endsWith("Year"))) {
            return n.toString();
        }
        if (v instanceof Boolean b) {
            return messages.getMessage(b ? "audit.yes" : "audit.no", null, VietnameseNumbers.VI_VN);
        }
        if (prefix != null && v instanceof String s) {
            return messages.getMessage(prefix + s, null, s, VietnameseNumbers.VI_VN);
        }
        return show(v);
    }

    /** Numbers vi-VN (75,5 · 4.000), ISO dates as dd/MM/yyyy, lists and maps as "a; b"; empty for null. */
    static String show(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return VietnameseNumbers.formatCompact(d);
        }
        if (v instanceof Number n) {
            return VietnameseNumbers.formatCompact(new BigDecimal(n.toString()));
        }
        if (v instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Formats.DATE.format(LocalDate.parse(s));
        }
        if (v instanceof Map<?, ?> m) {
            return String.join("; ", m.entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue())).toList());
        }
        if (v instanceof List<?> l) {
            return String.join("; ", l.stream().map(AuditEntry::show).toList());
        }
        return v.toString();
    }

    /**
     * @param field      the field name (labels {@code audit.field.*})
     * @param hadBefore  whether it was recorded before the write
     * @param before     its value before, as shown
     * @param hasAfter   whether it was recorded after
     * @param after      its value after, as shown
     */
    public record Change(String field, boolean hadBefore, String before, boolean hasAfter, String after) {
    }
}
