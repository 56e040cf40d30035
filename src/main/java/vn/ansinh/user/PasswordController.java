package vn.ansinh.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person sets their own password; required after an administrator created the account or reset the password.
 */
@Controller
class PasswordController {

    private final AccountService accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form() {
        return "user/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(required = false) String current, @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String confirm, @AuthenticationPrincipal CurrentUser user,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String error = PasswordPolicy.problem(user.getUsername(), newPassword);
        if (error == null && !newPassword.equals(confirm)) {
            error = "account.error.confirm";
        }
        if (error == null) {
            try {
                CurrentUser refreshed = accounts.changeOwnPassword(user, current, newPassword);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                        refreshed.getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                redirect.addFlashAttribute("flashNotice", "account.passwordChanged");
                return "redirect:/";
            } catch (AccountException e) {
                error = e.getMessageKey();
            }
        }
        model.addAttribute("error", error);
        return "user/password";
    }
}
