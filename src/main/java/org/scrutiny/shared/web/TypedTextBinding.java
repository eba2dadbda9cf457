package org.scrutiny.shared.web;

import java.beans.PropertyEditorSupport;
import org.scrutiny.shared.TypedText;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one gate for text: every form field and request parameter bound to a String, in every
 * controller, passes through {@link TypedText#clean} before any form or service sees it.
 */
@ControllerAdvice
class TypedTextBinding {

    @InitBinder
    void cleanTypedText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(TypedText.clean(text));
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
