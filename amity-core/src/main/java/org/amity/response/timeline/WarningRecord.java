package org.amity.response.timeline;

import java.time.LocalDate;
import org.amity.signal.Level;
import org.amity.signal.Scope;

/**
 * A situation that reached warning level or above.
 *
 * @param firstWarning the day its first alert at warning level or above opened (the alert's first
 *     period: the store keeps an alert's peak level, not the day it reached it, so this can be a
 *     few periods before the warning itself; the delays measured from it are then slightly long)
 * @param threatType its main threat type (largest share of its evidence), or "untyped"
 */
public record WarningRecord(
    long situationId,
    Scope scope,
    String subject,
    String title,
    LocalDate firstWarning,
    Level peak,
    String threatType) {}
