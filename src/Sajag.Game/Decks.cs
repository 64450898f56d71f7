using Sajag.Content;

namespace Sajag.Game;

/// <summary>What deck to build: which topics and kinds (all when empty), how many cards, and the shuffle's seed.</summary>
public sealed record DeckRequest(int Count, int Seed, IReadOnlyCollection<string>? Topics = null, IReadOnlyCollection<CardKind>? Kinds = null);

/// <summary>A shuffled deck of distinct cards.</summary>
public sealed record Deck(IReadOnlyList<Card> Cards, int Seed);

/// <summary>Thrown when a deck cannot be built as asked; the message says why in plain words.</summary>
public sealed class DeckException(string message) : Exception(message);

/// <summary>Builds decks from a pack.</summary>
public static class DeckBuilder
{
    /// <summary>
    /// Picks <see cref="DeckRequest.Count"/> distinct cards from the chosen topics and kinds, in an order
    /// that depends only on the seed and the pack, so the same request always gives the same deck.
    /// </summary>
    public static Deck Build(ContentPack pack, DeckRequest request)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Count <= 0)
        {
            throw new DeckException($"A deck needs at least one card; {request.Count} were asked for.");
        }

        var topics = request.Topics is { Count: > 0 } chosen ? chosen.ToHashSet(StringComparer.Ordinal) : null;
        if (topics is not null && topics.FirstOrDefault(t => pack.FindTopic(t) is null) is { } unknown)
        {
            throw new DeckException($"The pack has no topic '{unknown}'.");
        }

        var kinds = request.Kinds is { Count: > 0 } k ? k.ToHashSet() : null;
        var candidates = pack.Cards
            .Where(c => topics is null || topics.Contains(c.TopicId))
            .Where(c => kinds is null || kinds.Contains(c.Kind))
            .OrderBy(c => c.Id, StringComparer.Ordinal) // a fixed starting order: the pack's file order must not change the deck
            .ToArray();
        if (candidates.Length < request.Count)
        {
            throw new DeckException($"Only {candidates.Length} card(s) match these topics and kinds; {request.Count} were asked for.");
        }

        Shuffle(candidates, request.Seed);
        return new Deck(candidates.Take(request.Count).ToList(), request.Seed);
    }

    // Fisher-Yates with a small generator of our own: System.Random's sequence for a seed is not
    // promised across .NET versions, and a seeded deck must stay the same.
    private static void Shuffle<T>(T[] items, int seed)
    {
        var state = (ulong)(uint)seed ^ 0x9E3779B97F4A7C15UL;
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Next(ref ulong state)
    {
        // SplitMix64.
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
