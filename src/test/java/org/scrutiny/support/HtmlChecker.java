package org.scrutiny.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The W3C HTML checker (Nu Html Checker), run in-process on a page's markup. */
public final class HtmlChecker {

    private HtmlChecker() {}

    /** The checker's errors for {@code html}; empty when the page is valid HTML. */
    public static List<String> errorsIn(String html) {
        try {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return report.lines()
                    .filter(line -> line.contains(": error:") || line.contains("fatal"))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker could not run", e);
        }
    }
}
