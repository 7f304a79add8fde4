import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
public class PdfFonts {
  public static void main(String[] a) throws Exception {
    try (PDDocument d = Loader.loadPDF(new File(a[0]))) {
      java.util.Set<String> seen = new java.util.TreeSet<>();
      for (PDPage p : d.getPages())
        for (COSName n : p.getResources().getFontNames()) {
          PDFont f = p.getResources().getFont(n);
          seen.add(f.getName() + " embedded=" + f.isEmbedded());
        }
      seen.forEach(System.out::println);
    }
  }
}
