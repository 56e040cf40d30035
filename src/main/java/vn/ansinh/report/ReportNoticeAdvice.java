package vn.ansinh.report;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ansinh.plan.PlanService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Puts the ward officer's pending report reminders on every page of the app (shown by the layout).
 */
@ControllerAdvice(basePackages = "vn.ansinh")
class ReportNoticeAdvice {

    private final ReportService reports;
    private final PlanService plans;

    ReportNoticeAdvice(ReportService reports, PlanService plans) {
        this.reports = reports;
        this.plans = plans;
    }

    @ModelAttribute("reportNotices")
    List<ReportNotice> notices(@AuthenticationPrincipal CurrentUser user) {
        if (user == null || user.getRole() != Role.WARD_OFFICER) {
            return List.of();
        }
        return reports.noticesFor(user, plans.current());
    }
}
