using Sajag.Safety.Moderation;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>
/// An anonymous answer must not name a child: a full name beside a school or a class is masked with the post check's own
/// rules, and a village named as an address; a school or a class alone, and everyday words, stay readable.
/// </summary>
public sealed class ModeratorIdentityTests
{
    public static TheoryData<string, string> Masked => new()
    {
        { "Tanvir Hossain 10A Motijheel Ideal School", "Tanvir Hossain" },
        { "ami Sadia Rahman, class 8, Holy Cross e pori", "Sadia Rahman" },
        { "আমি তানজিলা আক্তার, ক্লাস সেভেন, হলি ক্রস স্কুল", "তানজিলা আক্তার" },
        { "Arif Chowdhury, class 9 — he won the quiz", "Arif Chowdhury" },
        { "amar bari gram Shibpur, Kaliganj thana", "Shibpur" },
        { "ora thake village Rampal, jano?", "Rampal" },
        { "Nila Rahman, 10A", "Nila Rahman" },
        { "রাহাত হোসেন ৯ক", "রাহাত হোসেন" },
        // Someone else's result still names a child and her school (the post check leaves it: not the writer's own).
        { "Arif Chowdhury, class 9 and Nusrat Jahan of Viqarunnisa won the quiz", "Viqarunnisa" },
    };

    public static TheoryData<string> Readable => new()
    {
        "class 9 er boi onek kothin",
        "Holy Cross er debate team is the best",
        "ami class 10 e pori, tai pressure beshi",
        "the village girls play football too",
        "gram theke eshe shobai shohor e thake",
        "পোস্ট করার আগে দুবার ভাবো",
        "যে পোস্ট একবার গেলে আর মোছা যায় না",
        "call 999 or 1098 if you are in danger",
        "Rafi scored 34 runs, roll 12 in the match list",
        "exam on 12/05, price 450 tk",
        "room 10A te exam, Nila Rahman sir nibe",
    };

    [Theory]
    [MemberData(nameof(Masked))]
    public void Check_WithANameBesideASchoolOrAVillage_HidesIt(string text, string hidden)
    {
        var result = Moderator.Check(text);

        Assert.DoesNotContain(hidden, result.Masked, StringComparison.Ordinal);
        Assert.True(result.HasPersonalDetail);
        Assert.False(result.HasHarmfulWords);
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public void Check_WithASchoolClassOrVillageAlone_MasksNothing(string text)
    {
        var result = Moderator.Check(text);

        Assert.Equal(text, result.Masked);
        Assert.False(result.HasPersonalDetail);
    }

    [Fact]
    public void Check_NameClassAndSchool_AreEachMaskedAsIdentity()
    {
        var result = Moderator.Check("Nusrat Jahan, class 9, Viqarunnisa");

        Assert.Contains(ModerationReason.Identity, result.Reasons);
        Assert.DoesNotContain("Nusrat", result.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain("class 9", result.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Viqarunnisa", result.Masked, StringComparison.Ordinal);
        Assert.Equal("identity", ModerationResult.CodeOf(ModerationReason.Identity));
    }
}
