package org.amity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers are formatted the same under every default locale: no call formats with the JVM's default
 * locale (a German default would print "0,864" for 0.864, breaking scripts that read the text
 * output and making two users' reports differ). Each formatting call names its locale, {@code
 * Locale.ROOT}. Shared by the three modules' architecture tests through the core's test jar.
 */
public final class LocaleRule {
  private LocaleRule() {}

  /**
   * The rule, over every class but those {@code exempt} (fully qualified names; their nested
   * classes too).
   */
  public static ArchRule numbersFormatWithoutTheDefaultLocale(String... exempt) {
    String names =
        Arrays.stream(exempt).map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
    ClassesShouldConjunction rule =
        noClasses()
            .that()
            .haveNameNotMatching(names + "(\\$.*)?")
            .should()
            .callMethod(String.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(String.class, "formatted", Object[].class)
            .orShould()
            .callMethod(PrintStream.class, "printf", String.class, Object[].class)
            .orShould()
            .callMethod(PrintStream.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(PrintWriter.class, "printf", String.class, Object[].class)
            .orShould()
            .callMethod(PrintWriter.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(NumberFormat.class, "getInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getNumberInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getPercentInstance")
            .orShould()
            .callConstructor(DecimalFormat.class, String.class);
    return rule.as("numbers are formatted with a named locale (Locale.ROOT), never the default");
  }
}
