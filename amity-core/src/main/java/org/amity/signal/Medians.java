package org.amity.signal;

/** Medians by selection (expected linear time), for the detectors' robust scales. */
final class Medians {
  private Medians() {}

  /** The median of {@code a[0, n)}; reorders those elements. */
  static double median(double[] a, int n) {
    if (n == 0) {
      return 0;
    }
    double upper = select(a, 0, n - 1, n / 2);
    if (n % 2 == 1) {
      return upper;
    }
    double lower = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n / 2; i++) {
      lower = Math.max(lower, a[i]); // after selection, a[0, n/2) holds the lower half
    }
    return (lower + upper) / 2;
  }

  /** The k-th smallest of a[lo..hi] (Hoare's selection with a middle pivot). */
  private static double select(double[] a, int lo, int hi, int k) {
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }
}
