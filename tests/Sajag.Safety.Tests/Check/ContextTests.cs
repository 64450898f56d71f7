using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

/// <summary>The context rules: the same words from family, teachers and friends are not grooming.</summary>
public sealed class ContextTests
{
    public static TheoryData<string, string> HarmlessChats => new()
    {
        { "a teacher asking for a photo of homework", "Rina Miss: please send me a photo of your homework page tonight\nMe: ok miss" },
        { "a school office asking for an ID photo", "School Office: send one passport size photo for the ID card\nMe: ok" },
        { "a cousin asking for a photo of the cake", "Tanzil: send a pic of the cake, ammu wants to see\nMe: sending" },
        { "a mother asking if her child is alone", "Ammu: তুমি কি বাসায় একা? দরজা লক করে রাখো\nMe: হ্যাঁ আম্মু" },
        { "a grandmother named only by the child", "Rokeya Begum: ঈদের জামা পরে একটা ছবি দিও\nMe: এইটা দিলাম নানু!" },
        { "a cousin asking for the mother to call", "Sohel: chachi ki basay ache? ashle bolis ammu ke call dite\nMe: ok" },
        { "a tutor asking whether the mother is home", "Tutor Sir: is your mom home? tell your mom i'll come at 6\nMe: ok sir" },
        { "a sibling keeping a birthday surprise", "Apu: ammu ke kichu bolbi na, surprise!\nMe: ok" },
        { "friends meeting with a parent's yes", "Tuli: let's meet at the school gate at 10\nJannat: ammu said ok\nMe: me too" },
        { "a coach's form that involves the guardian", "Coach: send your date of birth, which school, and your guardian's mobile\nMe: ok sir" },
        { "a friend's support", "Friend: are you thinking of hurting yourself? please tell your mom, you're not alone\nMe: ok" },
        { "praise for a drawing", "Artist: your drawing of the rickshaw is so beautiful\nMe: thanks" },
        { "a negated insult", "Cousin: you're not being dramatic at all\nMe: ok" },
        { "classmates planning cricket in a group", "Rifat: kal bikele field e dekha hobe? cricket khelbo\nSami: ha 4 tay\nMe: ami bat anbo" },
        { "a friend asking about a party outfit", "Bristy: what are you wearing to the party tomorrow?\nMe: my blue kameez" },
        { "a father picking his child up", "Abbu: eka ashbe na, ami niye ashbo\nMe: ok abbu" },
        { "a coach asking when school ends", "Coach Rafiq: what time does your school finish? practice is at 4\nMe: 3:30 sir" },
    };

    [Theory]
    [MemberData(nameof(HarmlessChats))]
    public void HarmlessChat_HasNoSign(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Signs.Count == 0, $"{why}: {string.Join(", ", result.Signs.Select(s => $"{s.Code} '{s.Cue}'"))}");
        Assert.Equal(Level.None, result.Level);
    }

    [Fact]
    public void InAGroup_AskingTheChildToComeAlone_IsStillAMeetingRequest()
    {
        var result = CheckHelper.Run("Guild: nice we can meet next friday, come alone its a guild thing\nRafi: cool\nMe: ok");

        Assert.Contains(Signs.MeetingRequest, result.Codes);
    }

    [Fact]
    public void TheYoungPersonsOwnWords_AreNotSignsAgainstThem()
    {
        var result = CheckHelper.Run("Friend: ki koro?\nMe: how old r u? send me a pic lol, don't tell anyone");

        Assert.Empty(result.Signs);
    }

    [Fact]
    public void FriendsTeasingEachOther_IsNotBullying()
    {
        var result = CheckHelper.Run("Toma: tui ekta gadha 😂\nMe: ami gadha na, tui gadhi 😂\nPuja: love u both");

        Assert.Empty(result.Signs);
    }

    [Fact]
    public void OneInsult_IsCaution_ARepeatedOne_IsWarning()
    {
        Assert.Equal(Level.Caution, CheckHelper.Run("Zara: ur presentation was so cringe, u looked like a clown\nMe: ok").Level);
        Assert.Equal(Level.Warning, CheckHelper.Run("Zara: u looked like a clown\nMe: stop\nZara: ur so ugly\nMe: please stop").Level);
    }

    [Fact]
    public void AskingAgainAfterANo_IsPressure()
    {
        var result = CheckHelper.Run("Rehan: lets video call\nMe: no\nRehan: pick up\nRehan: 1 min video call only");

        Assert.Contains(Signs.PressureCoercion, result.Codes);
        Assert.Equal(2, result.Signs.Count(s => s.Code == Signs.PressureCoercion));
    }

    [Fact]
    public void AcceptingANo_IsNotPressure()
    {
        var result = CheckHelper.Run("Tanvir: want to meet at the book fair?\nMe: no, i go with my family\nTanvir: ok no problem, enjoy");

        Assert.Equal([Signs.MeetingRequest], result.Codes);
        Assert.Equal(Level.Caution, result.Level);
    }

    [Fact]
    public void AClaimedChildWhoDrivesToTheOffice_IsIdentityDeception()
    {
        var result = CheckHelper.Run("Arian: im 14 btw\nMe: me too\nArian: just got back from office\nArian: i can drive since last year");

        var signs = result.Signs.Where(s => s.Code == Signs.IdentityDeception).ToList();
        Assert.Equal([2, 3], signs.Select(s => s.Message));
        Assert.Equal(Level.Warning, result.Level);
    }

    [Fact]
    public void AThreatToExposeWithoutADemand_IsBullyingNotBlackmail()
    {
        var result = CheckHelper.Run("Arnob: tomorrow i'm posting all your diary pages in the class group\nMe: please don't");

        Assert.Contains(Signs.BullyingThreat, result.Codes);
        Assert.DoesNotContain(Signs.ThreatBlackmail, result.Codes);
    }

    [Fact]
    public void InAGroup_InsultsBetweenOthers_AreNotAimedAtTheYoungPerson()
    {
        var result = CheckHelper.Run("Mahir: tomorrow i swear\nShafin: lol\nMahir: shafin ur such an idiot 😂\nMe: notes pls", me: "Me");

        Assert.Empty(result.Signs);
    }

    [Fact]
    public void Output_KeepsMessageOrder_StagesInOrder_AndAdvice()
    {
        var result = CheckHelper.Run("Ghost: tumi onek sundor\nMe: thanks\nGhost: tumi kon school e poro?\nMe: keno\nGhost: kauke bolba na kintu\nGhost: send me a pic of you");

        Assert.Equal([0, 2, 4, 5], result.Signs.Select(s => s.Message));
        Assert.Equal(["relationship-forming", "risk-assessment", "exclusivity", "sexual"], result.Stages);
        Assert.Equal(Level.Danger, result.Level);
        Assert.Contains("never-send-images", result.Advice);
        Assert.Contains("take-it-down", result.Advice);
        Assert.Contains("no-secrets", result.Advice);
    }
}
