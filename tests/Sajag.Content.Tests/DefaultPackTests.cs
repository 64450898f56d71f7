using System.Text.RegularExpressions;
using Sajag.Tests.Fixtures;

namespace Sajag.Content.Tests;

/// <summary>The default pack is valid and carries everything the programme needs, in both languages.</summary>
public sealed partial class DefaultPackTests
{
    private static readonly ContentPack Pack = PackLoader.LoadValid(TestPack.DefaultPackPath);

    [Fact]
    public void DefaultPack_IsValid()
    {
        var result = PackLoader.Load(TestPack.DefaultPackPath);

        Assert.Empty(result.Errors);
        Assert.Equal("default", result.Pack!.Info.Id);
        Assert.Equal(["en", "bn"], result.Pack.Info.Languages);
    }

    [Fact]
    public void HasTheBookletsEightTopicsInOrder()
    {
        Assert.Equal(
            ["what-abuse-looks-like", "online-risks", "who-is-vulnerable", "offenders-online", "cyberbullying", "grooming", "self-generated-images", "staying-safe"],
            Pack.Topics.Select(t => t.Id));
    }

    [Fact]
    public void EveryLesson_Has150To400WordsInEachLanguage()
    {
        foreach (var topic in Pack.Topics)
        {
            foreach (var language in Pack.Info.Languages)
            {
                var words = WordPattern().Count(topic.Lesson.In(language));
                Assert.True(words is >= 150 and <= 400, $"{topic.Id} ({language}) has {words} words");
            }
        }
    }

    [Fact]
    public void EveryTopic_HasTwoQuestionsFactsWithSourcesAndARedAlert()
    {
        Assert.All(Pack.Topics, topic =>
        {
            Assert.True(topic.Discuss.Count >= 2, topic.Id);
            Assert.NotEmpty(topic.Facts);
            Assert.All(topic.Facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
            Assert.False(string.IsNullOrWhiteSpace(topic.RedAlert.In("bn")));
        });
    }

    [Fact]
    public void LessonsInBangla_AreWrittenInBengaliScript()
    {
        Assert.All(Pack.Topics, topic =>
        {
            var text = topic.Lesson.In("bn");
            var bengali = text.Count(c => c is >= '\u0980' and <= '\u09FF');
            var latin = text.Count(char.IsAsciiLetter);
            Assert.True(bengali > 4 * latin, $"{topic.Id}: {bengali} Bengali vs {latin} Latin letters");
        });
    }

    [Fact]
    public void Cards_AreAtLeast48WithFivePerTopicAndEveryKind()
    {
        Assert.True(Pack.Cards.Count >= 48, $"{Pack.Cards.Count} cards");
        Assert.All(Pack.Topics, topic => Assert.True(Pack.Cards.Count(c => c.TopicId == topic.Id) >= 5, topic.Id));
        Assert.Equal(Enum.GetValues<CardKind>().Order(), Pack.Cards.Select(c => c.Kind).Distinct().Order());
        Assert.Contains(Pack.Cards, c => c.Sensitive);
        Assert.Contains(Pack.Cards, c => c.Options.Count(o => o.Correct) > 1);
    }

    [Fact]
    public void Assessment_HasAtLeastThreeItemsPerTopic()
    {
        Assert.True(Pack.Assessment.Count >= 24);
        Assert.All(Pack.Topics, topic => Assert.True(Pack.Assessment.Count(a => a.TopicId == topic.Id) >= 3, topic.Id));
        Assert.Empty(Pack.Assessment.Select(a => a.Id).Intersect(Pack.Cards.Select(c => c.Id)));
    }

    [Theory]
    [InlineData("child-helpline-1098", "1098")]
    [InlineData("emergency-999", "999")]
    [InlineData("helpline-109", "109")]
    [InlineData("pcsw", "01320000888")]
    public void BangladeshHelplines_HaveTheRightNumbers(string id, string number)
    {
        var line = Assert.Single(Pack.Helplines, h => h.Id == id);

        Assert.Equal(number, line.Number);
        Assert.Equal("BD", line.Country);
        Assert.False(string.IsNullOrWhiteSpace(line.Source));
    }

    [Fact]
    public void PoliceCyberSupport_IsForGirlsAndWomenOnly()
    {
        var pcsw = Assert.Single(Pack.Helplines, h => h.Id == "pcsw");

        Assert.Contains("girls", pcsw.For.In("en"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("cybersupport.women@police.gov.bd", pcsw.Address);
    }

    [Fact]
    public void TakeItDown_IsTheOnlyImageRemovalService()
    {
        var takeItDown = Assert.Single(Pack.Helplines, h => h.Id == "take-it-down");
        Assert.Equal("https://takeitdown.ncmec.org", takeItDown.Address);
        Assert.Equal("https://takeitdown.ncmec.org", Pack.Help.Images.Link);

        // Services for adults or for UK children only must never be offered to Bangladeshi children.
        var everything = string.Join("\n", AllTexts());
        Assert.DoesNotContain("StopNCII", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Report Remove", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CEOP", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreatenedSteps_CarryTheSextortionAdvice()
    {
        var steps = string.Join("\n", Pack.Help.Threatened.Steps.Select(s => s.In("en")));

        Assert.Contains("pay", steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("block", steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("delete", steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("forward", steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("trusted adult", steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1098", steps, StringComparison.Ordinal);
        Assert.Contains("999", steps, StringComparison.Ordinal);
    }

    private static IEnumerable<string> AllTexts() =>
        Pack.Topics.SelectMany(t => new[] { t.Lesson, t.Summary, t.RedAlert }.Concat(t.Discuss).Concat(t.Facts.Select(f => f.Text)))
            .Concat(Pack.Cards.SelectMany(c => new[] { c.Prompt, c.Explanation }.Concat(c.Options.Select(o => o.Text)).Concat(c.Options.Select(o => o.Feedback).OfType<LocalizedText>())))
            .Concat(Pack.Help.Threatened.Steps).Concat(Pack.Help.TrustedAdult.Steps)
            .SelectMany(t => t.Values.Values);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*")]
    private static partial Regex WordPattern();
}
