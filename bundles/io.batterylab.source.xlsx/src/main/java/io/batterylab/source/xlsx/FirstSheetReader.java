package io.batterylab.source.xlsx;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
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
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX workbook with POI's SAX event API: the reader holds one row at
 * a time (the user model would hold the whole sheet); the {@link TableSink} keeps what it accepts.
 * The shared-strings table is held too, as POI needs it to resolve text cells.
 *
 * <p>Numbers arrive as the values stored in the file, not as Excel displays them (see
 * {@link StoredNumbers}), so a cell formatted "0.00" still yields all its digits.
 *
 * <p>The sheet is read twice: a {@link SheetCensus} first counts rows and cells and refuses a sheet past the limits in
 * constant memory, then the rows are read. The shared-strings table is bounded by {@link #MAX_SHARED_STRINGS_BYTES}.
 *
 * <p>Against zip bombs, POI's {@link org.apache.poi.openxml4j.util.ZipSecureFile} already refuses
 * entries that inflate more than 100-fold (its default, left unchanged because it is JVM-wide); on
 * top of that each part read here may unpack to at most {@link #UNPACKED_FACTOR} times the import
 * limit, and the sheet is bounded by the row limit.
 */
final class FirstSheetReader {
    /** XLSX sheets of numbers compress some 5- to 10-fold; 20 leaves room without inviting bombs. */
    static final int UNPACKED_FACTOR = 20;
    /**
     * The shared-strings table (every distinct text of the workbook) is held in memory while the sheet is read, so it
     * is bounded on its own: battery ids and a header need kilobytes, not this.
     */
    static final long MAX_SHARED_STRINGS_BYTES = 16L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(FirstSheetReader.class.getName());
    /** How POI's ZipSecureFile checks begin their message; they throw a plain IOException. */
    private static final String POI_ZIP_BOMB = "Zip bomb detected";

    private FirstSheetReader() {
    }

    static void read(Path workbook, ImportLimits limits, TableSink sink) throws ImportException {
        long maxBytes = limits.maxBytes();
        long unpackedLimit = maxBytes > Long.MAX_VALUE / UNPACKED_FACTOR ? Long.MAX_VALUE : maxBytes * UNPACKED_FACTOR;
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            parse(firstSheet(reader, unpackedLimit), new SheetCensus(limits));
            ReadOnlySharedStringsTable strings = sharedStrings(pkg, Math.min(unpackedLimit, MAX_SHARED_STRINGS_BYTES));
            // the styles only make POI hand each numeric cell to the formatter, which ignores them
            parse(firstSheet(reader, unpackedLimit), new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                    new SheetRows(sink), new StoredNumbers(), false));
        } catch (SheetRows.Rejected e) {
            throw e.rejection();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw unreadable("this is an Excel 97-2003 workbook (.xls); save it as .xlsx and upload that");
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | POIXMLException
                | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            if (Failures.innermostMessage(e).startsWith(POI_ZIP_BOMB)) {
                throw unreadable("the workbook unpacks to far more than its packed size (a possible zip bomb): refused");
            }
            if (declaresDoctype(e)) {
                LOG.log(System.Logger.Level.WARNING, "XLSX upload refused: its XML declares a DOCTYPE (external entities)");
                throw unreadable("the workbook's XML declares a DOCTYPE, which Excel never writes and which could "
                        + "smuggle in external entities: refused");
            }
            throw ImportLimitExceededException.findIn(e).map(limit -> new ImportException(limit.issue()))
                    .orElseGet(() -> unreadable("not a readable XLSX workbook (truncated or damaged?): " + Failures.innermostMessage(e)));
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close without saving
            }
        }
    }

    private static InputStream firstSheet(XSSFReader reader, long unpackedLimit)
            throws IOException, OpenXML4JException, ImportException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new ImportException(ValidationIssue.error(null, null, "the workbook has no sheet"));
        }
        return limited(sheets.next(), unpackedLimit);
    }

    private static void parse(InputStream sheet, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (InputStream in = sheet) {
            XMLReader parser = XMLHelper.newXMLReader(); // refuses DOCTYPEs, so no external entity is ever resolved
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        }
    }

    /** The XML parsers of POI and of this reader refuse DOCTYPEs; their message names the parser feature. */
    private static boolean declaresDoctype(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("DOCTYPE")) {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, long limit)
            throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream());
        }
        try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), limit,
                "the workbook's table of texts unpacks to more than " + ByteSizes.describe(limit)
                        + "; a table of battery measurements needs far less")) {
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
