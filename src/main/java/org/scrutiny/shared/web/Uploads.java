package org.scrutiny.shared.web;

import java.io.IOException;
import java.util.Optional;
import org.scrutiny.shared.UploadedFile;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** Reads the file sent with a form, with a field error when it was not sent or cannot be read. */
public final class Uploads {

    private Uploads() {}

    /** The file sent in {@code field}; empty, with no error, when none was chosen. */
    public static Optional<UploadedFile> optional(MultipartFile file, BindingResult result, String field) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UploadedFile(file.getOriginalFilename(), file.getBytes()));
        } catch (IOException e) {
            result.rejectValue(field, "unreadable", "The selected file could not be uploaded: try again");
            return Optional.empty();
        }
    }

    /** The file sent in {@code field}; empty, with {@code missing} as the error, when none was chosen. */
    public static Optional<UploadedFile> required(
            MultipartFile file, BindingResult result, String field, String missing) {
        if (file == null || file.isEmpty()) {
            result.rejectValue(field, "required", missing);
            return Optional.empty();
        }
        return optional(file, result, field);
    }
}
