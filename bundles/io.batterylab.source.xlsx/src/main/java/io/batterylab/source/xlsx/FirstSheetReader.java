package io.batterylab.source.xlsx;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.source.table.ByteSizes;
import io.batterylab.source.table.Failures;
import io.batterylab.source.table.ImportLimitExceededException;
import io.batterylab.source.table.LimitedInputStream;
import io.batterylab.source.table.TableSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX workbook with POI's SAX event API: memory stays flat however
 * many rows there are (the user model would hold the whole sheet). Only the shared-strings table is
 * held, as POI needs it to resolve text cells.
 *
 * <p>Numbers arrive as the values stored in the file, not as Excel displays them (see
 * {@link StoredNumbers}), so a cell formatted "0.00" still yields all its digits.
 *
 * <p>Against zip bombs, POI's {@link org.apache.poi.openxml4j.util.ZipSecureFile} already refuses
 * entries that inflate more than 100-fold (its default, left unchanged because it is JVM-wide); on
 * top of that each part read here may unpack to at most {@link #UNPACKED_FACTOR} times the import
 * limit, and the sheet is bounded by the row limit.
 */
final class FirstSheetReader {
    /** XLSX sheets of numbers compress some 5- to 10-fold; 20 leaves room without inviting bombs. */
    static final int UNPACKED_FACTOR = 20;
    /** How POI's ZipSecureFile checks begin their message; they throw a plain IOException. */
    private static final String POI_ZIP_BOMB = "Zip bomb detected";

    private FirstSheetReader() {
    }

    static void read(Path workbook, long maxBytes, TableSink sink) throws ImportException {
        long unpackedLimit = maxBytes > Long.MAX_VALUE / UNPACKED_FACTOR ? Long.MAX_VALUE : maxBytes * UNPACKED_FACTOR;
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg, unpackedLimit);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException(ValidationIssue.error(null, null, "the workbook has no sheet"));
            }
            try (InputStream sheet = limited(sheets.next(), unpackedLimit)) {
                XMLReader parser = XMLHelper.newXMLReader();
                // the styles only make POI hand each numeric cell to the formatter, which ignores them
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(sink), new StoredNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (SheetRows.Rejected e) {
            throw e.rejection();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw unreadable("this is an Excel 97-2003 workbook (.xls); save it as .xlsx and upload that");
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | POIXMLException
                | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            if (Failures.innermostMessage(e).startsWith(POI_ZIP_BOMB)) {
                throw unreadable("the workbook unpacks to far more than its packed size (a possible zip bomb): refused");
            }
            throw ImportLimitExceededException.findIn(e).map(limit -> new ImportException(limit.issue()))
                    .orElseGet(() -> unreadable("not a readable XLSX workbook (truncated or damaged?): " + Failures.innermostMessage(e)));
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close without saving
            }
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, long unpackedLimit)
            throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream());
        }
        try (InputStream in = limited(parts.get(0).getInputStream(), unpackedLimit)) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    private static InputStream limited(InputStream part, long unpackedLimit) {
        return new LimitedInputStream(part, unpackedLimit, "the workbook unpacks to more than "
                + ByteSizes.describe(unpackedLimit) + ", " + UNPACKED_FACTOR + " times the import limit");
    }

    private static ImportException unreadable(String message) {
        return new ImportException(ValidationIssue.error(null, null, message));
    }
}
