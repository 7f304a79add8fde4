package org.amity.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * A baseline share pulled toward the subject's own longer history by as much as that history says
 * the share really moves ({@link DetectorSettings#shareShrinkage}): empirical-Bayes partial
 * pooling, with the prior's spread estimated by the method of moments.
 *
 * <p>The history before the scored period is cut into consecutive blocks of one window each, back
 * from the window's end (the window itself is the first), at most {@link #WINDOWS} of them and none
 * before the floor (a protracted level's new normal). Each block's share {@code p_j} differs from
 * the subject's long-run share for two reasons: sampling (its counts are binomial, over-dispersed
 * by {@code rho}, estimated within blocks, each around its own share: {@link #withinRho}) and real
 * movement of the share from window to window, of variance {@code tau^2}. The sampling variance of
 * a block is known from the same model the score uses, {@code R mu (1 - mu) (V_j + rho W_j) /
 * V_j^2} ({@code V_j} its volume, {@code W_j} the sum of {@code v (v - 1)} over its periods, {@code
 * R} the weight of rolled sums that share days: 1 for a plain series, about 6.4 for 28 sums of
 * seven days); what the blocks spread beyond it is {@code tau^2}, estimated by DerSimonian and
 * Laird's moment estimator (Cochran's Q less its degrees of freedom, never below zero). The
 * window's share is then the posterior mean under a prior of mean {@code mu} (the blocks'
 * random-effects mean) and variance {@code tau^2}: {@code mu + B (p_0 - mu)} with {@code B = tau^2
 * / (tau^2 + sigma_0^2)}. A share that moves from window to window no more than its sampling allows
 * is taken at the long-run level; one that really moves keeps most of its own window's reading.
 */
final class PooledShare {
  /**
   * Blocks of one window each that the pooling looks back over (the window included): half a year
   * of four-week ones. The shortest history that leaves the baseline's error a negligible part of a
   * score's variance: a seven-day sum judged against one window carries a baseline error of about
   * 0.23 of its own variance, against a reference of H windows about 0.23 / H (0.04 at six, 0.02 at
   * twelve), while every window more exposes the reference to a share that has really changed.
   */
  static final int WINDOWS = 6;

  /** Fewer blocks than this (the window and two before it) say nothing about tau: no pooling. */
  static final int MIN_WINDOWS = 3;

  private final int window;

  /** Days each scored value sums (1 for a plain series). */
  private final int span;

  /** R: the variance of a block's sum over the sum of its periods' variances. */
  private final double overlap;

  /**
   * @param window periods per block (the baseline's window)
   * @param span days each scored value sums (1 for a plain series)
   */
  PooledShare(int window, int span) {
    this.window = window;
    this.span = span;
    // a block of rolled sums weighs its days unevenly: the variance of its total is
    // (sum of squared weights) / (sum of weights) times the sum of its periods' variances
    double distinct = window / (1 - (span * (double) span - 1) / (3.0 * window * span));
    this.overlap = window * (double) span / distinct;
  }

  /** One block's sums: numerator, volume and the sum of {@code v (v - 1)} over its periods. */
  record Block(double x, double v, double vv) {}

  /**
   * The first block (the window) as the baseline took it, and the blocks before it from the series,
   * leaving out raised periods; a block with fewer than half its periods left is dropped.
   *
   * @return the blocks, the window first; fewer than {@link #MIN_WINDOWS} when pooling cannot run
   */
  List<Block> blocks(double[] x, double[] vol, boolean[] flagged, Block first, int end, int floor) {
    List<Block> out = new ArrayList<>();
    out.add(first);
    for (int j = 1; j < WINDOWS; j++) {
      int from = end - (j + 1) * window;
      if (from < floor) {
        break;
      }
      double bx = 0;
      double bv = 0;
      double bvv = 0;
      int k = 0;
      for (int i = from; i < from + window; i++) {
        if (!flagged[i]) {
          bx += x[i];
          bv += vol[i];
          bvv += vol[i] * Math.max(0, vol[i] - 1);
          k++;
        }
      }
      if (2 * k >= window && bv > 0) {
        out.add(new Block(bx, bv, bvv));
      }
    }
    return out;
  }

  /**
   * The over-dispersion {@code rho} of the periods within blocks of one window, each around its own
   * share: the beta-binomial moment estimate of the detector ({@code n(n-1)pq rho} added to the
   * binomial {@code npq}), but with the centre of every block its own share, so that a real change
   * of the share between blocks is not counted as dispersion within them. Residuals around a share
   * estimated from the same block are smaller than around the true one by the block total's
   * variance over its periods: their expected sum of squares is {@code 1 - R / n} of the periods'
   * variances ({@code n} the block's periods, {@code R} the weight of rolled sums), which the
   * estimate corrects. Residuals are clipped at four robust standard deviations, as the detector's.
   *
   * @param skip whether flagged (raised) periods are left out
   * @param end the end of the lookback (exclusive), the window's end
   * @param from its start; blocks are cut back from {@code end}, one with fewer than half a window
   *     of periods left is not used
   * @return rho, never below 0; 0 with fewer than three residuals
   */
  double withinRho(double[] x, double[] vol, boolean[] flagged, boolean skip, int end, int from) {
    int blocks = (end - from + window - 1) / window;
    double[] share = new double[blocks];
    double[] kept = new double[blocks];
    double[] r = new double[end - from];
    int m = 0;
    for (int j = 0; j < blocks; j++) {
      int hi = end - j * window;
      int lo = Math.max(from, hi - window);
      double bx = 0;
      double bv = 0;
      int k = 0;
      for (int i = lo; i < hi; i++) {
        if (!(skip && flagged[i]) && vol[i] > 1) {
          bx += x[i];
          bv += vol[i];
          k++;
        }
      }
      if (2 * k < window) {
        continue;
      }
      // R for k rolled sums: (sum of squared day weights) / (sum of weights)
      double c = 1 - (span - (span * (double) span - 1) / (3.0 * Math.max(k, span))) / k;
      if (c <= 0) {
        continue;
      }
      share[j] = (bx + 0.5) / (bv + 1.0);
      kept[j] = c;
      double pq = share[j] * (1 - share[j]);
      for (int i = lo; i < hi; i++) {
        if (!(skip && flagged[i]) && vol[i] > 1) {
          r[m++] = (x[i] - vol[i] * share[j]) / Math.sqrt(vol[i] * pq);
        }
      }
    }
    if (m < 3) {
      return 0;
    }
    double limit = 4 * EscalationDetector.robustScale(r, m);
    double num = 0;
    double den = 0;
    for (int j = 0; j < blocks; j++) {
      if (kept[j] <= 0) {
        continue;
      }
      double pq = share[j] * (1 - share[j]);
      int hi = end - j * window;
      for (int i = Math.max(from, hi - window); i < hi; i++) {
        if (!(skip && flagged[i]) && vol[i] > 1) {
          double sd = Math.sqrt(vol[i] * pq);
          double e = Math.max(-limit * sd, Math.min(limit * sd, x[i] - vol[i] * share[j]));
          num += e * e - kept[j] * vol[i] * pq;
          den += kept[j] * vol[i] * (vol[i] - 1) * pq;
        }
      }
    }
    return den <= 0 ? 0 : Math.max(0, num / den);
  }

  /** The long-run share over the blocks (their pooled volume), or NaN without volume. */
  static double longRun(List<Block> blocks) {
    double sx = 0;
    double sv = 0;
    for (Block b : blocks) {
      sx += b.x();
      sv += b.v();
    }
    return sv > 0 ? sx / sv : Double.NaN;
  }

  /**
   * The window's share pulled toward the blocks' random-effects mean.
   *
   * @param p0 the window's own share (with its half-count prior)
   * @param mu the long-run share ({@link #longRun}), strictly between 0 and 1
   * @param rho the over-dispersion within blocks, each around its own share ({@link #withinRho})
   */
  double shrunk(List<Block> blocks, double p0, double mu, double rho) {
    int n = blocks.size();
    double[] share = new double[n];
    double[] var = new double[n];
    double sw = 0;
    double sww = 0;
    double swp = 0;
    for (int j = 0; j < n; j++) {
      Block b = blocks.get(j);
      share[j] = j == 0 ? p0 : b.x() / b.v();
      var[j] = overlap * mu * (1 - mu) * (b.v() + rho * b.vv()) / (b.v() * b.v());
      double w = 1 / var[j];
      sw += w;
      sww += w * w;
      swp += w * share[j];
    }
    double fixed = swp / sw;
    double q = 0;
    for (int j = 0; j < n; j++) {
      q += (share[j] - fixed) * (share[j] - fixed) / var[j];
    }
    double tau2 = Math.max(0, (q - (n - 1)) / (sw - sww / sw));
    double rw = 0;
    double rwp = 0;
    for (int j = 0; j < n; j++) {
      double w = 1 / (var[j] + tau2);
      rw += w;
      rwp += w * share[j];
    }
    double mean = rwp / rw;
    double pull = tau2 / (tau2 + var[0]);
    return mean + pull * (p0 - mean);
  }
}
