package vn.ansinh.user;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (Vietnamese form; the POST is handled by Spring Security).
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "user/login";
    }
}
