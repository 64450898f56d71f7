using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

public sealed class LevelTests
{
    public static TheoryData<string[], int, Level> Rules => new()
    {
        { [], 0, Level.None },
        { [Signs.PersonalInfoRequest], 0, Level.Caution },
        { [Signs.Secrecy], 0, Level.Caution },
        { [Signs.MeetingRequest], 0, Level.Caution },
        { [Signs.BullyingInsult], 1, Level.Caution },
        { [Signs.BullyingInsult], 2, Level.Warning },
        { [Signs.PersonalInfoRequest, Signs.IsolationCheck], 0, Level.Warning },
        { [Signs.Flattery, Signs.PersonalInfoRequest], 0, Level.Warning },
        { [Signs.LoveBombing], 0, Level.Warning },
        { [Signs.PressureCoercion], 0, Level.Warning },
        { [Signs.BullyingExclusion], 0, Level.Warning },
        { [Signs.ImageRequest], 0, Level.Danger },
        { [Signs.SelfHarmRisk], 0, Level.Danger },
        { [Signs.MeetingRequest, Signs.GiftsMoney], 0, Level.Danger },
        // Two mild signs of different families reach no warning rule.
        { [Signs.MeetingRequest, Signs.BullyingInsult], 1, Level.Caution },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Level_FollowsTheRuleOfSignsMd(string[] codes, int insults, Level level) =>
        Assert.Equal(level, Signs.LevelOf(codes, insults));
}
