package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.FixedClock;
import vn.ansinh.shared.TypedText;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Every input of {@code hostile-inputs.txt} (script and HTML injection, SQL metacharacters, 10.000 and 100.000
 * characters, control characters, decomposed Unicode, malformed numbers and dates, path traversal, huge integers,
 * spreadsheet formulas) is sent in turn as each form field and query parameter of the main pages, as a user allowed to
 * use them. Each response must be below 500, show no exception or stack trace, and never contain the raw markup; an
 * input that is accepted and stored must read back as typed (control characters dropped per {@link TypedText}, spaces
 * trimmed, or NFC-normalised), and the page showing it must show it escaped. Endpoints are in {@link HostileEndpoints}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class HostileInputWebTests {

    static final List<String> INPUTS = HostileInputs.load();
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final Set<String> FIELDS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (java|org|vn)\\.|org\\.springframework|org\\.hibernate|java\\.lang|SQLState|PSQL|ERROR: |Whitelabel");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> ids = new HashMap<>();

    /**
     * {@code -Dansinh.hostile=full} tries every input in every field (82 × 161 = 13.202 requests);
     * the normal suite tries every {@value #SAMPLE_EVERY}th input in each field, shifted per field, so that every
     * input still meets about a quarter of the fields.
     */
    static final boolean FULL = "full".equals(System.getProperty("ansinh.hostile"));
    static final int SAMPLE_EVERY = 6;
    private static final Map<String, Integer> FIELD_INDEX = new HashMap<>();

    static {
        HostileEndpoints.ALL.forEach(e -> e.fields().forEach(f -> FIELD_INDEX.put(e.name() + " " + f, FIELD_INDEX.size())));
    }

    static Stream<Arguments> fields() {
        return HostileEndpoints.ALL.stream().flatMap(e -> e.fields().stream().map(f -> Arguments.of(e.name(), f)));
    }

    @BeforeEach
    void data() throws Exception {
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        ids.put("plan", one("select id from plan where code = 'HAI-AN-2024'"));
        ids.put("district", one("select id from org_unit where code = '306'"));
        ids.put("yt", one("select id from org_unit where code = '306-YT'"));
        ids.put("catBi", one("select id from org_unit where code = '11422'"));
        ids.put("tranCat", one("select id from org_unit where code = '11425'"));
        ids.put("ct07", one("select id from target where code = 'CT07'"));
        ids.put("task", one("select id from task where code = 'III.6.2-1'"));
        ids.put("taskIII8", one("select id from task where code = 'III.8-1'"));
        jdbc.update("delete from reporting_cycle_change where cycle_id in (select id from reporting_cycle where year = 2026)");
        Long cycle = jdbc.query("select id from reporting_cycle where year = 2026 and plan_id = " + ids.get("plan"),
                rs -> rs.next() ? rs.getLong(1) : null);
        if (cycle == null) {
            mvc.perform(post("/cycles").param("year", "2026").with(csrf()).with(user(staff())));
            cycle = Long.valueOf(one("select id from reporting_cycle where year = 2026 and plan_id = " + ids.get("plan")));
        }
        ids.put("cycle", String.valueOf(cycle));
        String report = jdbc.query("select id from ward_report where cycle_id = ? and ward_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, cycle, Long.valueOf(ids.get("catBi")));
        if (report == null) {
            mvc.perform(post("/reports").param("cycleId", String.valueOf(cycle)).with(csrf()).with(user(ward())));
            report = one("select id from ward_report where cycle_id = " + cycle + " and ward_id = " + ids.get("catBi"));
        }
        jdbc.update("update ward_report set state = 'DRAFT' where id = ?", Long.valueOf(report));
        ids.put("report", report);
    }

    private String one(String sql) {
        return jdbc.queryForObject(sql, String.class);
    }

    static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    static CurrentUser admin() {
        return new CurrentUser("quantri", "x", "Quản trị", Role.ADMIN, null, true);
    }

    private CurrentUser ward() {
        return new CurrentUser("pb.11422", "x", "Cán bộ phường Cát Bi", Role.WARD_OFFICER, Long.valueOf(ids.get("catBi")), true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fields")
    void everyHostileInputIsHandledCleanly(String endpointName, String field) throws Exception {
        HostileEndpoints.Endpoint e = HostileEndpoints.byName(endpointName);
        FIELDS.add(endpointName + " " + field);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < INPUTS.size(); i++) {
            if (!FULL && (i + FIELD_INDEX.get(endpointName + " " + field)) % SAMPLE_EVERY != 0) {
                continue;
            }
            String input = INPUTS.get(i);
            TRIED.incrementAndGet();
            String readBack = e.readBack().get(field);
            String before = readBack == null ? null : jdbc.query(resolve(readBack), rs -> rs.next() ? rs.getString(1) : null);
            MockHttpServletResponse r = mvc.perform(request(e, field, input)).andReturn().getResponse();
            String label = "input #" + (i + 1) + " (" + preview(input) + "): ";
            check(r, input, label + e.method() + " " + e.url(), failures);
            if (r.getStatus() / 100 == 3 && readBack != null) {
                String stored = jdbc.query(resolve(readBack), rs -> rs.next() ? rs.getString(1) : null);
                // unchanged: refused (a redirect with a message); changed: it must be what was typed
                if (!java.util.Objects.equals(before, stored) && !readsBack(input, stored)) {
                    failures.add(label + field + " stored as " + preview(stored));
                }
            }
            if (r.getStatus() / 100 == 3 && e.view() != null) {
                MockHttpServletResponse page = mvc.perform(get(resolve(e.view())).with(user(who(e)))).andReturn().getResponse();
                check(page, input, label + "GET " + e.view(), failures);
            }
        }
        assertThat(failures).as(endpointName + " " + field).isEmpty();
    }

    private void check(MockHttpServletResponse r, String input, String label, List<String> failures) throws Exception {
        String body = r.getContentAsString();
        if (r.getStatus() >= 500) {
            failures.add(label + " answered " + r.getStatus());
        }
        Matcher internals = INTERNALS.matcher(body);
        if (internals.find()) {
            failures.add(label + " shows internals: " + body.substring(Math.max(0, internals.start() - 80),
                    Math.min(body.length(), internals.end() + 80)));
        }
        if (input.matches("(?s).*<[a-z/].*") && body.contains(input.strip())) {
            failures.add(label + " shows the markup unescaped");
        }
    }

    /** Stored exactly, or without control characters and surrounding spaces (TypedText), or NFC-normalised. */
    static boolean readsBack(String input, String stored) {
        String clean = TypedText.clean(input);
        if (clean == null) {
            return stored == null || stored.isBlank();
        }
        for (String s : new String[]{input, TypedText.withoutControls(input), clean}) {
            if (s.equals(stored) || Normalizer.normalize(s, Normalizer.Form.NFC).equals(stored)) {
                return true;
            }
        }
        return false;
    }

    private MockHttpServletRequestBuilder request(HostileEndpoints.Endpoint e, String field, String input) {
        Map<String, String> params = new LinkedHashMap<>();
        e.base().forEach((k, v) -> {
            String value = v.startsWith("#") ? jdbc.query(resolve(v.substring(1)), rs -> rs.next() ? rs.getString(1) : null) : resolve(v);
            if (value != null) {
                params.put(k, value);
            }
        });
        MockHttpServletRequestBuilder b;
        if (field.startsWith("/")) {
            // a path segment: the input replaces the {id} of the address
            b = e.method().equals("GET") ? get(resolve(e.url()) + field, input) : post(resolve(e.url()) + field, input);
        } else {
            params.put(field, input);
            b = e.method().equals("GET") ? get(resolve(e.url())) : post(resolve(e.url()));
        }
        params.forEach(b::param);
        b.with(user(who(e)));
        return e.method().equals("GET") ? b : b.with(csrf());
    }

    private CurrentUser who(HostileEndpoints.Endpoint e) {
        return switch (e.role()) {
            case ADMIN -> admin();
            case WARD_OFFICER -> ward();
            default -> staff();
        };
    }

    private String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    static String preview(String s) {
        if (s == null) {
            return "null";
        }
        String shown = s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
        StringBuilder b = new StringBuilder();
        shown.codePoints().forEach(c -> b.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x202e
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return b.toString();
    }

    @AfterAll
    static void count() {
        System.out.printf("Hostile input: %d inputs x %d fields = %d requests tried%n", INPUTS.size(), FIELDS.size(), TRIED.get());
    }
}
