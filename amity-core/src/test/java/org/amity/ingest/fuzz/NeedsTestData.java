package org.amity.ingest.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.amity.testing.TestData;

/** Skips a property container, with the reason, when the shared data folder is not configured. */
public final class NeedsTestData implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return TestData.available()
        ? SkipResult.doNotSkip()
        : SkipResult.skip(
            TestData.VARIABLE + " is not set: the fuzzing seeds are shared data files");
  }
}
