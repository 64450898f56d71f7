using Sajag.Game.Measure;
using static Sajag.Game.Tests.Measure.PairedProportionsTests;

namespace Sajag.Game.Tests.Measure;

public sealed class SessionReportTests
{
    [Fact]
    public void Build_CountsEveryoneWhoTookPart()
    {
        var report = SessionReport.Build(ReportFixture.A);

        Assert.Equal(15, report.People.People);
        Assert.False(report.People.Suppressed);
    }

    [Fact]
    public void Build_GivesEachTopicsBeforeAfterAndInterval_AsComputedByHand()
    {
        var report = SessionReport.Build(ReportFixture.A);

        Assert.Equal(["t1", "t2"], report.Topics.Select(t => t.TopicId));
        var t1 = report.Topics[0].Estimate;
        Assert.Equal(15, t1.People);
        Assert.Equal(45, t1.Value!.Pairs);
        Near(0.5333, t1.Value.Before);
        Near(0.7778, t1.Value.After);
        Interval(t1.Value, 0.2444, 0.0683, 0.4002);
        var t2 = report.Topics[1].Estimate;
        Assert.Equal(14, t2.People);
        Interval(t2.Value, 0.1905, -0.0071, 0.3673);
    }

    [Fact]
    public void Build_OverAllTopics_SumsThePairs_AndCountsPeopleWithAPair()
    {
        var report = SessionReport.Build(ReportFixture.A);

        // People: per self-description the largest topic count (6, 7, 2), added up.
        Assert.Equal(15, report.AllTopics.People);
        Assert.Equal(87, report.AllTopics.Value!.Pairs);
        Interval(report.AllTopics.Value, 0.2184, 0.0881, 0.3378);
    }

    [Fact]
    public void Build_ListsCardsInOrder_AndHidesACardFewerThanFiveAnswered()
    {
        var report = SessionReport.Build(ReportFixture.A);

        Assert.Equal([0, 1, 2], report.Cards.Select(c => c.CardIndex));
        Assert.Equal(0.6, report.Cards[0].Rate.Value!.Rate, 10);
        Assert.Equal(15, report.Cards[0].Rate.People);
        Assert.True(report.Cards[1].Rate.Suppressed);
        Assert.Null(report.Cards[1].Rate.Value);
        Assert.Null(report.Cards[1].Rate.People);
        Assert.Equal(1, report.Cards[2].Rate.Value!.Rate);
    }

    [Fact]
    public void Build_OfASessionOfFour_ShowsNoNumberAtAll()
    {
        var facts = ReportFixture.C with
        {
            People = [new(Gender.Girl, AgeBand.From17To18, 4)],
            Topics = [new(Gender.Girl, AgeBand.From17To18, "t1", 4, new(5, 1, 4, 2))],
            Cards = [new(0, "c0", "t1", 4, 2)],
        };

        var report = SessionReport.Build(facts);

        Assert.True(report.People.Suppressed);
        Assert.Null(report.People.People);
        Assert.True(report.AllTopics.Suppressed);
        Assert.Null(report.AllTopics.Value);
        Assert.All(report.Topics, t => Assert.Null(t.Estimate.Value));
        Assert.All(report.Cards, c => Assert.Null(c.Rate.Value));
    }

    [Fact]
    public void Build_WhenOneTopicIsUnderFive_AlsoHidesTheSmallestOtherTopic()
    {
        // The topics' pairs add up to the all-topics figure, so one hidden topic alone could be recovered
        // by subtraction: the smallest shown topic (t2, 8 people) is hidden with it, t1 (12) stays.
        var facts = ReportFixture.B with
        {
            Topics = [.. ReportFixture.B.Topics, new(Gender.Girl, AgeBand.From15To16, "t3", 3, new(1, 1, 1, 0))],
        };
        facts = facts with { Topics = [.. facts.Topics.Where(c => c.TopicId != "t2" || c.Gender == Gender.Girl)] };

        var report = SessionReport.Build(facts);

        Assert.Equal(["t1", "t2", "t3"], report.Topics.Select(t => t.TopicId));
        Assert.False(report.Topics[0].Estimate.Suppressed);
        Assert.True(report.Topics[1].Estimate.Suppressed);
        Assert.True(report.Topics[2].Estimate.Suppressed);
        Assert.False(report.AllTopics.Suppressed);
    }

    [Fact]
    public void Build_WithoutAKnowledgeCheck_ShowsPeopleAndAnEmptyEstimate()
    {
        var report = SessionReport.Build(ReportFixture.A with { Topics = [] });

        Assert.Equal(15, report.People.People);
        Assert.Empty(report.Topics);
        Assert.False(report.AllTopics.Suppressed);
        Assert.Null(report.AllTopics.Value);
        Assert.Equal(0, report.AllTopics.People);
    }
}
