using Sajag.Game.Measure;
using static Sajag.Game.Tests.Measure.PairedProportionsTests;

namespace Sajag.Game.Tests.Measure;

public sealed class ProgrammeReportTests
{
    [Fact]
    public void Build_CountsSessionsSchoolsAndPeople()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);

        Assert.Equal(3, report.Sessions);
        Assert.Equal(2, report.Schools);
        Assert.Equal(36, report.People.People);
    }

    [Fact]
    public void Build_GivesEachTopicAndAllTopics_AsComputedByHand()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);

        Assert.Equal(["t1", "t2"], report.Topics.Select(t => t.TopicId));
        var t1 = report.Topics[0].Estimate;
        Assert.Equal(36, t1.People);
        Assert.Equal(108, t1.Value!.Pairs);
        Near(0.5185, t1.Value.Before);
        Near(0.7593, t1.Value.After);
        Interval(t1.Value, 0.2407, 0.1245, 0.3477);
        var t2 = report.Topics[1].Estimate;
        Assert.Equal(25, t2.People);
        Interval(t2.Value, 0.2533, 0.1025, 0.3877);
        Assert.Equal(36, report.AllTopics.People);
        Assert.Equal(183, report.AllTopics.Value!.Pairs);
        Interval(report.AllTopics.Value, 0.2459, 0.1547, 0.3310);
    }

    [Fact]
    public void Build_ByArea_GivesUrbanAndRural_AsComputedByHand()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);

        Assert.Equal([Area.Urban, Area.Rural], report.ByArea.Select(r => r.Group));
        var urban = report.ByArea[0];
        Assert.Equal(24, urban.People.People);
        Assert.Equal(24, urban.Estimate.People);
        Interval(urban.Estimate.Value, 0.2193, 0.1045, 0.3257);
        var rural = report.ByArea[1];
        Assert.Equal(12, rural.People.People);
        Interval(rural.Estimate.Value, 0.2899, 0.1353, 0.4247);
    }

    [Fact]
    public void Build_ByGender_HidesTheTwoWhoDidNotSay_AndTheBoys_SoTheyCannotBeWorkedOutFromTheTotal()
    {
        // Girls 19, boys 15, not said 2: 36 - 19 - 15 would give the 2 away, so the boys (the smallest
        // shown group) are hidden too.
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);

        Assert.Equal([Gender.NotSaid, Gender.Girl, Gender.Boy], report.ByGender.Select(r => r.Group));
        var notSaid = report.ByGender[0];
        Assert.True(notSaid.People.Suppressed);
        Assert.Null(notSaid.People.People);
        Assert.Null(notSaid.Estimate.Value);
        var boys = report.ByGender[2];
        Assert.True(boys.People.Suppressed);
        Assert.True(boys.Estimate.Suppressed);
        Assert.Null(boys.Estimate.Value);
        var girls = report.ByGender[1];
        Assert.Equal(19, girls.People.People);
        Assert.Equal(96, girls.Estimate.Value!.Pairs);
        Interval(girls.Estimate.Value, 0.2812, 0.1569, 0.3928);
    }

    [Fact]
    public void Build_ByAgeBand_HidesTheSmallGroupAndTheNextSmallest()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);

        Assert.Equal([AgeBand.NotSaid, AgeBand.From13To14, AgeBand.From15To16, AgeBand.From17To18], report.ByAgeBand.Select(r => r.Group));
        Assert.Equal([true, false, false, true], report.ByAgeBand.Select(r => r.People.Suppressed));
        Assert.Equal(13, report.ByAgeBand[1].People.People);
        Interval(report.ByAgeBand[1].Estimate.Value, 0.2000, 0.0613, 0.3276);
        Assert.Equal(12, report.ByAgeBand[2].People.People);
    }

    [Fact]
    public void Build_WhenTwoGroupsAreSmall_HidesOnlyThose()
    {
        var fourOlderGirls = ReportFixture.C with
        {
            People = [new(Gender.Girl, AgeBand.From17To18, 4)],
            Topics = [new(Gender.Girl, AgeBand.From17To18, "t1", 4, new(5, 1, 4, 2))],
        };

        var report = ProgrammeReport.Build([ReportFixture.A, fourOlderGirls], ReportFilter.None);

        // Not said 2, 13-14: 13, 17-18: 4; the two small groups hide each other.
        Assert.Equal([AgeBand.NotSaid, AgeBand.From13To14, AgeBand.From17To18], report.ByAgeBand.Select(r => r.Group));
        Assert.Equal([true, false, true], report.ByAgeBand.Select(r => r.People.Suppressed));
    }

    [Fact]
    public void Build_WhenAGroupTookPartButFewOfThemHaveBeforeAfterPairs_HidesItAsSmall()
    {
        // 5 did not say their gender, but only 2 of them answered the knowledge check.
        var threeMore = ReportFixture.C with { People = [new(Gender.NotSaid, AgeBand.NotSaid, 3), new(Gender.Girl, AgeBand.From17To18, 6)], Topics = [] };

        var report = ProgrammeReport.Build([ReportFixture.A, ReportFixture.B, threeMore], ReportFilter.None);

        Assert.Equal([Gender.NotSaid, Gender.Girl, Gender.Boy], report.ByGender.Select(r => r.Group));
        Assert.Equal([true, false, true], report.ByGender.Select(r => r.People.Suppressed));
    }

    [Fact]
    public void Build_WithoutAnyKnowledgeCheck_ShowsTheGroupsPeopleAndEmptyEstimates()
    {
        var report = ProgrammeReport.Build(ReportFixture.All.Select(s => s with { Topics = [] }), ReportFilter.None);

        Assert.Equal([19], report.ByGender.Where(r => !r.People.Suppressed).Select(r => r.People.People!.Value));
        Assert.All(report.ByArea, r => Assert.False(r.Estimate.Suppressed));
        Assert.All(report.ByArea, r => Assert.Equal(0, r.Estimate.People));
        Assert.Empty(report.Topics);
    }

    public static TheoryData<string, ReportFilter, int, int, int> Filters => new()
    {
        { "district, any case and spaces", new ReportFilter(null, null, "DHAKA", null, null, null), 2, 1, 24 },
        { "another district", new ReportFilter(null, null, "satkhira", null, null, null), 1, 1, 12 },
        { "a blank district (an empty form field) means any", new ReportFilter(null, null, " ", null, null, null), 3, 2, 36 },
        { "a district with no sessions", new ReportFilter(null, null, "Khulna", null, null, null), 0, 0, 0 },
        { "rural", new ReportFilter(null, null, null, Area.Rural, null, null), 1, 1, 12 },
        { "urban", new ReportFilter(null, null, null, Area.Urban, null, null), 2, 1, 24 },
        { "dates, both ends included", new ReportFilter(new DateOnly(2026, 4, 2), new DateOnly(2026, 5, 20), null, null, null, null), 2, 2, 21 },
        { "from a date", new ReportFilter(new DateOnly(2026, 4, 3), null, null, null, null, null), 1, 1, 9 },
        { "up to a date", new ReportFilter(null, new DateOnly(2026, 3, 10), null, null, null, null), 1, 1, 15 },
        { "girls", new ReportFilter(null, null, null, null, Gender.Girl, null), 3, 2, 19 },
        { "age 17-18", new ReportFilter(null, null, null, null, null, AgeBand.From17To18), 1, 1, 9 },
        { "boys aged 15-16", new ReportFilter(null, null, null, null, Gender.Boy, AgeBand.From15To16), 1, 1, 3 },
        { "girls in Dhaka", new ReportFilter(null, null, "dhaka", null, Gender.Girl, null), 2, 1, 10 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Build_WithAFilter_KeepsOnlyThoseSessionsAndPeople(string what, ReportFilter filter, int sessions, int schools, int people)
    {
        var report = ProgrammeReport.Build(ReportFixture.All, filter);

        Assert.True(sessions == report.Sessions, what);
        Assert.Equal(schools, report.Schools);
        Assert.Equal(people < Suppression.MinimumGroup ? null : people, report.People.People);
        Assert.Equal(people < Suppression.MinimumGroup, report.People.Suppressed);
    }

    [Fact]
    public void Build_ForRuralSchools_HidesBothGendersWhenTheBoysAreThree()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, new ReportFilter(null, null, null, Area.Rural, null, null));

        Assert.Equal(12, report.People.People);
        Assert.All(report.ByGender, r => Assert.Null(r.Estimate.Value));
        Assert.All(report.ByGender, r => Assert.Null(r.People.People));
        Near(0.2899, report.AllTopics.Value!.Gain);
    }

    [Fact]
    public void Build_ForGirls_HasOnlyTheGirlsRow_AndTheirAgeBands()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, new ReportFilter(null, null, null, null, Gender.Girl, null));

        Assert.Equal([Gender.Girl], report.ByGender.Select(r => r.Group));
        Near(0.2812, report.AllTopics.Value!.Gain);

        // 13-14: 6, 15-16: 9, 17-18: 4, so 17-18 is hidden and with it 13-14.
        Assert.Equal([AgeBand.From13To14, AgeBand.From15To16, AgeBand.From17To18], report.ByAgeBand.Select(r => r.Group));
        Assert.Equal([true, false, true], report.ByAgeBand.Select(r => r.People.Suppressed));
    }

    [Fact]
    public void Build_ForAGroupOfFour_ShowsNoValue()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, new ReportFilter(null, null, null, null, Gender.Girl, AgeBand.From17To18));

        Assert.Equal(1, report.Sessions);
        Assert.True(report.People.Suppressed);
        Assert.True(report.AllTopics.Suppressed);
        Assert.Null(report.AllTopics.Value);
        Assert.Null(report.AllTopics.People);
        Assert.All(report.Topics, t => Assert.Null(t.Estimate.Value));
    }

    [Fact]
    public void Build_OfNoSessions_IsEmptyNotAnError()
    {
        var report = ProgrammeReport.Build([], ReportFilter.None);

        Assert.Equal(0, report.Sessions);
        Assert.True(report.People.Suppressed);
        Assert.Empty(report.Topics);
        Assert.Empty(report.ByGender);
        Assert.Null(report.AllTopics.Value);
    }
}
