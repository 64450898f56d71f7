using Sajag.Content;

namespace Sajag.Game.Tests;

/// <summary>Builders for game objects: cards and whole packs of any shape.</summary>
internal static class Builders
{
    private static LocalizedText Text(string en) => new(new Dictionary<string, string> { ["en"] = en, ["bn"] = "বাংলা " + en });

    public static Card Card(string id, string topic = "t1", CardKind kind = CardKind.Scenario, bool sensitive = false, params bool[] correct)
    {
        var flags = correct.Length == 0 ? new[] { true, false } : correct;
        var options = kind == CardKind.Discuss ? [] : flags.Select((c, i) => new CardOption(Text($"option {i}"), c, Text($"feedback {i}"))).ToList();
        return new Card(id, topic, kind, sensitive, [], Text($"prompt {id}"), options, Text("because"), null, []);
    }

    /// <summary>A valid pack whose shape (topics, cards per topic, kinds, sensitive flags, correct options) comes from the seed.</summary>
    public static ContentPack RandomPack(int seed)
    {
        var random = new Random(seed);
        var topicCount = random.Next(1, 9);
        var topics = Enumerable.Range(1, topicCount)
            .Select(i => new Topic($"t{i}", i, "#123456", Text($"Topic {i}"), Text("s"), Text("l"), [Text("q")], [new KeyFact(Text("f"), "src")], Text("r"), [], []))
            .ToList();
        var kinds = Enum.GetValues<CardKind>();
        var cards = new List<Card>();
        foreach (var topic in topics)
        {
            for (var c = 0; c < random.Next(0, 12); c++)
            {
                var kind = kinds[random.Next(kinds.Length)];
                var optionCount = random.Next(2, 5);
                var correct = Enumerable.Range(0, optionCount).Select(_ => random.Next(3) == 0).ToArray();
                correct[random.Next(optionCount)] = true;
                cards.Add(Card($"{topic.Id}-c{c}", topic.Id, kind, random.Next(3) == 0, correct));
            }
        }

        var help = new HelpSection(Text("h"), [Text("step")], null, null);
        return new ContentPack(
            new PackInfo("random", "1", ["en", "bn"], Text("Random"), Text("credits")),
            topics, cards, [], new HelpGuide(help, help, help, []), [], new Glossary([], []), []);
    }
}
