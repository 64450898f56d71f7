using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>
/// Schools named the way students name their own: by the school's own word alone ("Viqi te", "Holy Cross e pori", "St.
/// Joseph cricket team", "নটর ডেমে ভর্তি হলাম"), or by a name placed next to a class or a school event ("Class 10 in Sylhet Govt
/// Pilot", "Roll 204, Viqarunnisa", "Mastermind er debate team", "শাহীন কলেজের ক্লাস ১০").
/// </summary>
/// <remarks>
/// The names are well-known schools and colleges of Bangladesh, written from general knowledge of them (not from any labelled
/// draft): a student naming one says where they can be found every weekday. Names that are also everyday words or given names
/// (Ideal, Shaheen, Residential) count only with a cue: a school word, a class, a case ending or a study verb.
/// </remarks>
internal static class SchoolNames
{
    // Distinctive enough to be a school in any case: "viqi te jai", "notre dame e admission".
    private const string AnyCase = @"viqarunnisa(?:\s+noon)?|viqi|vnsc|holy\s+cross|notre\s*dame|scholastica|adamjee(?:\s+cantonment)?|rajuk(?:\s+uttara\s+model)?|faujdarhat";

    // A school when capitalised (each is also a word, a place or a bank in lower case or elsewhere).
    private const string Capitalised =
        @"st\.?\s*joseph(?:'s)?|st\.?\s*gregory(?:'s)?|st\.?\s*placid(?:'s)?|st\.?\s*francis\s+xavier(?:'s)?|sunbeams|maple\s+leaf|mastermind|"
        + @"udayan|cantonment\s+public|motijheel\s+ideal|monipur|willes\s+little\s+flower|mirzapur\s+cadet|jhenaidah\s+cadet|bnmpc|kamrunnesa|"
        + @"siddheswari|bangladesh\s+international|oxford\s+international|aga\s+khan|south\s+breeze|sunnydale|glenrich|"
        + @"chittagong\s+collegiate|rajshahi\s+collegiate|dhaka\s+college|dhaka\s+city\s+college|tejgaon\s+college|govt\.?\s+lab(?:oratory)?|"
        + @"government\s+laboratory|mohammadpur\s+preparatory|dhaka\s+residential(?:\s+model)?|baf\s+shaheen|ispahani\s+public|"
        + @"[a-z]+\s+zilla\s+school|[a-z]+\s+govt\.?\s+pilot|[a-z]+\s+cadet\s+college|"
        + @"south\s+point|green\s+herald|sir\s+john\s+wilson|cambrian|playpen|uttara\s+high|shamsul\s+hoque\s+khan|"
        + @"dhaka\s+collegiate|nawab\s+habibullah|azimpur\s+(?:govt\.?\s+)?girls|motijheel\s+(?:govt\.?\s+)?boys|tejgaon\s+(?:govt\.?\s+)?girls|"
        + @"[a-z]+\s+(?:govt\.?|government)\s+(?:boys|girls)(?:'|’)?(?:\s+high)?|[a-z]+\s+(?:girls|boys)(?:'|’)?\s+high|bir\s*shreshtha\s+[a-z]+(?:\s+[a-z]+){0,2}|"
        + @"shaheed\s+anwar\s+girls|holy\s+child|little\s+jewels|european\s+standard|international\s+school\s+dhaka";

    private const string Bengali =
        "ভিকারুননিসা(?:\\s+নূন)?|ভিকি|হলি\\s*ক্রস|নটর\\s*ডেম|সেন্ট\\s*জোসেফ|সেন্ট\\s*গ্রেগরি|স্কলাস্টিকা|সানবিমস|মাস্টারমাইন্ড|উদয়ন\\s+স্কুল|"
        + "আদমজী(?:\\s+ক্যান্টনমেন্ট)?|ক্যান্টনমেন্ট\\s+পাবলিক|রাজউক(?:\\s+উত্তরা\\s+মডেল)?|মতিঝিল\\s+আইডিয়াল|উইলস\\s+লিটল\\s+ফ্লাওয়ার|"
        + "ফৌজদারহাট|মির্জাপুর\\s+ক্যাডেট|কামরুন্নেসা|সিদ্ধেশ্বরী\\s+(?:বালিকা|গার্লস|স্কুল|কলেজ)|গভর্নমেন্ট\\s+ল্যাবরেটরি|ঢাকা\\s+কলেজ|ঢাকা\\s+রেসিডেনসিয়াল|"
        + "মাইলস্টোন|সাউথ\\s+পয়েন্ট|অগ্রণী|শহীদ\\s+আনোয়ার|ক্যামব্রিয়ান|হলি\\s+চাইল্ড|[\\u0980-\\u09FF]{1,20}\\s+সরকারি\\s+(?:বালক|বালিকা)|"
        + "বিএএফ\\s+শাহীন|[\\u0980-\\u09FF]{1,20}\\s+জিলা\\s+স্কুল|[\\u0980-\\u09FF]{1,20}\\s+ক্যাডেট\\s+কলেজ";

    // Schools by the letters students call them (capitals only): Dhaka Residential Model College, Notre Dame College, the cadet colleges.
    private const string Acronyms = "DRMC|RUMC|NDC|CCPC|BCIC|SFX|MGBHS|BAFSD|BAFSK|CPSC|ACPS|FCC|MCC|JCC|RCC|GLSC|SJS";

    // Also a word or a given name: a school only when capitalised and followed by a school word, a class, a study verb or a case ending and one.
    private const string Cued = "Milestone|Agrani|Academia|Kakoli|Ideal|Shaheen|Residential|Cantonment|Collegiate|Preparatory|Pilot|আইডিয়াল|শাহীন|ক্যান্টনমেন্ট|ল্যাবরেটরি|উদয়ন|মনিপুর";
    private const string CueAfter = @"(?:\s*(?:-?e|-?te|-?er|'s|’s|ে|এ|-এ|তে|ের|এর|র))?\s+(?:school|college|class|grade|std|section|roll|pori|porhi|porchi|admission|vorti|bhorti|student|স্কুল|কলেজ|ক্লাস|শ্রেণি|পড়ি|পড়ছি|পড়ে|ভর্তি)";

    // A Latin case ending left out of the name ("Viqi te" → "Viqi").
    private const string LatinEnding = @"(?:\s?-?(?:e|te|er)(?=[\s,.!?)]|$)|['’]s)?";

    private static readonly Regex DistinctiveName = Make(
        $@"{L}(?<n>(?:{AnyCase})|(?-i:(?=[A-Z]))(?:{Capitalised})|(?-i:{Acronyms})){LatinEnding}{R}|{L}(?<n>(?:{Bengali})[\u0980-\u09FF]{{0,3}}){R}");

    // The name is matched with its capital; the cue after it in any case ("Ideal School", "Ideal school e").
    private static readonly Regex CuedName = Make($@"{WordStart}(?<n>{Cued})(?=(?i:{CueAfter}))", caseSensitive: true);

    // A class right before a capitalised name: "Class 10 Section Ka in Sylhet Govt Pilot", "Roll 204, Viqarunnisa Noon School".
    private static readonly Regex AfterClass = Make(
        $@"{L}(?:class|grade|std|section|sec|roll|ক্লাস|শ্রেণি|সেকশন|রোল)\s*[:\-]?\s*(?:no\.?\s*)?[\p{{L}}\p{{M}}\p{{Nd}}]{{1,6}}(?:\s+(?:section|sec|সেকশন)\s+[\p{{L}}\p{{M}}]{{1,3}})?\s*(?:,|\||\s(?:in|at|of|from))\s+(?<p>{WordStart}(?-i:[A-Z])[\p{{L}}'’\-.]{{0,39}}(?:\s+{WordStart}(?-i:[A-Z])[\p{{L}}'’\-.]{{0,39}}){{0,4}})");

    // A school event after a capitalised name: "Mastermind er debate team", "X School-er picnic", "X's annual sports".
    private static readonly Regex BeforeEvent = Make(
        $@"(?<p>{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}(?:\s+{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}){{0,3}})\s*(?:['’]s|-?er|এর)?\s+(?:debate\s+(?:team|club)|science\s+(?:club|fair)|annual\s+sports|sports\s+day|prize\s+giving|picnic|tiffin|uniform|principal|headmaster|head\s+sir|admission\s+test|reunion|পিকনিক|টিফিন|ইউনিফর্ম|প্রিন্সিপাল|হেড\s*স্যার|ভর্তি\s+পরীক্ষা){R}",
        caseSensitive: true);

    /// <summary>Whether <paramref name="text"/> names a well-known school by its own words ("Viqarunnisa", "নটর ডেমে", "Ideal e pori").</summary>
    public static bool Names(string text) => DistinctiveName.IsMatch(text) || CuedName.IsMatch(text);

    public static void Find(string text, List<Candidate> found)
    {
        foreach (var pattern in (Regex[])[DistinctiveName, CuedName])
        {
            foreach (Match match in pattern.Matches(text))
            {
                var name = match.Groups["n"];
                found.Add(new Candidate(DetailKind.School, name.Index, name.Index + name.Length));
            }
        }

        AddPlace(text, found, AfterClass, fromEnd: false);
        AddPlace(text, found, BeforeEvent, fromEnd: true);
    }

    private static void AddPlace(string text, List<Candidate> found, Regex pattern, bool fromEnd)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (Rules.PlaceWords(text, match.Groups["p"], fromEnd) is var (start, end) && !IsPersonName(text[start..end]))
            {
                found.Add(new Candidate(DetailKind.School, start, end));
            }
        }
    }

    // "Class 9, Ayesha Siddiqua": a given name with a known surname is a person, not a school.
    private static bool IsPersonName(string words) => Words.Split(words).Any(w => Words.Surnames.Contains(w.Folded));
}
