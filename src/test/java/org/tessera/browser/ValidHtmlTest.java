package org.tessera.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every HTML page of the built example edition passes the Nu HTML Checker (the W3C's validator) with no error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidHtmlTest {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private Path dir;
    private ExampleSite site;
    private final NuChecker checker = new NuChecker();

    @BeforeAll
    void build(@TempDir Path dir) {
        this.dir = dir;
        site = ExampleSite.build(dir);
    }

    @Test
    void nu_html_checker_finds_no_error_on_any_page() throws Exception {
        List<String> pages = site.htmlFiles();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String page : pages) {
            Messages messages = check(site.output().resolve(page));
            messages.errors().forEach(e -> errors.add(where(page, e)));
            messages.warnings().forEach(e -> warnings.add(where(page, e)));
        }
        System.out.printf("Nu HTML Checker: %d pages, %d errors, %d warnings and notes%n  %s%n", pages.size(),
                errors.size(), warnings.size(), String.join("\n  ", warnings));
        assertTrue(pages.size() > 10, "the example edition has more than ten pages, found " + pages);
        assertTrue(errors.isEmpty(), () -> errors.size() + " HTML errors:\n  " + String.join("\n  ", errors));
    }

    @Test
    void nu_html_checker_reports_an_invalid_page_with_its_line() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head>\n<body>\n<p>x</p>\n"
                + "<img src=\"photo.jpg\"></body></html>\n");
        List<SAXParseException> errors = check(bad).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).getMessage().contains("alt"), errors.get(0).getMessage());
        assertEquals(5, errors.get(0).getLineNumber());
    }

    private static String where(String page, SAXParseException e) {
        return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** What the checker says about one file: errors, and warnings with informational notes. */
    record Messages(List<SAXParseException> errors, List<SAXParseException> warnings) {
    }

    private Messages check(Path file) throws Exception {
        return checker.check(file);
    }

    /** The checker, set up once (compiling the HTML schema takes seconds), then run file by file. */
    private static final class NuChecker implements ErrorHandler {
        private final List<SAXParseException> errors = new ArrayList<>();
        private final List<SAXParseException> warnings = new ArrayList<>();
        private SimpleDocumentValidator validator;

        synchronized Messages check(Path file) throws Exception {
            if (validator == null) {
                validator = new SimpleDocumentValidator(true, false, false);
                validator.setUpMainSchema(HTML5_SCHEMA, this);
                validator.setUpValidatorAndParsers(this, false, false);
            }
            errors.clear();
            warnings.clear();
            validator.checkHtmlFile(file.toFile(), true);
            return new Messages(List.copyOf(errors), List.copyOf(warnings));
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(e);
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(e);
        }
    }
}
