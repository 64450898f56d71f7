using Sajag.Safety.Moderation;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>Words of abuse, sex, threat and slur are found through their disguises; ordinary words that contain them are not.</summary>
public sealed class ModeratorWordTests
{
    public static TheoryData<string, ModerationReason> Flagged => new()
    {
        // English, with evasions.
        { "fuck off", ModerationReason.Abuse },
        { "FUUUUCK this", ModerationReason.Abuse },
        { "f*ck this", ModerationReason.Abuse },
        { "fvck you", ModerationReason.Abuse },
        { "f u c k", ModerationReason.Abuse },
        { "f.u.c.k you", ModerationReason.Abuse },
        { "fu\u200Bck", ModerationReason.Abuse },
        { "fu\u00ADck", ModerationReason.Abuse },
        { "ｆｕｃｋ", ModerationReason.Abuse },
        { "fu\u0441k", ModerationReason.Abuse },
        { "F-U-C-K", ModerationReason.Abuse },
        { "fúck", ModerationReason.Abuse },
        { "motherfucker", ModerationReason.Abuse },
        { "this is sh1t", ModerationReason.Abuse },
        { "you b!tch", ModerationReason.Abuse },
        { "kiss my a$$", ModerationReason.Abuse },
        { "what a bastard", ModerationReason.Abuse },
        { "$ex", ModerationReason.Sexual },
        { "5ex", ModerationReason.Sexual },
        { "s.e.x", ModerationReason.Sexual },
        { "s e x chat", ModerationReason.Sexual },
        { "ѕех", ModerationReason.Sexual },
        { "SEXY girl", ModerationReason.Sexual },
        { "send nudes", ModerationReason.Sexual },
        { "p0rn", ModerationReason.Sexual },
        { "wanna $3x?", ModerationReason.Sexual },
        { "ѕехy pics", ModerationReason.Sexual },
        { "I will kill you", ModerationReason.Threat },
        { "i'll kill u", ModerationReason.Threat },
        { "kill yourself", ModerationReason.Threat },
        { "I will leak your pics", ModerationReason.Threat },
        { "I know where you live", ModerationReason.Threat },
        { "you retard", ModerationReason.Slur },
        { "f@ggot", ModerationReason.Slur },

        // Bangla, with evasions.
        { "খানকি", ModerationReason.Abuse },
        { "খা ন কি", ModerationReason.Abuse },
        { "খান\u200Cকী", ModerationReason.Abuse },
        { "মাগী", ModerationReason.Abuse },
        { "মাগির মতো", ModerationReason.Abuse },
        { "শালা", ModerationReason.Abuse },
        { "বালের কথা", ModerationReason.Abuse },
        { "হারামজাদা", ModerationReason.Abuse },
        { "বোকাচ\u09C7\u09BEদা", ModerationReason.Abuse },
        { "খাঙ্কি", ModerationReason.Abuse },
        { "কুত্তার বাচ্চা", ModerationReason.Abuse },
        { "চোদাচুদি", ModerationReason.Sexual },
        { "সেক্সি", ModerationReason.Sexual },
        { "ছবি ভাইরাল করে দেব", ModerationReason.Threat },
        { "তোর ছবি ফাঁস করে দিবো", ModerationReason.Threat },
        { "তোকে মেরে ফেলব", ModerationReason.Threat },
        { "মালাউন", ModerationReason.Slur },

        // Banglish, with evasions.
        { "khanki", ModerationReason.Abuse },
        { "khaaanki magi", ModerationReason.Abuse },
        { "baaal", ModerationReason.Abuse },
        { "maaagi", ModerationReason.Abuse },
        { "KHANKIR pola", ModerationReason.Abuse },
        { "magi", ModerationReason.Abuse },
        { "chudi", ModerationReason.Abuse },
        { "tor mare", ModerationReason.Abuse },
        { "shala", ModerationReason.Abuse },
        { "haramjada", ModerationReason.Abuse },
        { "h@ramzada", ModerationReason.Abuse },
        { "kuttar bachcha", ModerationReason.Abuse },
        { "kuttarbaccha", ModerationReason.Abuse },
        { "bokachoda", ModerationReason.Abuse },
        { "b.o.k.a.c.h.o.d.a", ModerationReason.Abuse },
        { "nengta chobi", ModerationReason.Sexual },
        { "tor chobi viral kore dibo", ModerationReason.Threat },
        { "tomar pic leak kore dimu", ModerationReason.Threat },
        { "tore mere felbo", ModerationReason.Threat },
        { "malaun", ModerationReason.Slur },
        { "ei maigga", ModerationReason.Slur },
    };

    [Theory]
    [MemberData(nameof(Flagged))]
    public void Check_WithAHarmfulWord_FlagsItWithItsReasonAndMasksIt(string text, ModerationReason reason)
    {
        var result = Moderator.Check(text);

        Assert.True(result.Flagged);
        Assert.Contains(reason, result.Reasons);
        Assert.Contains(result.Findings, f => f.Reason == reason);
        Assert.Contains("***", result.Masked, StringComparison.Ordinal);
        Assert.NotEqual(text, result.Masked);
    }

    public static TheoryData<string> Clean => new()
    {
        // English: look-alike substrings inside ordinary words.
        "I grew up near Scunthorpe",
        "I love grape juice",
        "My therapist helped me a lot",
        "The assessment is on Monday",
        "Our class went on a trip",
        "That is a classic film",
        "Don't assume they are who they say",
        "A cocktail of fruit juices",
        "Sussex is in England",
        "The analysis was hard",
        "The skyscraper is tall",
        "Hello everyone!",
        "Keep a balance between games and study",
        "It is a global problem",
        "Passing the test was hard",
        "My grandmother is very kind",
        "We should pass this message on",
        "Shiitake mushrooms are tasty",
        "Tell a trusted adult and call 1098",
        "Block them and do not reply",
        "Sexual exploitation is a crime; report it",
        "Never share your photos with strangers",
        "It was a cocky move by the player",
        "We ate salad at lunch",
        "He was bald",
        "I kicked the ball",
        "Bring the cricket balls",
        "He is a real baller",
        "A cocker spaniel",
        "Both sexes can be targeted",

        // Bangla.
        "বালক বিদ্যালয়ে পড়ি",
        "আমার বালিশ নরম",
        "আমরা শালবন বিহার দেখতে গেলাম",
        "মাগুর মাছ খেতে ভালো লাগে",
        "নদীর বালি খুব সাদা",
        "এক বালতি পানি",
        "আমার বয়স চোদ্দ",
        "অচেনা কাউকে ছবি পাঠাবে না",
        "তোমার ছবি ভাইরাল হতে পারে, সাবধান",
        "বিশ্বস্ত বড় কাউকে বলো",
        "কানায় কানায় পূর্ণ",
        "অপর্ণা আমার বন্ধু",
        "তোর মাকে বলব",

        // Banglish.
        "magic dekhte valo lage",
        "shalom bolo",
        "balti te pani",
        "ami Maggi noodles khai",
        "choddo bochor boyosh",
        "tomar chobi viral hoye jete pare",
        "kauke pic dio na",
        "chudidar porechi",
        "ami shitol pani khai",
        "ei global problem",
        "ne re, boi ta ne",
        "tor ma ki bolse?",
    };

    [Theory]
    [MemberData(nameof(Clean))]
    public void Check_WithAnOrdinarySentence_FlagsNothingAndChangesNothing(string text)
    {
        var result = Moderator.Check(text);

        Assert.False(result.Flagged, string.Join(", ", result.Findings));
        Assert.Empty(result.Reasons);
        Assert.Equal(text, result.Masked);
    }

    [Theory]
    [InlineData("fuck you", "f*** you")]
    [InlineData("you fucking idiot", "you f*** i***")]
    [InlineData("f u c k off", "f*** off")]
    [InlineData("খানকি মাগি", "খ*** ম***")]
    [InlineData("tui ekta khanki", "tui ekta k***")]
    [InlineData("hello $ex", "hello ***")]
    public void Check_MasksEachWholeFlaggedWord_KeepingItsFirstLetter(string text, string masked) =>
        Assert.Equal(masked, Moderator.Check(text).Masked);

    [Fact]
    public void Check_FindsTheSpanOfTheDisguisedWordInTheOriginalText()
    {
        const string text = "well f u\u200B c k it";

        var finding = Assert.Single(Moderator.Check(text).Findings);

        Assert.Equal(ModerationReason.Abuse, finding.Reason);
        Assert.Equal("f u\u200B c k", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Check_ListsEachReasonOnceInTheOrderOfTheEnum()
    {
        var result = Moderator.Check("fuck sex fuck 01712345678 shit magi");

        Assert.Equal([ModerationReason.Abuse, ModerationReason.Sexual, ModerationReason.Phone], result.Reasons);
        Assert.Equal(["abuse", "sexual", "phone"], result.ReasonCodes);
    }

    [Fact]
    public void Check_WithEmptyText_FlagsNothing()
    {
        var result = Moderator.Check("");

        Assert.False(result.Flagged);
        Assert.Equal("", result.Masked);
        Assert.Empty(result.Findings);
    }
}
