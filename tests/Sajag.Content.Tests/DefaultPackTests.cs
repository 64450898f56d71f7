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
    public void TheClassicDeck_Has20Cards_TwoOrThreeFromEachTopicInTheBookletsOrder_EachTopicWithADiscussion()
    {
        var classic = Pack.FindPreset("classic");

        Assert.NotNull(classic);
        Assert.Equal(20, classic.Cards.Count);
        var cards = classic.Cards.Select(id => Pack.Cards.Single(c => c.Id == id)).ToList();
        var topics = Pack.Topics.Select(t => t.Id).ToList();
        // Played topic by topic, in the booklet's order.
        Assert.Equal(topics, cards.Select(c => c.TopicId).Distinct());
        Assert.Equal(cards.OrderBy(c => topics.IndexOf(c.TopicId)).Select(c => c.Id), classic.Cards);
        Assert.All(cards.GroupBy(c => c.TopicId), g => Assert.InRange(g.Count(), 2, 3));
        // Every topic has its Discuss & Rethink step, and most cards are answered rather than only talked about.
        Assert.All(cards.GroupBy(c => c.TopicId), g => Assert.Contains(g, c => c.Discuss is not null));
        Assert.InRange(cards.Count(c => c.Options.Count == 0), 1, 4);
        Assert.True(cards.Count(c => c.Sensitive) <= cards.Count / 2, "sensitive cards are a minority, so the podium has cards to rank");
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

    [Fact]
    public void EveryDiscussionCard_HasAFacilitatorNote_ThatNoStudentTextRepeats()
    {
        var discussCards = Pack.Cards.Where(c => c.Kind == CardKind.Discuss).ToList();
        Assert.NotEmpty(discussCards);
        Assert.All(discussCards, c => Assert.NotNull(c.FacilitatorNote));

        var studentTexts = AllTexts().ToList();
        foreach (var note in Pack.Cards.Select(c => c.FacilitatorNote).OfType<LocalizedText>().SelectMany(n => n.Values.Values))
        {
            // The note's opening words are enough to recognise it, whatever was cut around it.
            var opening = note[..40];
            Assert.DoesNotContain(studentTexts, t => t.Contains(opening, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("cyberbullying", "heard of the tactics")]
    [InlineData("self-generated-images", "heard of anyone being asked to send pictures")]
    public void BookletsDiscussAndRethinkQuestions_AreAsked(string topic, string words)
    {
        Assert.Contains(Pack.FindTopic(topic)!.Discuss, q => q.In("en").Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void ClaimsStayWithinTheirSources()
    {
        var english = string.Join("\n", AllTexts());

        // The booklet: made-to-order material "can be linked" with organised crime; the family "was advised to report".
        Assert.DoesNotContain("often behind this", english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("often linked to organised", english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("are linked to organised", english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("helped her family go to the police", english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("target teenage boys", english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pressuring you or you feel in danger, call 999", english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("delete it once", english, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PoliceCyberSupport_ShowsHowToReachThemApartFromWhen()
    {
        var pcsw = Assert.Single(Pack.Helplines, h => h.Id == "pcsw");

        Assert.Contains("facebook.com/PCSW.PHQ", pcsw.Contact!.In("en"), StringComparison.Ordinal);
        Assert.DoesNotContain("facebook", pcsw.Hours.In("en"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("email", pcsw.Hours.In("en"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RudeMessages_AreKeptAsAScreenshot_AndOnlyASexualImageIsNever()
    {
        // The booklet: a screenshot of what upsets you is the record; the no-image rule is for sexual images only.
        var card = Assert.Single(Pack.Cards, c => c.Id == "staying-safe-05");
        var best = Assert.Single(card.Options, o => o.Correct);

        Assert.Contains("screenshot", best.Text.In("en"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lawful", best.Feedback!.In("en"), StringComparison.Ordinal);
        Assert.Contains("স্ক্রিনশট", best.Text.In("bn"), StringComparison.Ordinal);
        Assert.Contains("nude or sexual picture: never save, screenshot or forward it", card.Explanation.In("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void ASexualImageSavedByThePhone_IsDeletedNow_ThenAnAdultIsTold()
    {
        var card = Assert.Single(Pack.Cards, c => c.Id == "self-generated-images-06");
        var feedback = Assert.Single(card.Options, o => o.Correct).Feedback!;

        Assert.Contains("delete it now, then tell an adult", feedback.In("en"), StringComparison.Ordinal);
        Assert.Contains("এখনই মুছে ফেলো, তারপর", feedback.In("bn"), StringComparison.Ordinal);
        Assert.True(card.Sensitive);
    }

    [Fact]
    public void PressureAfterANo_IsSensitive()
    {
        Assert.True(Assert.Single(Pack.Cards, c => c.Id == "what-abuse-looks-like-06").Sensitive);
    }

    [Fact]
    public void TheGlossary_HasTheIssuesTermsWithOneBanglaRenderingEach()
    {
        var terms = Pack.Glossary.Terms.ToDictionary(t => t.Id);

        Assert.Equal("সম্মতি", terms["consent"].Term.In("bn"));
        Assert.Contains("অনুমতি", terms["consent"].Avoid["bn"]);
        foreach (var id in new[] { "grooming", "sextortion", "self-generated-material", "csam", "hash", "trusted-adult", "warning-sign" })
        {
            Assert.True(terms.ContainsKey(id), id);
        }

        // No two terms share a Bangla rendering, and none is another term's avoided word.
        Assert.Equal(terms.Count, terms.Values.Select(t => t.Term.In("bn")).Distinct().Count());
        var avoided = terms.Values.SelectMany(t => t.Avoid.GetValueOrDefault("bn") ?? []).ToHashSet();
        Assert.DoesNotContain(terms.Values, t => avoided.Contains(t.Term.In("bn")));
    }

    [Fact]
    public void EveryTextAnNgoMustCheck_IsMarkedPending()
    {
        Assert.All(Pack.Guides, g => Assert.Equal(["en", "bn"], g.PendingReview));
        Assert.All(Pack.Cards, c => Assert.Contains("bn", c.PendingReview));
        Assert.All(Pack.Topics, t => Assert.Contains("bn", t.PendingReview));
    }

    private static IEnumerable<string> AllTexts() =>
        Pack.Topics.SelectMany(t => new[] { t.Lesson, t.Summary, t.RedAlert }.Concat(t.Discuss).Concat(t.Facts.Select(f => f.Text)))
            .Concat(Pack.Cards.SelectMany(c => new[] { c.Prompt, c.Explanation }.Concat(c.Options.Select(o => o.Text)).Concat(c.Options.Select(o => o.Feedback).OfType<LocalizedText>())))
            .Concat(Pack.Cards.Select(c => c.Discuss).OfType<LocalizedText>())
            .Concat(Pack.Help.Threatened.Steps).Concat(Pack.Help.TrustedAdult.Steps)
            .SelectMany(t => t.Values.Values);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*")]
    private static partial Regex WordPattern();
}
