using FsCheck.Xunit;
using Sajag.Content;
using Sajag.Tests.Fixtures;

namespace Sajag.Game.Tests;

public sealed class DeckBuilderTests
{
    private static readonly ContentPack DefaultPack = PackLoader.LoadValid(TestPack.DefaultPackPath);

    [Fact]
    public void Build_QuickTen_GivesTenDistinctCardsFromEveryTopic()
    {
        var deck = DeckBuilder.Build(DefaultPack, new DeckRequest(10, Seed: 42));

        Assert.Equal(10, deck.Cards.Count);
        Assert.Equal(10, deck.Cards.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Build_WithTheSameSeed_GivesTheSameDeck_AndAnotherSeedAnotherOrder()
    {
        var request = new DeckRequest(12, Seed: 7, Topics: ["grooming", "cyberbullying"]);

        var first = DeckBuilder.Build(DefaultPack, request).Cards.Select(c => c.Id).ToList();
        var again = DeckBuilder.Build(DefaultPack, request).Cards.Select(c => c.Id).ToList();
        var other = DeckBuilder.Build(DefaultPack, request with { Seed = 8 }).Cards.Select(c => c.Id).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Build_WithTheSameSeed_IsStableAcrossRuns()
    {
        // The shuffle must not depend on System.Random or the runtime: this order is the contract.
        var deck = DeckBuilder.Build(DefaultPack, new DeckRequest(3, Seed: 1, Topics: ["staying-safe"]));

        Assert.Equal(3, deck.Cards.Count);
        Assert.Equal(deck.Cards.Select(c => c.Id), DeckBuilder.Build(DefaultPack, new DeckRequest(3, Seed: 1, Topics: ["staying-safe"])).Cards.Select(c => c.Id));
        Assert.All(deck.Cards, c => Assert.Equal("staying-safe", c.TopicId));
    }

    [Fact]
    public void Build_WithChosenTopicsAndKinds_KeepsToThem()
    {
        var deck = DeckBuilder.Build(DefaultPack, new DeckRequest(2, 3, Topics: ["grooming", "staying-safe"], Kinds: [CardKind.MythOrFact]));

        Assert.All(deck.Cards, c =>
        {
            Assert.Contains(c.TopicId, new[] { "grooming", "staying-safe" });
            Assert.Equal(CardKind.MythOrFact, c.Kind);
        });
    }

    [Fact]
    public void Build_AskingForMoreCardsThanMatch_SaysHowManyThereAre()
    {
        var count = DefaultPack.Cards.Count(c => c.TopicId == "grooming");

        var ex = Assert.Throws<DeckException>(() => DeckBuilder.Build(DefaultPack, new DeckRequest(count + 1, 1, Topics: ["grooming"])));

        Assert.Equal($"Only {count} card(s) match these topics and kinds; {count + 1} were asked for.", ex.Message);
    }

    [Fact]
    public void Build_WithAnUnknownTopic_IsRefused()
    {
        var ex = Assert.Throws<DeckException>(() => DeckBuilder.Build(DefaultPack, new DeckRequest(1, 1, Topics: ["nope"])));

        Assert.Equal("The pack has no topic 'nope'.", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Build_WithNoCards_IsRefused(int count) =>
        Assert.Throws<DeckException>(() => DeckBuilder.Build(DefaultPack, new DeckRequest(count, 1)));

    [Property(MaxTest = 300)]
    public void ForAnySeedAndPack_TheDeckHasNoDuplicateAndTheRequestedCount_OrAClearError(int packSeed, int seed, byte asked, bool someTopics)
    {
        var pack = Builders.RandomPack(packSeed);
        var topics = someTopics ? pack.Topics.Where((_, i) => i % 2 == 0).Select(t => t.Id).ToList() : null;
        var count = asked % 30 + 1;
        var available = pack.Cards.Count(c => topics is null || topics.Contains(c.TopicId));

        if (available < count)
        {
            var ex = Assert.Throws<DeckException>(() => DeckBuilder.Build(pack, new DeckRequest(count, seed, topics)));
            Assert.Contains($"Only {available} card(s)", ex.Message, StringComparison.Ordinal);
            return;
        }

        var deck = DeckBuilder.Build(pack, new DeckRequest(count, seed, topics));
        Assert.Equal(count, deck.Cards.Count);
        Assert.Equal(count, deck.Cards.Select(c => c.Id).Distinct().Count());
        Assert.All(deck.Cards, c => Assert.True(topics is null || topics.Contains(c.TopicId)));
    }
}
