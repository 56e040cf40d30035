package vn.ansinh.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: every write made through the app appends one {@code audit_entry} row (V019) saying who, when,
 * what (entity kind, id, action code) and the changed fields before and after, as JSON text.
 * <p>
 * Called by the writing services inside their own transaction ({@link Propagation#MANDATORY}: a call outside a
 * transaction fails), so a write that rolls back leaves no entry and an entry that fails rolls the write back.
 * Entries are never updated or deleted: there is no such method, and a database trigger refuses UPDATE, DELETE and
 * TRUNCATE. This module depends on {@code shared} only, so every module may call it without a cycle.
 */
@Service
public class AuditLog {

    /** The name recorded for writes made by the app itself (the daily reminder run), not by a person. */
    public static final String SYSTEM = "system";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends an entry. When both {@code before} and {@code after} are given, only the fields whose value differs
     * are kept (an unchanged field is left out of both), so an entry shows exactly what the write changed.
     *
     * @param username   who wrote (login name), or {@link #SYSTEM}
     * @param entityKind what was written, a table-like code: {@code indicator_value}, {@code ward_report},
     *                   {@code app_user}, … (labels {@code audit.kind.*})
     * @param entityId   its id (a number, or a compound key such as {@code 3/2026})
     * @param action     the action code, {@code indicatorValue.save}, {@code report.submit}, … (labels {@code audit.action.*})
     * @param before     the fields before the write, in display order; null for a creation
     * @param after      the fields after it; null for a removal
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String entityKind, Object entityId, String action,
                       Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> b = before == null ? null : normalised(before);
        Map<String, Object> a = after == null ? null : normalised(after);
        if (b != null && a != null) {
            for (String key : new java.util.ArrayList<>(b.keySet())) {
                if (a.containsKey(key) && Objects.equals(b.get(key), a.get(key))) {
                    b.remove(key);
                    a.remove(key);
                }
            }
        }
        jdbc.update("insert into audit_entry (at, username, entity_kind, entity_id, action, before_json, after_json) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                java.sql.Timestamp.from(clock.instant()), Objects.requireNonNull(username, "username"), entityKind,
                String.valueOf(entityId), action, b == null ? null : JSON.writeValueAsString(b),
                a == null ? null : JSON.writeValueAsString(a));
    }

    /**
     * @param keysAndValues field name, value, field name, value, … (values may be null)
     * @return the fields in the given order, for {@link #record}
     */
    public static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * @param record a record such as a validated form's fields
     * @return its components by name, in declaration order, for {@link #record}
     */
    public static Map<String, Object> fieldsOf(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (var c : record.getClass().getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                map.put(c.getName(), c.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }

    /** Numbers without trailing zeros (75.50 and 75.5 are the same value), dates and enums as text. */
    private static Map<String, Object> normalised(Map<String, ?> fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        fields.forEach((k, v) -> map.put(k, value(v)));
        return map;
    }

    private static Object value(Object v) {
        if (v instanceof BigDecimal d) {
            return new BigDecimal(d.stripTrailingZeros().toPlainString());
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof LocalDate || v instanceof Instant || v instanceof Temporal) {
            return v.toString();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, x) -> map.put(String.valueOf(k), value(x)));
            return map;
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.stream().map(AuditLog::value).toList();
        }
        return v;
    }
}
