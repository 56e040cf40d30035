package vn.ansinh.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.ansinh.shared.NotFoundException;

/**
 * Turns a missing record into the Vietnamese 404 page instead of a stack trace or a 500.
 */
@ControllerAdvice
class ErrorPagesAdvice {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
