package org.amity.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine formats numbers with a named locale, never the JVM's default ({@link LocaleRule}), and
 * the rule fails on a class that does.
 */
class LocaleTest {
  @Test
  void theEngineFormatsNumbersWithANamedLocale() {
    LocaleRule.numbersFormatWithoutTheDefaultLocale()
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.amity"));
  }

  @Test
  void theRuleFailsOnEveryWayOfFormattingWithTheDefaultLocale() {
    assertThatThrownBy(
            () ->
                LocaleRule.numbersFormatWithoutTheDefaultLocale()
                    .check(new ClassFileImporter().importClasses(FormatsInTheDefaultLocale.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("String.format(java.lang.String, [Ljava.lang.Object;)")
        .hasMessageContaining("String.formatted(")
        .hasMessageContaining("PrintStream.printf(")
        .hasMessageContaining("NumberFormat.getInstance()")
        .hasMessageContaining("DecimalFormat.<init>(java.lang.String)");
  }

  /** Breaks the rule on purpose, once for each way. */
  static final class FormatsInTheDefaultLocale {
    String all(double share) {
      System.out.printf("%.3f%n", share);
      return String.format("%.3f", share)
          + "%.1f".formatted(share)
          + java.text.NumberFormat.getInstance().format(share)
          + new java.text.DecimalFormat("0.00").format(share);
    }
  }
}
