package org.scrutiny.shared.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.util.function.UnaryOperator;
import org.scrutiny.shared.TypedText;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one gate for text: every form field and request parameter bound to a String, in every
 * controller, passes through {@link TypedText} before any form or service sees it, on one line
 * unless the form marks the field {@link MultiLine}. A value that cannot be bound at all (letters
 * where a number belongs, text where a file belongs) becomes a message on its field in plain
 * words, never the converter's own.
 */
@ControllerAdvice
class TypedTextBinding {

    @InitBinder
    void cleanTypedText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TypedTextEditor(TypedText::oneLine));
        // A form bound to a new object is made after this binder (constructor binding), so its
        // fields are found from the type the binder was made for.
        Object target = binder.getTarget();
        Class<?> formType = target != null
                ? target.getClass()
                : binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (formType != null) {
            for (Class<?> type = formType; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(MultiLine.class)) {
                        binder.registerCustomEditor(
                                String.class, field.getName(), new TypedTextEditor(TypedText::clean));
                    }
                }
            }
        }
        binder.setBindingErrorProcessor(new PlainBindingErrors());
    }

    private static final class TypedTextEditor extends PropertyEditorSupport {

        private final UnaryOperator<String> gate;

        TypedTextEditor(UnaryOperator<String> gate) {
            this.gate = gate;
        }

        @Override
        public void setAsText(String text) {
            setValue(gate.apply(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    private static final class PlainBindingErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            String field = ex.getPropertyName();
            Class<?> required = ex instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
            String message = required != null && MultipartFile.class.isAssignableFrom(required)
                    ? "Choose a file to upload"
                    : "Enter a valid " + Sentences.words(field);
            bindingResult.addError(new FieldError(
                    bindingResult.getObjectName(),
                    field,
                    ex.getValue(),
                    true,
                    bindingResult.resolveMessageCodes(ex.getErrorCode(), field),
                    null,
                    message));
        }
    }
}
