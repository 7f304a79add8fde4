package org.amity.app.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Prints a report's XHTML to PDF with openhtmltopdf: DejaVu Sans (shipped with Amity, see {@code
 * fonts/LICENSE-DejaVu.txt}) embedded as a subset, so the PDF reads the same everywhere; inline SVG
 * drawn as vectors by Batik; nothing fetched from the network.
 */
final class PdfPrinter {
  static final String FAMILY = "DejaVu Sans";
  private static final String FONTS = "/org/amity/app/report/fonts/";

  static {
    // openhtmltopdf logs every stage at INFO through loggers of its own: keep warnings only
    for (String name : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(name, Level.WARNING);
    }
  }

  private PdfPrinter() {}

  static byte[] print(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
      b.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
      b.useSVGDrawer(new BatikSVGDrawer());
      b.withHtmlContent(xhtml, null);
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the report to PDF: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String name) {
    InputStream in = PdfPrinter.class.getResourceAsStream(FONTS + name);
    if (in == null) {
      throw new IllegalStateException("font " + name + " is missing from the build");
    }
    return in;
  }
}
