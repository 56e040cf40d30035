package vn.ansinh.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ansinh.FixedClock;

/**
 * Who may open what: every route of the application (read from Spring's handler mappings, so a new controller
 * method is in the matrix without anyone adding it) is requested by each of six callers, and the outcome is
 * compared with the table {@link #MATRIX}. A route missing from the table fails the test, so each new route must
 * be classified. Each request runs in a savepoint that is rolled back, so the order of requests does not matter.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class AccessMatrixTests {

    /**
     * The expected outcome of each route for each caller. Columns: method, path pattern, the sample whose ids fill
     * the path ({@code A}: ward A's report and the department's own target and task; {@code B}: ward B's report),
     * then anonymous, ADMIN, DISTRICT_STAFF, DEPARTMENT_OFFICER of unit X (306-YT), WARD_OFFICER of ward A, LEADER.
     * Outcomes: {@code login} 302 to /login; {@code deny} 403; {@code hide} 403 or 404 (another ward's record);
     * {@code ok} let through (not 401/403/404, not sent to login, no 5xx); {@code open} not 401/403 nor sent to
     * login (framework error page, any status).
     */
    static final String MATRIX = """
            # method path                                           ids  anon   admin staff dept  ward  leader
            GET    /login                                           A    ok     ok    ok    ok    ok    ok
            GET    /error                                           A    open   open  open  open  open  open
            GET    /                                                A    login  ok    ok    ok    ok    ok
            GET    /me                                              A    login  ok    ok    ok    ok    ok
            GET    /plans                                           A    login  ok    ok    ok    ok    ok
            GET    /plans/{id}                                      A    login  ok    ok    ok    ok    ok
            GET    /targets                                         A    login  ok    ok    ok    ok    ok
            GET    /targets/{id}                                    A    login  ok    ok    ok    ok    ok
            GET    /targets/{id}/values                             A    login  ok    ok    ok    ok    ok
            GET    /targets/{id}/values/edit                        A    login  ok    ok    ok    ok    deny
            GET    /targets/{id}/values/edit                        B    login  ok    ok    deny  ok    deny
            POST   /targets/{id}/values                             A    login  ok    ok    ok    ok    deny
            POST   /targets/{id}/values                             B    login  ok    ok    deny  ok    deny
            GET    /tasks                                           A    login  ok    ok    ok    ok    ok
            GET    /tasks/{id}                                      A    login  ok    ok    ok    ok    ok
            POST   /tasks/{id}/progress                             A    login  ok    ok    ok    deny  deny
            POST   /tasks/{id}/progress                             B    login  ok    ok    deny  deny  deny
            GET    /units/{id}                                      A    login  ok    ok    deny  deny  ok
            GET    /summary                                         A    login  ok    ok    deny  deny  ok
            GET    /summary/targets                                 A    login  ok    ok    deny  deny  ok
            GET    /summary/tasks                                   A    login  ok    ok    deny  deny  ok
            GET    /cycles                                          A    login  ok    ok    ok    deny  ok
            POST   /cycles                                          A    login  ok    ok    deny  deny  deny
            GET    /cycles/{id}                                     A    login  ok    ok    ok    deny  ok
            POST   /cycles/{id}                                     A    login  ok    ok    deny  deny  deny
            GET    /reports                                         A    login  ok    ok    ok    ok    ok
            POST   /reports                                         A    login  deny  deny  deny  ok    deny
            GET    /reports/{id}                                    A    login  ok    ok    ok    ok    ok
            GET    /reports/{id}                                    B    login  ok    ok    ok    hide  ok
            GET    /reports/{id}/edit                               A    login  ok    ok    ok    ok    ok
            GET    /reports/{id}/edit                               B    login  ok    ok    ok    hide  ok
            POST   /reports/{id}                                    A    login  deny  deny  deny  ok    deny
            POST   /reports/{id}                                    B    login  deny  deny  deny  hide  deny
            GET    /reports/{id}/scan                               A    login  ok    ok    ok    ok    ok
            GET    /reports/{id}/scan                               B    login  ok    ok    ok    hide  ok
            POST   /reports/{id}/scan                               A    login  deny  deny  deny  ok    deny
            POST   /reports/{id}/scan                               B    login  deny  deny  deny  hide  deny
            POST   /reports/{id}/return                             A    login  ok    ok    deny  deny  deny
            POST   /reports/{id}/accept                             A    login  ok    ok    deny  deny  deny
            POST   /reports/{id}/reopen                             A    login  ok    ok    deny  deny  deny
            GET    /account/password                                A    login  ok    ok    ok    ok    ok
            POST   /account/password                                A    login  ok    ok    ok    ok    ok
            GET    /admin/users                                     A    login  ok    ok    deny  deny  deny
            GET    /admin/audit                                     A    login  ok    deny  deny  deny  deny
            GET    /admin/users/new                                 A    login  ok    ok    deny  deny  deny
            POST   /admin/users                                     A    login  ok    ok    deny  deny  deny
            GET    /admin/users/{id}                                A    login  ok    ok    deny  deny  deny
            POST   /admin/users/{id}                                A    login  ok    ok    deny  deny  deny
            POST   /admin/users/{id}/password                       A    login  ok    ok    deny  deny  deny
            GET    /admin/units                                     A    login  ok    ok    deny  deny  deny
            POST   /admin/units/reorganise                          A    login  ok    ok    deny  deny  deny
            GET    /admin/plans                                     A    login  ok    ok    deny  deny  deny
            GET    /admin/plans/new                                 A    login  ok    ok    deny  deny  deny
            POST   /admin/plans/new                                 A    login  ok    ok    deny  deny  deny
            POST   /admin/plans/import                              A    login  ok    ok    deny  deny  deny
            GET    /admin/plans/{id}/export                         A    login  ok    ok    deny  deny  deny
            GET    /admin/plans/{id}/edit                           A    login  ok    ok    deny  deny  deny
            POST   /admin/plans/{id}/edit                           A    login  ok    ok    deny  deny  deny
            POST   /admin/plans/{id}/sections                       A    login  ok    ok    deny  deny  deny
            POST   /admin/plans/{id}/sections/{code}                A    login  ok    ok    deny  deny  deny
            GET    /admin/plans/{planId}/targets/new                A    login  ok    ok    deny  deny  deny
            POST   /admin/plans/{planId}/targets/new                A    login  ok    ok    deny  deny  deny
            GET    /admin/targets/{id}                              A    login  ok    ok    deny  deny  deny
            POST   /admin/targets/{id}                              A    login  ok    ok    deny  deny  deny
            POST   /admin/targets/{id}/retire                       A    login  ok    ok    deny  deny  deny
            GET    /admin/plans/{planId}/tasks/new                  A    login  ok    ok    deny  deny  deny
            POST   /admin/plans/{planId}/tasks/new                  A    login  ok    ok    deny  deny  deny
            GET    /admin/tasks/{id}                                A    login  ok    ok    deny  deny  deny
            POST   /admin/tasks/{id}                                A    login  ok    ok    deny  deny  deny
            POST   /admin/tasks/{id}/retire                         A    login  ok    ok    deny  deny  deny
            GET    /admin/workbook                                  A    login  ok    ok    deny  deny  deny
            GET    /admin/workbook/targets                          A    login  ok    ok    deny  deny  deny
            GET    /admin/workbook/wards                            A    login  ok    ok    deny  deny  deny
            GET    /admin/workbook/template                         A    login  ok    ok    deny  deny  deny
            POST   /admin/workbook/imports                          A    login  ok    ok    deny  deny  deny
            GET    /admin/workbook/imports/{id}                     A    login  ok    ok    deny  deny  deny
            POST   /admin/workbook/imports/{id}/confirm             A    login  ok    ok    deny  deny  deny
            GET    /admin/annual-report                             A    login  ok    ok    deny  deny  deny
            GET    /admin/annual-report/{planId}/{year}             A    login  ok    ok    deny  deny  deny
            POST   /admin/annual-report/{planId}/{year}             A    login  ok    ok    deny  deny  deny
            GET    /admin/annual-report/{planId}/{year}/docx        A    login  ok    ok    deny  deny  deny
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final AccessFixture data = new AccessFixture();

    @BeforeEach
    void data() {
        data.create(jdbc);
    }

    /** One line of {@link #MATRIX}. */
    record Row(String method, String pattern, String sample, List<String> outcomes) {
        static Row parse(String line) {
            String[] f = line.trim().split("\\s+");
            assertThat(f).as("matrix line %s", line).hasSize(9);
            return new Row(f[0], f[1], f[2], List.of(f).subList(3, 9));
        }

        String route() {
            return method + " " + pattern;
        }
    }

    static List<Row> rows() {
        return MATRIX.lines().filter(l -> !l.isBlank() && !l.trim().startsWith("#")).map(Row::parse).toList();
    }

    /** Every route of the handler mappings, as "METHOD /pattern", with the handler method. */
    Map<String, HandlerMethod> routes() {
        Map<String, HandlerMethod> routes = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.put("GET " + pattern, e.getValue()); // no method given (the error controller): GET
                }
                methods.forEach(m -> routes.put(m.name() + " " + pattern, e.getValue()));
            }
        }
        return routes;
    }

    @Test
    void everyRouteIsClassifiedAndEveryLineIsARoute() {
        Set<String> classified = new TreeSet<>();
        rows().forEach(r -> classified.add(r.route()));
        Set<String> unclassified = new TreeSet<>(routes().keySet());
        unclassified.removeAll(classified);
        assertThat(unclassified).as("routes with no line in AccessMatrixTests.MATRIX: add one").isEmpty();
        Set<String> stale = new TreeSet<>(classified);
        stale.removeAll(routes().keySet());
        assertThat(stale).as("lines of MATRIX that are no route").isEmpty();
    }

    @Test
    void everyRouteByEveryCaller() throws Exception {
        Map<String, HandlerMethod> routes = routes();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Set<String> covered = new LinkedHashSet<>();
        for (Row row : rows()) {
            HandlerMethod handler = routes.get(row.route());
            assertThat(handler).as(row.route()).isNotNull();
            for (int i = 0; i < AccessFixture.CALLERS.size(); i++) {
                String caller = AccessFixture.CALLERS.get(i);
                MockHttpServletResponse response = inSavepoint(request(row, handler, caller));
                String problem = verdict(row.outcomes().get(i), response);
                if (problem != null) {
                    failures.add(row.route() + " [" + row.sample() + "] as " + caller + ": expected "
                            + row.outcomes().get(i) + ", got " + problem);
                }
                checked++;
            }
            covered.add(row.route());
        }
        System.out.printf("Access matrix: %d routes, %d lines x %d callers = %d requests checked%n",
                covered.size(), rows().size(), AccessFixture.CALLERS.size(), checked);
        assertThat(failures).isEmpty();
        assertThat(covered).hasSize(routes.size());
    }

    /**
     * CSRF: every POST route (multipart uploads included), sent by a caller allowed to use it but without the token,
     * is refused with 403 and reaches no controller.
     */
    @Test
    void everyPostWithoutCsrfTokenIsRefused() throws Exception {
        Map<String, HandlerMethod> routes = routes();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Row row : rows()) {
            if (!row.method().equals("POST") || !row.sample().equals("A")) {
                continue;
            }
            String caller = AccessFixture.CALLERS.get(row.outcomes().indexOf("ok"));
            HandlerMethod handler = routes.get(row.route());
            MockHttpServletResponse invalid = inSavepoint(request(row, handler, caller, false).with(csrf().useInvalidToken()));
            MockHttpServletResponse missing = inSavepoint(request(row, handler, caller, false));
            for (MockHttpServletResponse r : List.of(invalid, missing)) {
                if (r.getStatus() != 403) {
                    failures.add(row.route() + " as " + caller + " without a valid CSRF token: " + r.getStatus());
                }
            }
            checked++;
        }
        System.out.printf("CSRF: %d POST routes refused without a token%n", checked);
        assertThat(failures).isEmpty();
        assertThat(checked).isEqualTo(routes.keySet().stream().filter(r -> r.startsWith("POST ")).count());
    }

    /**
     * Runs the request inside a JDBC savepoint of the test's transaction, rolled back afterwards (and the persistence
     * context cleared), so that no request changes what the next one sees.
     */
    private MockHttpServletResponse inSavepoint(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        em.flush();
        Savepoint savepoint = connection.setSavepoint();
        try {
            return mvc.perform(request).andReturn().getResponse();
        } finally {
            em.clear();
            connection.rollback(savepoint);
        }
    }

    /** @return null when the response is the expected outcome, else what was got */
    static String verdict(String expected, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.matches("(https?://[^/]+)?/login(\\?.*)?");
        String got = status + (location == null ? "" : " → " + location);
        boolean fits = switch (expected) {
            case "login" -> toLogin;
            case "deny" -> status == 403;
            case "hide" -> status == 403 || status == 404;
            case "ok" -> !toLogin && status < 500 && status != 401 && status != 403 && status != 404;
            case "open" -> !toLogin && status != 401 && status != 403;
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        };
        return fits ? null : got;
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Row row, HandlerMethod handler, String caller) {
        return request(row, handler, caller, true);
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Row row, HandlerMethod handler, String caller, boolean token) {
        String url = UriComponentsBuilder.fromPath(row.pattern()).buildAndExpand(data.pathVariables(row.pattern(), row.sample()))
                .toUriString();
        boolean upload = false;
        AbstractMockHttpServletRequestBuilder<?> request;
        for (var p : handler.getMethodParameters()) {
            upload |= p.getParameterType() == MultipartFile.class;
        }
        if (upload) {
            request = multipart(url).file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4 x".getBytes()));
        } else {
            request = row.method().equals("POST") ? post(url) : get(url);
        }
        for (var p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && p.getParameterType() != MultipartFile.class) {
                String name = rp.name().isEmpty() ? (rp.value().isEmpty() ? p.getParameterName() : rp.value()) : rp.name();
                String value = data.requestParam(name, row);
                if (value != null) {
                    request.param(name, value);
                }
            }
        }
        data.formFields(row).forEach(request::param);
        if (token) {
            request.with(csrf());
        }
        var principal = data.principal(caller);
        return principal == null ? request : request.with(user(principal));
    }
}
