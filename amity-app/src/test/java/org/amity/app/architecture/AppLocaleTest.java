package org.amity.app.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.amity.architecture.LocaleRule;
import org.junit.jupiter.api.Test;

/**
 * The application formats numbers with a named locale, never the JVM's default (the rule and the
 * proof that it can fail are in the core's {@code LocaleTest}).
 */
class AppLocaleTest {
  @Test
  void theApplicationFormatsNumbersWithANamedLocale() {
    LocaleRule.numbersFormatWithoutTheDefaultLocale()
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.amity.app"));
  }
}
