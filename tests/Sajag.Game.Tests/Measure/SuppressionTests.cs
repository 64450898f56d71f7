using Sajag.Game.Measure;

namespace Sajag.Game.Tests.Measure;

public sealed class SuppressionTests
{
    public static TheoryData<int[], bool[]> Breakdowns => new()
    {
        { [20, 15, 7], [false, false, false] },
        { [20, 15, 4], [false, true, true] },
        { [4, 20, 15], [true, false, true] },
        { [3, 4, 20], [true, true, false] },
        // Two small rows that together are still under 5 (2 + 1): one more row hides.
        { [20, 2, 1], [true, true, true] },
        { [20, 30, 2, 1], [true, false, true, true] },
        { [2, 2, 9, 9], [true, true, true, false] },
        { [2, 3, 9, 9], [true, true, false, false] },
        { [4, 6, 6], [true, true, false] },
        { [12, 3], [true, true] },
        { [4], [true] },
        { [5], [false] },
        { [], [] },
    };

    [Theory]
    [MemberData(nameof(Breakdowns))]
    public void Hide_HidesSmallRows_AndMoreWhileTheHiddenAreOneOrFewerThanFiveTogether(int[] people, bool[] hidden) =>
        Assert.Equal(hidden, Suppression.Hide(people));

    [Theory]
    [InlineData(0, false, 0)]
    [InlineData(1, true, null)]
    [InlineData(4, true, null)]
    [InlineData(5, false, 5)]
    public void Of_HidesTheValueAndTheCountUnderFive(int people, bool suppressed, int? shown)
    {
        var figure = Suppression.Of(new CardRate(people, people), people);

        Assert.Equal(suppressed, figure.Suppressed);
        Assert.Equal(shown, figure.People);
        Assert.Equal(people >= Suppression.MinimumGroup, figure.Value is not null);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    [InlineData(226, 226)]
    public void Count_HidesUnderFive(int people, int? shown) => Assert.Equal(shown, Suppression.Count(people).People);
}
