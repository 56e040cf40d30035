package vn.ansinh.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.ansinh.shared.NotFoundException;

/**
 * Turns a missing record into the Vietnamese 404 page, and an upload over the size limit into the 413 page,
 * instead of a stack trace or a 500.
 */
@ControllerAdvice
class ErrorPagesAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge() {
        return "error/413";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
