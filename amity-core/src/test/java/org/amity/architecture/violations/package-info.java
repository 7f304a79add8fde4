/**
 * Classes that break the architecture rules on purpose, so each rule is shown to fail on them (they
 * are test classes: the rules over the real code never see them).
 */
package org.amity.architecture.violations;
