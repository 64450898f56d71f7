using Sajag.Safety.Chats;
using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

public sealed class ParticipantsTests
{
    private static Chat Chat(string text, string? fileName = null) => ChatReader.Read(Chats.Samples.Utf8(text), fileName).Chat!;

    [Theory]
    [InlineData("14/03/2024, 21:05 - +880 1255-552107: hi\n14/03/2024, 21:06 - Riya: who is this", "Riya")]
    [InlineData("Rina Miss (English): homework?\nFarhan: yes miss", "Farhan")]
    [InlineData("Ammu: কোথায়?\nTasnim: বাসায়", "Tasnim")]
    public void TwoPeopleWithAnObviousContact_NeedNoMe(string text, string me) =>
        Assert.Equal(me, Participants.Resolve(Chat(text), null).Me);

    [Fact]
    public void TheWhatsAppFileName_NamesTheContact() =>
        Assert.Equal("Rafi", Participants.Resolve(Chat("14/03/2024, 21:05 - Ghost: hi\n14/03/2024, 21:06 - Rafi: hey", "WhatsApp Chat with Ghost.txt"), null).Me);

    [Fact]
    public void TwoOrdinaryNames_OrAGroup_AskWhichOneIsMe()
    {
        var choice = Participants.Resolve(Chat("Tuli: hi\nJannat: hey\nRidita: yo"), null);

        Assert.False(choice.IsSettled);
        Assert.Contains("Tuli, Jannat, Ridita", choice.Error, StringComparison.Ordinal);
        Assert.False(Participants.Resolve(Chat("Tuli: hi\nJannat: hey"), null).IsSettled);
    }

    [Fact]
    public void AMeWhoIsNotInTheChat_IsRefusedWithTheParticipants()
    {
        var choice = Participants.Resolve(Chat("Tuli: hi\nJannat: hey"), "Rafi");

        Assert.Contains("'Rafi' is not a participant", choice.Error, StringComparison.Ordinal);
        Assert.Equal("Jannat", Participants.Resolve(Chat("Tuli: hi\nJannat: hey"), " jannat ").Me);
    }
}
