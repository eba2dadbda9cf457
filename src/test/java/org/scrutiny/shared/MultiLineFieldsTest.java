package org.scrutiny.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.web.MultiLine;

/**
 * The one gate for text flattens line breaks except in fields marked {@link MultiLine}: so every
 * text area a template shows is bound to such a field, and every such field is shown as a text
 * area, or a person's paragraphs would be run together, or a name could hold a line break.
 */
class MultiLineFieldsTest {

    private static final Pattern TEXT_AREA_FRAGMENT = Pattern.compile("textArea\\(field='([^']+)'");
    private static final Pattern RAW_TEXT_AREA = Pattern.compile("<textarea[^>]*?\\bname=\"([^\"]+)\"", Pattern.DOTALL);

    private static String lastPart(String path) {
        String name = path.replaceAll("\\[[^]]*]", "");
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Set<String> textAreasInTemplates() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                for (Pattern pattern : new Pattern[] {TEXT_AREA_FRAGMENT, RAW_TEXT_AREA}) {
                    Matcher m = pattern.matcher(html);
                    while (m.find()) {
                        if (!m.group(1).contains("$")) {
                            names.add(lastPart(m.group(1)));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> multiLineFields() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.scrutiny");
        Set<String> names = new TreeSet<>();
        classes.forEach(type -> type.getFields().stream()
                .filter(field -> field.isAnnotatedWith(MultiLine.class))
                .map(JavaField::getName)
                .forEach(names::add));
        return names;
    }

    @Test
    void every_text_area_is_bound_to_a_field_that_keeps_its_line_breaks_and_every_such_field_is_a_text_area()
            throws IOException {
        Set<String> textAreas = textAreasInTemplates();
        Set<String> multiLine = multiLineFields();

        assertThat(textAreas).as("the templates have text areas").hasSizeGreaterThan(20);
        assertThat(multiLine)
                .as("fields marked @MultiLine, against the text areas of the templates")
                .containsAll(textAreas);
        assertThat(textAreas)
                .as("text areas of the templates, against the fields marked @MultiLine")
                .containsAll(multiLine);
    }
}
