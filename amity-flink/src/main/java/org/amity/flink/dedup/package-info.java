/** De-duplication of events by (dataset, native id) in keyed state. */
package org.amity.flink.dedup;
