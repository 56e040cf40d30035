package vn.ansinh.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.ansinh.shared.TypedText;

/**
 * Every string bound from a request (form fields and request parameters) loses the control characters nobody types,
 * so a NUL byte can never reach PostgreSQL as a server error, whichever form it comes through.
 */
@ControllerAdvice(basePackages = "vn.ansinh")
class TypedTextAdvice {

    @InitBinder
    void strings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(TypedText.withoutControls(text));
            }
        });
    }
}
