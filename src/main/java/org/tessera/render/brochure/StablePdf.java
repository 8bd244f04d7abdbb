package org.tessera.render.brochure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Makes a PDF the same bytes for the same brochure: the engine stamps the time of the build and a random file
 * identifier; these become the edition's date and an identifier drawn from the brochure's content. So a rebuild
 * that changes nothing changes no file, and a partial rebuild gives what a full one gives.
 */
final class StablePdf {

    private static final Pattern XMP_DATE = Pattern.compile("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)");

    private StablePdf() {
    }

    /**
     * Dates {@code doc} {@code date} (midnight UTC) and identifies it by a digest of {@code content}; called just
     * before the engine saves it, so the PDF is written once.
     */
    static void stamp(PDDocument doc, LocalDate date, String content) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        try {
            doc.getDocumentInformation().setCreationDate(when);
            if (doc.getDocumentInformation().getModificationDate() != null) {
                doc.getDocumentInformation().setModificationDate(when);
            }
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                String xmp;
                try (InputStream in = metadata.exportXMPMetadata()) {
                    xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String iso = date + "T00:00:00Z";
                try (OutputStream out = metadata.getCOSObject().createOutputStream()) {
                    out.write(XMP_DATE.matcher(xmp).replaceAll("$1" + iso + "$2").getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] id = digest(content);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().setDocumentID(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] digest(String content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has MD5
        }
    }
}
