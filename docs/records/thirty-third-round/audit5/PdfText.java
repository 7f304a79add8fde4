import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
public class PdfText {
  public static void main(String[] a) throws Exception {
    try (PDDocument d = Loader.loadPDF(new File(a[0]))) {
      System.out.println("pages: " + d.getNumberOfPages());
      System.out.print(new PDFTextStripper().getText(d));
    }
  }
}
