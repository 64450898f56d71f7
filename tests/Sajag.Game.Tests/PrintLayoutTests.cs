using Sajag.Game.Print;

namespace Sajag.Game.Tests;

public sealed class PrintLayoutTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 4)]
    [InlineData(56, 14)]
    public void PageCount_IsAFrontAndABackPerSheetOfNine(int cards, int pages) =>
        Assert.Equal(pages, PrintLayout.PageCount(cards));

    [Fact]
    public void Backs_AreMirroredLeftToRight_SoEachLandsBehindItsFront()
    {
        var cards = Enumerable.Range(0, 11).Select(i => Builders.Card($"c{i}")).ToList();

        var sheets = PrintLayout.Arrange(cards);

        Assert.Equal(2, sheets.Count);
        Assert.Equal(["c2", "c1", "c0", "c5", "c4", "c3", "c8", "c7", "c6"], sheets[0].Backs.Select(c => c!.Id));
        Assert.Equal(["c9", "c10", null, null, null, null, null, null, null], sheets[1].Fronts.Select(c => c?.Id));
        Assert.Equal([null, "c10", "c9", null, null, null, null, null, null], sheets[1].Backs.Select(c => c?.Id));
    }
}
