using Sajag.Tests.Fixtures;

namespace Sajag.Content.Tests;

public sealed class HelplineNumberTests
{
    [Fact]
    public void TheDefaultPack_GivesTheChildHelplineAndTheEmergencyNumber()
    {
        var pack = PackLoader.Load(TestPack.DefaultPackPath).Pack!;

        Assert.Equal("1098", pack.HelplineNumber(ContentPack.ChildHelplineId));
        Assert.Equal("999", pack.HelplineNumber(ContentPack.EmergencyHelplineId));
    }

    [Fact]
    public void APackWithoutThoseIds_GivesItsFirstNumber()
    {
        using var fixture = new TestPack();
        fixture.Replace("helplines.yaml", "number: \"1098\"", "number: \"4321\"");
        var pack = PackLoader.Load(fixture.Path).Pack!;

        Assert.Null(pack.FindHelpline(ContentPack.EmergencyHelplineId));
        Assert.Equal("4321", pack.HelplineNumber(ContentPack.EmergencyHelplineId));
    }
}
