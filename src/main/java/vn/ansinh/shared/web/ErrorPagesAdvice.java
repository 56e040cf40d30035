package vn.ansinh.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.shared.NotFoundException;

/**
 * Turns a missing record into the Vietnamese 404 page, and an upload over the size limit into the 413 page,
 * instead of a stack trace or a 500.
 */
@ControllerAdvice
class ErrorPagesAdvice {

    /** An upload over the limit: back to the page of the form with the message, or the 413 page. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Matcher m = SCAN_UPLOAD.matcher(request.getRequestURI());
        if (m.matches()) {
            redirect.addFlashAttribute("error", "report.error.scanTooLarge");
            return "redirect:/reports/" + m.group(1);
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return "error/413";
    }

    private static final Pattern SCAN_UPLOAD = Pattern.compile(".*/reports/(\\d+)/scan");

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
