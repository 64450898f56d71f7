namespace Sajag.Game.Measure;

/// <summary>A gain (after minus before) of paired proportions with its confidence interval.</summary>
public sealed record PairedEstimate(int Pairs, double Before, double After, double Gain, double Low, double High);

/// <summary>
/// Newcombe's hybrid score interval for a difference of paired proportions (Newcombe 1998,
/// Statistics in Medicine 17:2635-2650, method 10): a Wilson score interval for each margin, combined
/// with the (continuity-corrected) phi correlation of the before and after answers.
/// </summary>
public static class PairedProportions
{
    /// <summary>The normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The estimate and its interval, clamped to [-1, 1]; null when there are no pairs.</summary>
    public static PairedEstimate? Estimate(PairCounts counts, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counts.BothRight);
        ArgumentOutOfRangeException.ThrowIfNegative(counts.RightToWrong);
        ArgumentOutOfRangeException.ThrowIfNegative(counts.WrongToRight);
        ArgumentOutOfRangeException.ThrowIfNegative(counts.BothWrong);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(z);
        var n = counts.Pairs;
        if (n == 0)
        {
            return null;
        }

        // Newcombe's p1 is the after margin and p2 the before margin, so theta = p1 - p2 is the gain.
        var rightAfter = counts.BothRight + counts.WrongToRight;
        var rightBefore = counts.BothRight + counts.RightToWrong;
        var after = (double)rightAfter / n;
        var before = (double)rightBefore / n;
        var gain = after - before;
        var (afterLow, afterHigh) = Wilson(rightAfter, n, z);
        var (beforeLow, beforeHigh) = Wilson(rightBefore, n, z);
        var phi = Phi(counts, rightAfter, rightBefore, n);

        var lowAfter = after - afterLow;
        var highBefore = beforeHigh - before;
        var highAfter = afterHigh - after;
        var lowBefore = before - beforeLow;
        var delta = Math.Sqrt(Math.Max(0, (lowAfter * lowAfter) - (2 * phi * lowAfter * highBefore) + (highBefore * highBefore)));
        var epsilon = Math.Sqrt(Math.Max(0, (highAfter * highAfter) - (2 * phi * highAfter * lowBefore) + (lowBefore * lowBefore)));
        return new PairedEstimate(n, before, after, gain, Math.Max(-1, gain - delta), Math.Min(1, gain + epsilon));
    }

    /// <summary>The Wilson score interval for x successes out of n (no continuity correction).</summary>
    public static (double Low, double High) Wilson(int successes, int n, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        var p = (double)successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / denominator;

        // At x = 0 or x = n one limit is exactly 0 or 1; rounding must not push it past.
        return (successes == 0 ? 0 : Math.Max(0, centre - half), successes == n ? 1 : Math.Min(1, centre + half));
    }

    /// <summary>
    /// Newcombe's corrected phi: (ad - bc - n/2) when ad - bc exceeds n/2, 0 when ad - bc is between 0
    /// and n/2, and ad - bc itself when it is negative, over the root of the four margins' product;
    /// 0 when a margin is 0 or n (the denominator is then 0).
    /// </summary>
    private static double Phi(PairCounts counts, int rightAfter, int rightBefore, int n)
    {
        var denominator = (double)rightAfter * (n - rightAfter) * rightBefore * (n - rightBefore);
        if (denominator == 0)
        {
            return 0;
        }

        var cross = ((double)counts.BothRight * counts.BothWrong) - ((double)counts.RightToWrong * counts.WrongToRight);
        var corrected = cross > n / 2.0 ? cross - (n / 2.0) : cross >= 0 ? 0 : cross;
        return corrected / Math.Sqrt(denominator);
    }
}
