using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

/// <summary>
/// Bullying by who does it: two or more contacts of a group ganging up on someone (the young person or someone absent), or
/// one contact who is hostile and name-calls; then a bare name-calling word ("মোটু", "leech", "hathi"), which a classroom
/// answer may hold harmlessly, is an insult, and harms aimed at a third person count. The chats are written for these tests,
/// each hard negative sharing the words of a case.
/// </summary>
public sealed class GroupBullyingTests
{
    public static TheoryData<string, string, string[]> Ganging => new()
    {
        {
            "bn: two boys mock an absent girl, keep her out of the project and plan to catch her after school",
            "রাফি: আজকে সুমনা যে ক্লাসে কাঁদলো দেখছিস 😂\nতানভীর: ও তো একটা ঢঙ্গী, চেহারা দেখছিস\nরাফি: ওরে কেউ সায়েন্স গ্রুপে নিবি না\nMe: থাক না\nতানভীর: কালকে ছুটির পর ওরে ধরমু",
            [Signs.BullyingInsult, Signs.BullyingExclusion]
        },
        {
            "banglish: a class group calls the young person an elephant and leaves her off the list",
            "Mou: dekh dekh amader hathi online 😂\nMe: ki bolchis\nPinky: haha. ore keu add korbi na picnic group e\nMou: bus e 2 seat lagbe, motu",
            [Signs.BullyingInsult, Signs.BullyingExclusion]
        },
        {
            "en: a former friend who shuts the young person out calls him a leech",
            "Tahmid: don't sit near us tomorrow. ur off the team\nMe: why??\nTahmid: nobody's talking to u. leech",
            [Signs.BullyingInsult, Signs.BullyingExclusion]
        },
    };

    [Theory]
    [MemberData(nameof(Ganging))]
    public void NameCalling_FromABully_IsAnInsult(string why, string chat, string[] codes)
    {
        var result = CheckHelper.Run(chat);

        Assert.All(codes, code => Assert.True(result.Codes.Contains(code), $"{why}: {code} missing; found {string.Join(", ", result.Codes)}"));
        Assert.True(result.Level >= Level.Warning, why);
        Assert.DoesNotContain(Signs.ThreatBlackmail, result.Codes);
    }

    [Fact]
    public void SpreadingAnAbsentGirlsPhoto_InAGroupGangingUpOnHer_IsABullyingThreat_NotBlackmail()
    {
        var result = CheckHelper.Run("নাফিস: মিতু যে আজকে পড়ে গেলো 😂\nরায়হান: ও একটা হাতি, মাটি কাঁপছিল\nনাফিস: ওর ছবি টা এডিট করে ক্লাসের গ্রুপে দিমু\nMe: এটা বেশি হয়ে যাচ্ছে");

        Assert.Contains(Signs.BullyingThreat, result.Codes);
        Assert.DoesNotContain(Signs.ThreatBlackmail, result.Codes);
    }

    public static TheoryData<string, string> NotBullying => new()
    {
        { "a friend who defends the young person calls the bullies names", "Tahsin: those guys are snakes. i'll beat them tomorrow\nMe: pls don't\nTahsin: don't worry, we're with u" },
        { "a squad's trash talk about the other team, answered in kind", "Rakib: oder squad ta noob, kill them first\nSabbir: haha oder camping dekh\nMe: ami rush dibo, tora cover dis noob ra" },
        { "one classmate's word about a teacher, laughed at by another, nobody hostile", "Rafi: new PE sir ta ekta hippo lol\nSami: haha\nMe: thamo tora" },
        { "a sister teasing", "Apu: tui ekta motu, sob chips kheye fellis\nMe: tui o to khaisos" },
    };

    [Theory]
    [MemberData(nameof(NotBullying))]
    public void NameCalling_WithoutAnyoneGangedUpOn_IsNoSign(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(!result.Codes.Contains(Signs.BullyingInsult) && !result.Codes.Contains(Signs.BullyingThreat), $"{why}: {string.Join(", ", result.Codes)}");
    }
}
