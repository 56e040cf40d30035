package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-less user of a running app over real HTTP: its own cookie jar (the Spring Session cookie), the CSRF
 * token read from the last page's form, no redirect following (tests look at the 302s). For tests that need the real
 * servlet container, session store and connection pool rather than MockMvc.
 */
final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String csrf;

    /** @param base e.g. {@code http://localhost:8080} */
    SignedInClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in through the login form; fails the test unless the app answers with a redirect away from the form. */
    SignedInClient signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of " + username)
                .doesNotContain("/login");
        return this;
    }

    /** GET; remembers the CSRF token of the page's first form. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** POST of a form with the remembered CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return http.send(postRequest(path, form), HttpResponse.BodyHandlers.ofString());
    }

    /** The same POST, sent without waiting for the answer. */
    CompletableFuture<HttpResponse<String>> postAsync(String path, Map<String, String> form) {
        return http.sendAsync(postRequest(path, form), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest postRequest(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
