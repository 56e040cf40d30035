package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.FixedClock;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The Vietnamese error pages (templates/error: 403, 404, 409, 413, 4xx for 400 and the rest, 5xx for 500) show a
 * title and advice, never the exception, its message or a stack trace. MockMvc does not forward to the error page the
 * way the servlet container does, so each status is also rendered through {@code /error} with the container's
 * request attributes, including an exception whose message must not leak.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"400, Yêu cầu không hợp lệ", "403, Không có quyền truy cập", "404, Không tìm thấy trang",
            "409, Dữ liệu vừa bị thay đổi", "500, Hệ thống gặp sự cố"})
    void eachStatusHasAVietnamesePageWithoutInternals(int status, String title) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(user(staff()))
                        .requestAttr("jakarta.servlet.error.status_code", status)
                        .requestAttr("jakarta.servlet.error.request_uri", "/targets/1")
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("bí mật SELECT * FROM app_user"))
                        .requestAttr("jakarta.servlet.error.message", "bí mật SELECT * FROM app_user"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(status);
        assertNoInternals(r, title);
    }

    @Test
    void realRequestsGetTheVietnamesePages() throws Exception {
        assertNoInternals(mvc.perform(get("/targets/{id}", 99_999_999).with(user(staff()))).andReturn().getResponse(),
                "Không tìm thấy trang");
        CurrentUser ward = new CurrentUser("pb", "x", "Cán bộ phường", Role.WARD_OFFICER, 1L, true);
        MockHttpServletResponse denied = mvc.perform(get("/admin/users").with(user(ward))).andReturn().getResponse();
        assertThat(denied.getStatus()).isEqualTo(403);
    }

    private static void assertNoInternals(MockHttpServletResponse r, String title) throws Exception {
        String body = r.getContentAsString();
        assertThat(body).contains("<title>" + title).contains("lang=\"vi\"")
                .doesNotContain("Exception").doesNotContain("bí mật").doesNotContain("SELECT")
                .doesNotContain("at vn.ansinh").doesNotContain("Whitelabel").doesNotContain("trace");
    }
}
