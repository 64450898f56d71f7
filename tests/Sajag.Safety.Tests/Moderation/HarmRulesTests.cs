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

    // Written for the method, not taken from labelled rows: a listed word with a case ending or a plural, a violence root with
    // a future ending it was never listed with, and the common forms of menace.
    public static TheoryData<string, ModerationReason> Composed => new()
    {
        { "গাধাটা আবার এসেছে, ওই গাধাটা", ModerationReason.Abuse },
        { "tui ekta chagoler moto", ModerationReason.Abuse },
        { "you idiots", ModerationReason.Abuse },
        { "what a loser", ModerationReason.Abuse },
        { "তোকে কোপাইমু কাল", ModerationReason.Threat },
        { "tore kal vangbo", ModerationReason.Threat },
        { "ore thapramu", ModerationReason.Threat },
        { "tore size kore dimu", ModerationReason.Threat },
        { "I'll make you pay for this", ModerationReason.Threat },
        { "মজা বুঝবি কাল", ModerationReason.Threat },
        { "I wanna see u naked tonight", ModerationReason.Sexual },
        { "tor shorir dekhte chai", ModerationReason.Sexual },
    };

    public static TheoryData<string> ComposedClean => new()
    {
        "ছবির লোকেশন বন্ধ রাখো, নাহলে সবাই জেনে যাবে বাসা কোথায়",
        "amra kal mar kache jabo",
        "গাধার গল্পটা আমাদের বইয়ে আছে",
        "what a lovely day",
        "You will not regret learning to block strangers",
        "If a stranger asks you to send nudes, block them and tell an adult.",
        "A predator might say you are so hot and mature",
        "Boys who call girls sluts are bullies",
        "Calling girls sluts is bullying",
        "I want to see the sex education video again",
    };

    [Theory]
    [MemberData(nameof(Composed))]
    public void Check_ReadsEndingsAndVerbFormsItWasNotListedWith(string text, ModerationReason reason)
    {
        Assert.Contains(reason, Moderator.Check(text).Reasons);
    }

    [Theory]
    [MemberData(nameof(ComposedClean))]
    public void Check_LeavesTheSameWordsReadableWhenNothingIsAimed(string text)
    {
        Assert.False(Moderator.Check(text).Flagged, text);
    }

    // Issue 12, composing what harm is made of (2026-12-07, branch issue-12b): each rule with harmless sentences that share its
    // words. Written for the method from general knowledge of the three languages, not copied from eval/.
    public static TheoryData<string, ModerationReason> Generalised => new()
    {
        // A person likened to a thing or small animal; no wits; a smell said of someone.
        { "ur face looks like a burnt potato", ModerationReason.Abuse },
        { "Nabil looks like a lamppost", ModerationReason.Abuse },
        { "she smells like rotten fish", ModerationReason.Abuse },
        { "you have the brain of a goldfish", ModerationReason.Abuse },
        { "তোর মাথা আলুর মত", ModerationReason.Abuse },
        { "tor pet ta football er moto", ModerationReason.Abuse },
        { "তোর মাথায় কিছুই নাই", ModerationReason.Abuse },
        { "tor mathay kichu nai", ModerationReason.Abuse },
        { "ur brain is empty", ModerationReason.Abuse },
        { "Tanvir smells like a dustbin", ModerationReason.Abuse },
        { "nobody wants to sit with you, you smell", ModerationReason.Abuse },
        { "rafi ta ekta gadhar baccha", ModerationReason.Abuse },
        { "তোকে কেউ বিয়ে করবে না", ModerationReason.Abuse },

        // A blow "eaten", a body part cut after a condition, menace turned around.
        { "আরেকবার বললে চড় খাবি", ModerationReason.Threat },
        { "aro ekbar kotha bolle thappor khabi", ModerationReason.Threat },
        { "বেশি কথা বললে জিভ কেটে ফেলব", ModerationReason.Threat },
        { "দেখে নেব তোকে", ModerationReason.Threat },
        { "kal school e ashle tor khobor ase", ModerationReason.Threat },
        { "tor khobor kore dimu", ModerationReason.Threat },
        { "send me pics or I'll come to your house", ModerationReason.Threat },

        // Seen in, a night spent, clothes off.
        { "send a pic in ur nightdress", ModerationReason.Sexual },
        { "tui amar sathe ekrat katabi?", ModerationReason.Sexual },
        { "video call e jama khul", ModerationReason.Sexual },

        // A gender told where it belongs; a group told as thieves.
        { "women can't do math, stick to cooking", ModerationReason.Slur },
        { "meyera shudhu ranna korbe, porashuna diye ki hobe", ModerationReason.Slur },
        { "that Rohingya kid probably stole it", ModerationReason.Slur },
    };

    public static TheoryData<string> GeneralisedClean => new()
    {
        "I feel like a potato today, so tired",
        "ur cake looked like a potato 😭",
        "bro she fell like a sack of potatoes",
        "she smells like mustard oil lol",
        "আলুর মত গোল রুটি বানালাম",
        "the ball looks like a football",
        "আমার মাথায় কিছু ঢুকছে না, অংকটা আবার বোঝাবে?",
        "tor brain onek valo, math e 100 pabi",
        "you smell the flowers in the garden?",
        "তোর রান্নার গন্ধ দারুণ",
        "আমাদের গরুর বাচ্চা হয়েছে",
        "keu tore biye korte jor korle 1098 e phone dis",
        "ভাত খাবি? ঠান্ডা হয়ে যাচ্ছে",
        "kal salon e giye chul kete felbo",
        "অংকটা কাল দেখে নেব",
        "tor khobor ki? valo achis?",
        "send me the pics from the picnic or I'll forget to make the album",
        "your nightdress is in the laundry, ammu said",
        "ajke rat e ami porte bosbo",
        "jama ta khul, dhuye dibo",
        "my sister and the girls were cooking for Eid",
        "it is wrong to say girls belong in the kitchen",
        "the Rohingya crisis is a humanitarian problem",
    };

    [Theory]
    [MemberData(nameof(Generalised))]
    public void Check_FindsHarmByItsParts_InSentencesNoRuleListed(string text, ModerationReason reason)
    {
        Assert.Contains(reason, Moderator.Check(text).Reasons);
    }

    [Theory]
    [MemberData(nameof(GeneralisedClean))]
    public void Check_LeavesHarmlessSentencesWithTheSameWordsAlone(string text)
    {
        Assert.False(Moderator.Check(text).Flagged, text);
    }

    // Name-calling said with fondness or of one's own sibling, a programme word talked about, a name, a joined nickname:
    // kinds of harmless answer the rules flagged in the tuning part (issue 12m, 2026-12-07 22:40), in sentences written here.
    public static TheoryData<string> Teasing => new()
    {
        "tui ekta pagol, tai to tore eto valobashi ❤️",
        "you absolute idiot 😂 love you though",
        "Mitu tui ekta gadhi but amader gadhi",
        "দোস্ত তুই একটা গাধা, তবু তোকে ছাড়া চলে না ❤️",
        "my little brother is such a monkey lol",
        "আমার ছোট ভাইটা একটা পাগল, সারাদিন নাচে 😂",
        "ধর্ষণ নিয়ে স্কুলে খোলাখুলি কথা হওয়া দরকার",
        "porn niye kotha bolte lojja lage, kintu jana dorkar",
        "rape er ghotona chepe gele oporadhi sahos pay",
        "পর্নোগ্রাফি দেখানো গ্রুমিংয়ের একটা কৌশল",
        "Dick Grayson was the first Robin",
        "Pagla_Dashu",
        "boka_bhalobasha",
    };

    // The same words where they harm: fondness denied or mocked, someone else's sibling, a programme word aimed at someone.
    public static TheoryData<string, ModerationReason> TeasingHarmful => new()
    {
        { "tui ekta pagol, tore keu valobashe na", ModerationReason.Abuse },
        { "you absolute idiot, nobody loves you", ModerationReason.Abuse },
        { "I love how stupid you are, idiot", ModerationReason.Abuse },
        { "তুই একটা গাধা, তোকে কেউ পছন্দ করে না", ModerationReason.Abuse },
        { "your brother is such a monkey", ModerationReason.Abuse },
        { "tor nude niye viral korbo", ModerationReason.Sexual },
        { "send me your dick pic", ModerationReason.Sexual },
        { "fat_pig_rafi", ModerationReason.Abuse },
    };

    [Theory]
    [MemberData(nameof(Teasing))]
    public void Check_LeavesTeasingAndProgrammeTopicsReadable(string text)
    {
        Assert.False(Moderator.Check(text, null, null).Flagged, text);
        Assert.False(Moderator.Check(text).Flagged, text);
    }

    [Theory]
    [MemberData(nameof(TeasingHarmful))]
    public void Check_StillFlagsTheSameWordsWhereTheyHarm(string text, ModerationReason reason)
    {
        Assert.Contains(reason, Moderator.Check(text, null, null).Reasons);
    }
    // Issue 12, 2026-12-08 (branch issue-12m): a word for a disability, gender identity, caste or region used as someone's name,
    // violence named before its victim ("khun kore felbo tore"), spoken future forms, knowing where someone lives with a
    // warning, swearing by its parts. Sentences written here from general knowledge, not copied from eval/.
    public static TheoryData<string, ModerationReason> NamedAndPlaced => new()
    {
        { "oi langra ta abar khelte ashse", ModerationReason.Slur },
        { "ওই কানাটা কিছুই দেখে না", ModerationReason.Slur },
        { "chinku Tomal ki bujhbe", ModerationReason.Slur },
        { "Rakib is a hijra lol", ModerationReason.Slur },
        { "মুচির পোলা আবার মনিটর হইছে", ModerationReason.Slur },
        { "হিজড়ার মতো কথা বলে ছেলেটা", ModerationReason.Slur },
        { "ছক্কাটা আবার সেলফি দিছে", ModerationReason.Slur },
        { "mere felbo tore, dekhis", ModerationReason.Threat },
        { "ভেঙে দিবো তোর হাত", ModerationReason.Threat },
        { "tore mairalamu", ModerationReason.Threat },
        { "তোরে মারি ফালাইয়ুম", ModerationReason.Threat },
        { "I know where your house is. be careful", ModerationReason.Threat },
        { "tor basa ami chini, rat e ashbo", ModerationReason.Threat },
        { "তোর বাড়ি চিনি, সাবধানে থাকিস", ModerationReason.Threat },
        { "halar put, ekhane ki koros", ModerationReason.Abuse },
        { "হালার পো চুপ থাক", ModerationReason.Abuse },
        { "wtf is this answer", ModerationReason.Abuse },
        { "send two more and I'll delete it", ModerationReason.Threat },
        { "আরেকটা ভিডিও দিলে আগেরটা ডিলিট করে দিবো", ModerationReason.Threat },
        { "camera on koro 2 min, tarpor sob delete", ModerationReason.Threat },
        { "kal hijab chara ashis, valo lagbe", ModerationReason.Sexual },
        { "কাল ওড়না ছাড়া আসবি", ModerationReason.Sexual },
        { "let's rate the girls in 10A by body", ModerationReason.Sexual },
        { "oi mal ta ke re?", ModerationReason.Sexual },
        { "say it again and I'll break your nose", ModerationReason.Threat },
        { "tui to half ladies", ModerationReason.Slur },
        { "gay ra sob mental", ModerationReason.Slur },
        { "your dad drives a rickshaw, go home lol", ModerationReason.Abuse },
        { "রিকশাওয়ালার মেয়ে আবার ফার্স্ট হতে চায়", ModerationReason.Abuse },
    };

    // The same words where no one is named, threatened or sworn at.
    public static TheoryData<string> NamedAndPlacedClean => new()
    {
        "hijra community ke samaj e shomman dite hobe",
        "রাষ্ট্র হিজড়াদের তৃতীয় লিঙ্গ হিসেবে স্বীকৃতি দিয়েছে",
        "প্রতিবন্ধীদের জন্য স্কুলে র‍্যাম্প দরকার",
        "kauke langra ba kana bole dakbe na",
        "amar tota ta kotha bole",
        "সাকিব শেষ ওভারে একটা ছক্কা মারলো, ছক্কাটা দেখার মতো ছিল",
        "ami tore homework ta kore dibo",
        "I know your house, I'll bring the notes tomorrow",
        "কেউ তোমার বাসা কোথায় জানতে চাইলে বলবে না",
        "tor basa ami chini na, location pathao",
        "Hala Madrid is my favourite chant",
        "ami amar purono chobi gula delete kore dibo",
        "If someone says they will delete the pics once you send more, tell an adult",
        "how do I delete a photo from the cloud?",
        "ওড়না ছাড়া আসিস না, বাইরে অনেক ঠান্ডা",
        "rate this quiz out of 10",
        "ei mal ta koto taka?",
        "she said she would break it",
        "ami mentally tired, exam er pore kotha boli",
        "he's a mental health counsellor",
        "amar baba rickshaw chalay, ami tar jonno gorbito",
        "Rafi's father drives a rickshaw and works very hard",
    };

    [Theory]
    [MemberData(nameof(NamedAndPlaced))]
    public void Check_FlagsANameOfScornAPlaceKnownOrAThreatSaidInAnyOrder(string text, ModerationReason reason)
    {
        Assert.Contains(reason, Moderator.Check(text, null, null).Reasons);
    }

    [Theory]
    [MemberData(nameof(NamedAndPlacedClean))]
    public void Check_LeavesCommunitiesOwnWordsAndPlacesReadable(string text)
    {
        Assert.False(Moderator.Check(text, null, null).Flagged, text);
        Assert.False(Moderator.Check(text).Flagged, text);
    }
}
