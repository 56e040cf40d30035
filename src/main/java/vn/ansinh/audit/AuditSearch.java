package vn.ansinh.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.ansinh.shared.SearchText;

/**
 * Reads the audit trail for the administrators' audit page: filtered, newest first, {@value #PAGE_SIZE} a page.
 * Dates are whole days in Vietnam time ({@code ansinh.zone}).
 */
@Service
public class AuditSearch {

    /** Entries per page. */
    public static final int PAGE_SIZE = 50;

    private static final JsonMapper READ = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /**
     * The searched text: column {@code search_text} of migration V020, login name, entity id and the values (not the
     * field names) before and after, folded by PostgreSQL as {@link SearchText#fold} folds Java text, with a trigram
     * index, so that {@code like '%word%'} is answered from that index.
     */
    static final String FOLDED = "search_text";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AuditSearch(JdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /**
     * @param filter      what to look for (every part optional)
     * @param actionCodes action codes whose Vietnamese label matches the filter's text (the text search also finds
     *                    entries by the label shown, not only by what is stored)
     * @param valueCodes  enum values ({@code DONE}, {@code SUBMITTED}) whose Vietnamese label matches the text: entries
     *                    holding one of them are found too, as the page shows them by that label
     * @param page        0-based page; beyond the last reads as the last
     * @return the page of entries, newest first (by time, then by id), and how many entries match in all
     */
    @Transactional(readOnly = true)
    public Page search(Filter filter, Collection<String> actionCodes, Collection<String> valueCodes, int page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (filter.username() != null) {
            where.append(" and username = ?");
            args.add(filter.username());
        }
        if (filter.entityKind() != null) {
            where.append(" and entity_kind = ?");
            args.add(filter.entityKind());
        }
        if (filter.from() != null) {
            where.append(" and at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String words = SearchText.fold(filter.text());
        if (!words.isEmpty()) {
            // every word of the text, ignoring case and diacritics (SearchText.fold done in SQL), or an action whose label matches
            where.append(" and ((true");
            for (String word : words.split(" ")) {
                where.append(" and ").append(FOLDED).append(" like ?");
                args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            where.append(")");
            for (String code : actionCodes) {
                where.append(" or action = ?");
                args.add(code);
            }
            for (String code : valueCodes) {
                where.append(" or ").append(FOLDED).append(" like ?");
                args.add("%" + SearchText.fold(code).replace("_", "\\_") + "%");
            }
            where.append(")");
        }
        long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        // a page beyond the last shows the last (an old link, a typed number)
        int shown = (int) Math.min(Math.max(0, page), Math.max(0, (total - 1) / PAGE_SIZE));
        args.add(PAGE_SIZE);
        args.add((long) shown * PAGE_SIZE);
        List<AuditEntry> entries = jdbc.query("select id, at, username, entity_kind, entity_id, action, before_json, "
                + "after_json from audit_entry" + where + " order by at desc, id desc limit ? offset ?", ROW, args.toArray());
        return new Page(entries, shown, total);
    }

    /** @return every login name that has entries, for the filter's choice */
    @Transactional(readOnly = true)
    public List<String> usernames() {
        return jdbc.queryForList("select distinct username from audit_entry order by username", String.class);
    }

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("entity_kind"),
            rs.getString("entity_id"), rs.getString("action"), json(rs.getString("before_json")),
            json(rs.getString("after_json")));

    private static Map<String, Object> json(String text) {
        return text == null ? Map.of() : READ.readValue(text, MAP);
    }

    /**
     * @param username   exact login name, or null
     * @param entityKind entity kind code, or null
     * @param from       first day (Vietnam time), or null
     * @param to         last day, included, or null
     * @param text       text searched in login name, entity id and the values before and after (case and
     *                   diacritics ignored), or null
     */
    public record Filter(String username, String entityKind, LocalDate from, LocalDate to, String text) {
    }

    /**
     * @param entries the entries of the page
     * @param page    0-based page number
     * @param total   entries matching in all
     */
    public record Page(List<AuditEntry> entries, int page, long total) {

        /** @return {@link #total} as a number for {@code @fmt.number} */
        public java.math.BigDecimal totalNumber() {
            return java.math.BigDecimal.valueOf(total);
        }

        /** @return number of pages, at least 1 */
        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }
}
