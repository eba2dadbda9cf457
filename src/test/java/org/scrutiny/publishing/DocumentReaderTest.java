package org.scrutiny.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.support.Papers;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void a_tagged_pdf_is_recognised_by_its_content_whatever_its_name() {
        byte[] pdf = Papers.taggedPdf("Budget monitoring report", 2);

        DocumentReader.Read read = reader.read(pdf, "budget.txt");

        assertThat(read.isPdf()).isTrue();
        assertThat(read.pageCount()).isEqualTo(2);
        assertThat(read.tagged()).isTrue();
        assertThat(read.text()).contains("Text of Budget monitoring report, page 2.");
    }

    @Test
    void an_untagged_pdf_is_read_and_marked_as_not_tagged() {
        DocumentReader.Read read = reader.read(Papers.untaggedPdf("Estates strategy", 3), "estates.pdf");

        assertThat(read.tagged()).isFalse();
        assertThat(read.pageCount()).isEqualTo(3);
        assertThat(read.text()).contains("Estates strategy");
    }

    @Test
    void a_word_document_gives_its_text_and_simple_html() {
        byte[] docx = Papers.docx("Commissioner's annual report", "Crime fell by 4% in the year to March 2022.");

        DocumentReader.Read read = reader.read(docx, "annual-report.pdf");

        assertThat(read.mediaType()).isEqualTo(DocumentReader.DOCX.toString());
        assertThat(read.text()).contains("Crime fell by 4% in the year to March 2022.");
        assertThat(reader.html(docx))
                .contains("<h1>Commissioner's annual report</h1>")
                .doesNotContain("<html");
    }

    @Test
    void a_password_protected_pdf_is_refused_with_a_reason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            document.save(out);
        }

        assertThatThrownBy(() -> reader.read(out.toByteArray(), "locked.pdf"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("‘locked.pdf’ is protected by a password");
    }

    @Test
    void a_pdf_that_runs_javascript_when_opened_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(Papers.taggedPdf("Budget", 1))) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello')"));
            document.save(out);
        }

        assertThatThrownBy(() -> reader.read(out.toByteArray(), "budget.pdf"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageStartingWith("‘budget.pdf’ contains JavaScript, which the panel does not publish");
    }

    @Test
    void a_pdf_with_an_attached_file_or_a_launch_action_is_refused() throws Exception {
        ByteArrayOutputStream attached = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(Papers.taggedPdf("Budget", 1))) {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ".getBytes()));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("run.exe");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("run.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            document.save(attached);
        }
        assertThatThrownBy(() -> reader.read(attached.toByteArray(), "budget.pdf"))
                .hasMessageContaining("contains an attached file");

        ByteArrayOutputStream launching = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(Papers.taggedPdf("Budget", 1))) {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
            document.getDocumentCatalog().setOpenAction(launch);
            document.save(launching);
        }
        assertThatThrownBy(() -> reader.read(launching.toByteArray(), "budget.pdf"))
                .hasMessageContaining("contains an action (Launch)");
    }

    @Test
    void a_word_document_that_unpacks_to_far_more_than_it_weighs_is_refused_when_it_arrives() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Papers.docx("Budget", "Figures.")));
                ZipOutputStream zip = new ZipOutputStream(bomb)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).as("a small file").isLessThan(200_000);

        assertThatThrownBy(() -> reader.read(bomb.toByteArray(), "budget.docx"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("‘budget.docx’ unpacks to far more than its size");
    }

    @Test
    void a_damaged_pdf_is_refused_with_a_reason() {
        byte[] pdf = Papers.taggedPdf("Budget", 1);
        byte[] damaged = Arrays.copyOf(pdf, 40);

        assertThatThrownBy(() -> reader.read(damaged, "budget.pdf"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("‘budget.pdf’ is damaged");
    }

    @Test
    void other_files_are_refused_whatever_their_name() {
        byte[] text = "Minutes of the meeting".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(text, "minutes.pdf"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("must be a PDF or a Word document")
                .hasMessageContaining("text/plain");
        assertThatThrownBy(() -> reader.read(new byte[0], "empty.pdf")).hasMessage("The selected file is empty");
    }
}
