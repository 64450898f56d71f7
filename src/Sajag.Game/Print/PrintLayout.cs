using Sajag.Content;

namespace Sajag.Game.Print;

/// <summary>One A4 sheet printed on both sides: nine card fronts, and the same cards' backs where they fall after the flip.</summary>
/// <param name="Number">1-based sheet number.</param>
/// <param name="Fronts">Slot by slot, left to right and top to bottom; null where the sheet has no card.</param>
/// <param name="Backs">The back page's slots in the same reading order, mirrored left-right so each back lands behind its front.</param>
public sealed record PrintSheet(int Number, IReadOnlyList<Card?> Fronts, IReadOnlyList<Card?> Backs);

/// <summary>Lays cards out for double-sided A4 printing, flipped on the long edge.</summary>
public static class PrintLayout
{
    /// <summary>Cards across a sheet.</summary>
    public const int Columns = 3;

    /// <summary>Cards down a sheet.</summary>
    public const int Rows = 3;

    /// <summary>Cards on one sheet.</summary>
    public const int PerSheet = Columns * Rows;

    /// <summary>Printed pages for <paramref name="cards"/> cards: a front page and a back page per sheet.</summary>
    public static int PageCount(int cards) => 2 * SheetCount(cards);

    /// <summary>Sheets needed for <paramref name="cards"/> cards.</summary>
    public static int SheetCount(int cards) => (cards + PerSheet - 1) / PerSheet;

    /// <summary>Every card of the chosen topics (all topics when none are chosen), in topic order, for printing.</summary>
    public static IReadOnlyList<Card> CardsOf(ContentPack pack, IReadOnlyCollection<string> topics)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(topics);
        return pack.Cards
            .Where(c => topics.Count == 0 || topics.Contains(c.TopicId))
            .OrderBy(c => pack.FindTopic(c.TopicId)!.Order)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Arranges the cards on sheets.</summary>
    public static IReadOnlyList<PrintSheet> Arrange(IReadOnlyList<Card> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var sheets = new List<PrintSheet>();
        for (var s = 0; s < SheetCount(cards.Count); s++)
        {
            var fronts = Enumerable.Range(0, PerSheet).Select(i => s * PerSheet + i < cards.Count ? cards[s * PerSheet + i] : null).ToList();
            // Flipping the paper on its long edge swaps left and right; rows stay where they are.
            var backs = Enumerable.Range(0, PerSheet).Select(i => fronts[(i / Columns * Columns) + (Columns - 1 - (i % Columns))]).ToList();
            sheets.Add(new PrintSheet(s + 1, fronts, backs));
        }

        return sheets;
    }
}
