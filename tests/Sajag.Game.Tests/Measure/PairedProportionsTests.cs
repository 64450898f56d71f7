using Sajag.Game.Measure;

namespace Sajag.Game.Tests.Measure;

public sealed class PairedProportionsTests
{
    /// <summary>
    /// Newcombe 1998 (Statistics in Medicine 17:2635-2650), Table III, method 10: (e, f, g, h) with his
    /// first test as our AFTER answer, so e = both right, f = right after only, g = right before only,
    /// h = both wrong; the published limits to 4 decimals.
    /// </summary>
    public static TheoryData<int, int, int, int, double, double> Newcombe1998 => new()
    {
        { 36, 12, 2, 0, 0.0569, 0.3404 },
        { 20, 12, 2, 16, 0.0562, 0.3292 },
        { 18, 12, 2, 18, 0.0562, 0.3290 },
        { 36, 14, 0, 0, 0.1528, 0.4167 },
        { 35, 14, 0, 1, 0.1461, 0.4175 },
        { 18, 14, 0, 18, 0.1441, 0.3963 },
        { 2, 97, 1, 0, 0.8721, 0.9854 },
        { 0, 30, 0, 0, 0.8395, 1.0 },
        { 54, 0, 0, 0, -0.0664, 0.0664 },
    };

    [Theory]
    [MemberData(nameof(Newcombe1998))]
    public void Estimate_OfNewcombesPublishedExamples_MatchesHisMethod10Limits(int e, int f, int g, int h, double low, double high)
    {
        var estimate = PairedProportions.Estimate(new PairCounts(BothRight: e, RightToWrong: g, WrongToRight: f, BothWrong: h))!;

        Interval(estimate, (double)(f - g) / (e + f + g + h), low, high);
    }

    [Fact]
    public void Estimate_OfCavo2012InFagerlandLydersenLaake_MatchesTheirSquareAndAddInterval()
    {
        // Fagerland, Lydersen & Laake, Statistical Analysis of Contingency Tables (2017), chapter 8:
        // complete response before and after consolidation therapy, [[59, 6], [16, 80]], first row = after;
        // estimate -0.0621 (95% CI -0.1186 to -0.0046).
        var estimate = PairedProportions.Estimate(new PairCounts(BothRight: 59, RightToWrong: 16, WrongToRight: 6, BothWrong: 80))!;

        Interval(estimate, -0.0621, -0.1186, -0.0046);
    }

    [Fact]
    public void Estimate_OfAClassroomComputedByHand_GivesTheGainAndInterval()
    {
        // 40 pairs: 20 right both times, 3 right only before, 12 right only after, 5 wrong both times.
        // before = 23/40 = 0.575, after = 32/40 = 0.800, gain = (12 - 3)/40 = 0.225.
        // Wilson 95% for 32/40: (0.6509, 0.8950); for 23/40: (0.4218, 0.7160).
        // ad - bc = 20*5 - 3*12 = 64 > n/2 = 20, so phi = (64 - 20)/sqrt(32*8*23*17) = 44/316.1 = 0.1392.
        // low  = 0.225 - sqrt((0.800-0.6509)^2 - 2*0.1392*(0.800-0.6509)*(0.7160-0.575) + (0.7160-0.575)^2) = 0.0363
        // high = 0.225 + sqrt((0.8950-0.800)^2 - 2*0.1392*(0.8950-0.800)*(0.575-0.4218) + (0.575-0.4218)^2) = 0.3935
        // (the same as newcombe_check.py prints for "hand fixture").
        var estimate = PairedProportions.Estimate(new PairCounts(20, 3, 12, 5))!;

        Assert.Equal(40, estimate.Pairs);
        Near(0.575, estimate.Before);
        Near(0.800, estimate.After);
        Interval(estimate, 0.225, 0.0363, 0.3935);
    }

    [Fact]
    public void Estimate_WhenNobodyIsEverRight_IsZeroWithASymmetricInterval()
    {
        // Both margins are 0, so phi's denominator is 0 and phi is 0; Wilson for 0/7 is (0, 0.3543).
        var estimate = PairedProportions.Estimate(new PairCounts(0, 0, 0, 7))!;

        Assert.Equal(0, estimate.Gain);
        Near(-0.3543, estimate.Low);
        Near(0.3543, estimate.High);
    }

    [Fact]
    public void Estimate_WhenEveryoneMovesFromWrongToRight_IsClampedAtOne()
    {
        var estimate = PairedProportions.Estimate(new PairCounts(0, 0, 30, 0))!;

        Assert.Equal(1, estimate.Gain);
        Assert.Equal(1, estimate.High);
        Near(0.8395, estimate.Low);
    }

    [Fact]
    public void Estimate_WithoutPairs_IsNull() => Assert.Null(PairedProportions.Estimate(default));

    [Fact]
    public void Estimate_WithANegativeCount_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedProportions.Estimate(new PairCounts(1, -1, 0, 0)));

    [Fact]
    public void PairCounts_AddCellByCell()
    {
        var sum = new PairCounts(1, 2, 3, 4) + new PairCounts(10, 20, 30, 40);

        Assert.Equal(new PairCounts(11, 22, 33, 44), sum);
        Assert.Equal(110, sum.Pairs);
        Assert.Equal(0.3, sum.Before, 10);
        Assert.Equal(0.4, sum.After, 10);
        Assert.Equal(0.1, sum.Gain, 10);
    }

    /// <summary>The gain and its limits, each equal to a value given to 4 decimals.</summary>
    internal static void Interval(PairedEstimate? actual, double gain, double low, double high)
    {
        Assert.NotNull(actual);
        Near(gain, actual.Gain);
        Near(low, actual.Low);
        Near(high, actual.High);
    }

    /// <summary>Equal to a value published to 4 decimals (so also to 3).</summary>
    internal static void Near(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 0.00005 + 1e-12, $"expected {expected:0.0000}, got {actual:0.000000}");
}
