using Sajag.Safety.Moderation;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>
/// Harm composed from its parts (who it is aimed at, what is done or demanded), in English, Bangla and Banglish; the
/// flagged rows are the misses quoted in issue 12, the clean rows safety answers that use the same words as a topic.
/// </summary>
public sealed class HarmRulesTests
{
    public static TheoryData<string, ModerationReason> Harmful => new()
    {
        { "you are so stuuuupid lol", ModerationReason.Abuse },
        { "shut up you fat pig", ModerationReason.Abuse },
        { "তুই একটা বোকা", ModerationReason.Abuse },
        { "tui ekta g4dh4", ModerationReason.Abuse },
        { "oi gadha, chup kor", ModerationReason.Abuse },
        { "sala tui", ModerationReason.Abuse },
        { "that guy is a f***ing creep", ModerationReason.Abuse },
        { "I'll beat you after school, wait and see", ModerationReason.Threat },
        { "তোর মুখ ভেঙে দিবো", ModerationReason.Threat },
        { "tore school er pore pitamu", ModerationReason.Threat },
        { "tore khun kore felbo", ModerationReason.Threat },
        { "kill him", ModerationReason.Threat },
        { "send me your pics or I will tell everyone your secret", ModerationReason.Threat },
        { "I will tell everyone your secret", ModerationReason.Threat },
        { "show me your body", ModerationReason.Sexual },
        { "send nudes or else", ModerationReason.Sexual },
    };

    public static TheoryData<string> Clean => new()
    {
        "Never send nude photos to anyone, even a friend.",
        "Sex education in school helps us understand consent.",
        "Rape is a crime and the victim is never to blame.",
        "Porn sites can show things that are harmful for kids.",
        "If someone calls you stupid or fat, block them and tell a teacher.",
        "If someone says they will leak your photos, do not pay and call 1098.",
        "Bullies sometimes threaten to beat you after school; tell an adult.",
        "কেউ যদি তোমাকে বোকা বলে, মন খারাপ কোরো না, শিক্ষককে জানাও।",
        "আমি মাথা নেড়ে বললাম ঠিক আছে",
        "Don't call anyone ugly, it hurts.",
        "I will kill it in the exam tomorrow",
        "#FoodPorn at the iftar party",
        "তুমি বোকা না, তুমি অনেক সাহসী",
        "send me the notes or I will fail the exam lol",
    };

    [Theory]
    [MemberData(nameof(Harmful))]
    public void Check_FlagsHarmComposedFromItsParts(string text, ModerationReason reason)
    {
        var result = Moderator.Check(text);

        Assert.True(result.Flagged, text);
        Assert.Contains(reason, result.Reasons);
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void Check_LeavesASafetyAnswerOrAnEverydayWordReadable(string text)
    {
        var result = Moderator.Check(text);

        Assert.False(result.HasHarmfulWords, string.Join(", ", result.Reasons));
        Assert.Equal(text, result.Masked);
    }

    [Fact]
    public void Check_MasksTheWordThatCarriesTheHarm_NotTheWholeAnswer()
    {
        Assert.Equal("you are so s*** lol", Moderator.Check("you are so stuuuupid lol").Masked);
    }
}
