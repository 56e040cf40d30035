package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.ansinh.orgunit.OrgUnitKind;
import vn.ansinh.plan.PlanResponsibility;
import vn.ansinh.report.ReportState;
import vn.ansinh.report.Timeliness;
import vn.ansinh.target.Area;
import vn.ansinh.target.Assessment;
import vn.ansinh.target.StatusAssessment;
import vn.ansinh.target.TargetKind;
import vn.ansinh.target.TargetStatus;
import vn.ansinh.user.Role;

/**
 * Every message key the templates and code use exists in the Vietnamese bundle, and the bundle and the plan data
 * are correct Vietnamese.
 */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9_.]+\\.)'");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:value|number|gap|goal|milestone|unit|reason|assessment)\\.[a-zA-Z.]+)\"");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(RESOURCES.resolve("messages.properties")), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<String> matches(Pattern pattern, Path root, String suffix) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        for (String key : matches(TEMPLATE_KEY, RESOURCES.resolve("templates"), ".html")) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        for (String key : matches(CODE_KEY, Path.of("src/main/java"), ".java")) {
            if (!key.endsWith(".") && !bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("message keys missing from messages.properties").isEmpty();
        assertThat(matches(TEMPLATE_KEY, RESOURCES.resolve("templates"), ".html")).hasSizeGreaterThan(100);
    }

    @Test
    void everyEnumShownInThePagesHasALabel() throws IOException {
        Properties bundle = bundle();
        Set<String> prefixes = new TreeSet<>(matches(DYNAMIC_KEY, RESOURCES.resolve("templates"), ".html"));
        assertThat(prefixes).contains("status.", "area.", "kind.", "role.", "assessment.", "plan.scope.");
        Set<String> missing = new TreeSet<>();
        check(bundle, missing, "status.", TargetStatus.values());
        check(bundle, missing, "area.", Area.values());
        check(bundle, missing, "kind.", TargetKind.values());
        check(bundle, missing, "role.", Role.values());
        check(bundle, missing, "assessment.", Assessment.values());
        check(bundle, missing, "reason.", StatusAssessment.Reason.values());
        check(bundle, missing, "reportState.", ReportState.values());
        check(bundle, missing, "timeliness.", Timeliness.Status.values());
        for (String s : new String[]{"LATE", "MISSING"}) {
            if (!bundle.containsKey("timeliness." + s + ".days")) {
                missing.add("timeliness." + s + ".days");
            }
        }
        for (PlanResponsibility.Scope s : PlanResponsibility.Scope.values()) {
            if (s != PlanResponsibility.Scope.UNITS && !bundle.containsKey("plan.scope." + s)) {
                missing.add("plan.scope." + s);
            }
        }
        assertThat(OrgUnitKind.values()).hasSize(6);
        assertThat(missing).isEmpty();
    }

    private static void check(Properties bundle, Set<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            if (!bundle.containsKey(prefix + v.name())) {
                missing.add(prefix + v.name());
            }
        }
    }

    @Test
    void theBundleIsCorrectVietnamese() throws IOException {
        StringBuilder text = new StringBuilder();
        bundle().values().forEach(v -> text.append(v).append('\n'));
        VietnameseText.assertCorrect("messages.properties", text.toString());
    }

    @Test
    void thePlanDataIsCorrectVietnamese() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("db"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".sql")).sorted().toList()) {
                // the string literals of the SQL: the text the app shows (codes, enum names and login names left out)
                String sql = Files.readString(f).replaceAll("(?m)^\\s*--.*$", "");
                Matcher m = Pattern.compile("'((?:[^']|'')*)'").matcher(sql);
                while (m.find()) {
                    String literal = m.group(1).replace("''", "'").replace("\\n", "\n");
                    // search_fold's translate table (V020): every accented letter in one run, not words
                    if (literal.matches("\\p{L}{100,}")) {
                        continue;
                    }
                    if (!literal.matches("[A-Z0-9_\\-.:/ ]*") && !literal.matches("[a-z0-9.\\-]+") && !literal.startsWith("$2a$") && !literal.contains("@") && !literal.startsWith("^")) {
                        text.append(literal).append('\n');
                    }
                }
            }
        }
        assertThat(text.length()).as("text found in the migrations").isGreaterThan(40_000);
        VietnameseText.assertCorrect("db/**/*.sql", text.toString());
    }
}
