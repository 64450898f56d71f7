using Sajag.Safety.Moderation;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>
/// Harms made of several parts of one answer (issue 12, 2026-12-07 afternoon): knowing where someone is, a summons out of
/// sight, secrecy with a picture or a meeting, a private picture asked for, deletion or a favour traded for more, a
/// family's work looked down on, a colour mocked, a name-calling that opens the answer, a body part broken. The sentences
/// are made up for the test (none is a labelled row); each rule has harmless sentences that share its words.
/// </summary>
public sealed class HarmCompositionTests
{
    public static TheoryData<string> Harmful => new()
    {
        // Knowing where someone, or their family, can be found.
        "I know where you live, so be careful",
        "ami jani tor bon kon school e pore 🙂",
        "আমি জানি তোর বাসা কোথায়, সাবধানে থাকিস",
        "tor coaching kokhon shesh hoy ami jani 🙂",
        "tor boner school chini, sabdhane thakish",

        // A summons with menace, alone and out of sight, or with a leer.
        "কাল ছুটির পর মাঠে আসিস, হিসাব হবে",
        "meet me behind the canteen after school, come alone",
        "একা আসবি, কাউকে বলবি না",
        "rat e chade ashis, keu janbe na",
        "ছুটির পর ল্যাবের পেছনে আসিস 😏",

        // A picture asked for with secrecy, as private or special, "just one" with a pet name, for a favour.
        "send me one private pic, nobody will know",
        "ekta special chobi pathao na, shudhu amar jonno",
        "একটা প্রাইভেট ছবি দাও প্লিজ",
        "just one pic babe, please",
        "I paid your recharge, now send a photo",
        "tomake bkash e recharge dilam, ekhon camera on kore asho",

        // Deletion traded for more.
        "come on cam once more and I'll delete everything",
        "aro ekta chobi dile agerta delete kore dibo",

        // A family's work looked down on.
        "tor baba to rickshaw chalay, eto bhab kisher",
        "ওর মা তো মানুষের বাড়িতে কাজ করে, ও আবার কথা বলে",
        "ফেরিওয়ালার ছেলে আবার ফার্স্ট হতে চায়",

        // A colour mocked.
        "she is so dark you can't see her at night",
        "এত কালো ছেলের সাথে কে বসবে",
        "oi kalo bhoot ta abar ashche",

        // A name-calling that opens the answer, set off by a comma.
        "বলদ, এইটাও পারিস না",
        "gadha ekta, kichui bujhis na",

        // A body part broken, its owner unsaid; dialect verbs of hurting.
        "kal mathe ashle theng bhaingga dimu",
        "নদীতে চুবাইয়া রাখমু তোরে",
        "mui tore mairalamu",
        "tore kupai dimu",
        "আঁই তোরে মারি ফালাইয়ুম",
        "say it again and I'll break your arm",
        "chup thak nahole tor dat gunte parbi na",
        "tell sir and u will regret it",
        "eka pele tor khobor ache",
        "টাকা না দিলে তোর ছবি ফেসবুকে",
    };

    public static TheoryData<string> Harmless => new()
    {
        // The same words, said in friendship, as advice, or of things.
        "I know your house, I'll bring the notes tomorrow",
        "ami jani na tor basa kothay, location pathao",
        "do you know where the school office is?",
        "If someone says they know where you live, tell a trusted adult",
        "ছুটির পর মাঠে আসিস, ক্রিকেট খেলবো",
        "come alone if the others are busy, we'll study at my place",
        "রাতে একা বাইরে আসিস না, বিপদ হতে পারে",
        "don't tell anyone about the surprise party for Rafi!",
        "never send a private photo to anyone, even if they promise nobody will see it",
        "private photo share kora oporadh, report koro",
        "please don't share private photos of anyone",
        "ami eka eka khobor dekhi rat e",
        "I regret not calling you yesterday",
        "tor haat e ki hoise? dekhabi?",
        "মোটা, কালো, বেঁটে বলে ডাকা বন্ধ করো",
        "bhalo thakis, kal dekha hobe",
        "আমরা একটা গরু কিনেছি, কোরবানির জন্য",
        "delete kore de, abar pathai thik chobi ta",
        "tik tok e video post korbo kal",
        "this answer is 🔥 bro",
        "tor jama ta 🔥, kotha theke kinli?",
        "tor onek sahos, report kore dili",
        "kauke bolis na, kal party te ashis, surprise hobe",
        "কেউ প্রাইভেট ছবি চাইলে দিতে হবে না, ব্লক করো",
        "just one photo of the notes pls, I missed class",
        "ekta group photo dao, album e dibo",
        "delete the old photo and post the new one from the picnic",
        "amar baba rickshaw chalay, ami tar jonno gorbito",
        "please send me a photo of your homework before class",
        "ami jani tor school kothay, kal ekshathe jabo",
        "আমি জানি তোর কোচিং কখন ছুটি হয়, গেটে থাকিস, নিতে আসবো",
        "pagol, ki bolis, ami to moja korchilam",
        "kal ashis, hisab ta kore dibo",
        "A groomer may say nobody will know, just send one private pic. Block and report him.",
        "tor baba ki kore? amar baba dokan chalay",
        "the room is so dark, turn on the light",
        "এত কালো মেঘ, আজ বৃষ্টি হবে",
        "she is so dark and so beautiful in that saree",
        "kalo jama ta tor sathe valo manay",
        "বোকা বানানো ঠিক না, সবাইকে সম্মান করো",
        "Mira, ki obostha? class e ashbi?",
        "kal salon e giye chul kete dibo",
        "bro কালকের match এ ৬ টা ছক্কা মারছি 🏏",
        "hijra community o online e harassment face kore, oder respect kora uchit",
    };

    [Theory]
    [MemberData(nameof(Harmful))]
    public void Check_FlagsHarmComposedOfItsParts(string text)
    {
        Assert.True(Moderator.Check(text).Flagged, text);
    }

    [Theory]
    [MemberData(nameof(Harmless))]
    public void Check_LeavesSentencesWithTheSameWordsAlone(string text)
    {
        Assert.False(Moderator.Check(text).Flagged, text);
    }
}
