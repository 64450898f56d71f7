using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>
/// Findings that look like a detail but say nothing of the writer: a class named as a year's books or syllabus ("class 10
/// syllabus", "Selling Class 9 books", "class 9 er math boi"), a class the writer was in once ("when I was in class 5",
/// "ক্লাস ফাইভে থাকতে"), a company's or a public body's @handle ("@daraz_bd", "@pathao_food"), the school a team played
/// against ("won against Notre Dame") or a school's result told of others ("Notre Dame won the debate"), an age that is a
/// limit, a stranger's or a relative's ("kids under 13", "a 16 year old won", "amar bhai er boyosh 9", "১০ বছর বয়সে"), and
/// where a relative is ("আব্বু এখন মতিঝিল অফিসে আছে", "my cousin is at Bashundhara City right now").
/// </summary>
/// <remarks>Written from general knowledge of how students write (a class is also a curriculum) and of well-known brands; each
/// case has look-alikes that stay marked in <c>NotTheWritersTests</c>.</remarks>
internal static class NotTheWriters
{
    // A class followed by what is studied or bought for it, a subject between allowed: the class is a curriculum here, not the writer's.
    private static readonly Regex CourseAfter = Make(
        @"\G(?:\s*(?:er|এর|['’]s|-?এর))?\s+(?:(?:math|maths|physics|chemistry|biology|english|bangla|ict|science|history|geography|higher\s+math|"
        + @"গণিত|বাংলা|ইংরেজি|বিজ্ঞান|পদার্থবিজ্ঞান|রসায়ন|জীববিজ্ঞান|উচ্চতর\s+গণিত)(?:\s*(?:er|এর))?\s+)?"
        + @"(?:books?|boi|textbooks?|syllabus|sylebus|guide|guides|suggestions?|question\s+papers?|board\s+books?|বই|বইগুলো|সিলেবাস|গাইড|সাজেশন|প্রশ্নপত্র)"
        + R);

    // The team a school played, not the writer's school.
    private static readonly Regex OpponentBefore = Make(
        @"(?:against|vs\.?|versus|beat|defeated|(?:lost|losing|lose)(?:\s+\d{1,2}\s*[-–:]\s*\d{1,2})?\s+to|played|বিপক্ষে|বিরুদ্ধে)\s*$");

    // "Ideal School er kache harlam", "আইডিয়াল স্কুলের কাছে হেরে গেলাম": the team the writer's team lost to.
    private static readonly Regex OpponentAfter = Make(
        @"\G(?:\s+(?:school|college|স্কুল|কলেজ))?\s*(?:-?er|r|এর|ের|র)?\s+(?:kache|kase|কাছে)\s+(?:\d{1,2}\s*[-–:]\s*\d{1,2}\s+(?:e|এ)\s+)?(?:harlam|harsi|harchi|here|hereche|harlo|হারলাম|হেরেছি|হেরে|হারলো|হেরেছে)" + R);

    /// <summary>Companies, shops, media and public bodies young people follow; their handles name no young person.</summary>
    private static readonly FrozenSet<string> Brands = Words.Set("""
        daraz foodpanda pathao shohoz chaldal rokomari othoba evaly bikroy ajkerdeal pickaboo startech ryans
        grameenphone gp robi airtel banglalink teletalk bkash nagad upay
        aarong bata apex walton symphony samsung xiaomi realme oppo vivo apple nike adidas cocacola pepsi kfc pizzahut
        prothomalo thedailystar dailystar somoytv somoynews jamunatv channel24 bbcbangla bbc cnn ntv rtv
        10minuteschool tenminuteschool shikho udvash retina unicef bracbd brac savethechildren
        instagram facebook youtube tiktok netflix spotify google microsoft
        """);

    // A class the writer was in once: "class 5 e thakte", "ক্লাস ফাইভে থাকতে", "ক্লাস সিক্সে পড়ার সময়", "class 4 e porar somoy".
    private static readonly Regex PastClassAfter = Make(
        @"\G\s*-?(?:e|te|এ|তে)?\s*(?:thakte|thakar\s+somoy|thakakalin|porar\s+somoy|porbar\s+somoy|thaktam|portam|porten|porto|portis|"
        + @"থাকতে|থাকার\s+সময়|থাকাকালীন|পড়ার\s+সময়|পড়াকালীন|থাকতাম|পড়তাম|পড়তেন|পড়তো|পড়ত|পড়তিস)" + R
        + @"|\G\s*,?\s*(?:i|we)\s+(?:was|were|used\s+to|had|thought)" + R);

    // "when I was in class 5", "back in grade 3", "used to be in section B".
    private static readonly Regex PastClassBefore = Make(@"(?:when\s+(?:i|we)\s+(?:was|were)\s+in|back\s+in|(?:i|we)\s+(?:was|were)\s+in|used\s+to\s+be\s+in|throwback\s+to|throwback|tbt\s*:?)\s+(?:the\s+|our\s+|my\s+)?$");

    // A team's result told of a school ("Notre Dame College won the debate", "Rajuk er team first hoise"), in a post where
    // the writer never says "I", "we" or "our": others' school, not the writer's.
    private static readonly Regex ResultAfter = Make(
        @"\G[^.!?।\n]{0,60}?(?<![\p{L}\p{M}])(?:won|wins|win|lost|loses|beat|beats|defeated|champions?|runners?\s*-?up|jitse|jitlo|jiteche|jitche|harse|harlo|hereche|result|results|pass\s+korse|passed|first\s+hoise|first\s+hoyeche|first\s+holo|champion\s+hoyeche|জিতেছে|জিতলো|জিতল|হেরেছে|হারলো|হারল|চ্যাম্পিয়ন|প্রথম\s+হয়েছে|প্রথম\s+হলো)" + R);

    private static readonly FrozenSet<string> FirstPerson = Words.Set("""
        i i'm im i've ive me my mine we we're our ours us ami amar amr amra amader amake আমি আমার আমরা আমাদের আমাকে
        """);

    // A limit, not an age: "under 13", "over 18", "kids aged 13-17", "18+", "১৮ বছরের কম বয়সী", "13 er niche".
    private static readonly Regex LimitBefore = Make(@"(?<![\p{L}\p{M}])(?:under|over|below|above|less\s+than|more\s+than|at\s+least|minimum|min|maximum|max|up\s*to|older\s+than|younger\s+than|between|ages|age\s+group)\s*$");

    private static readonly Regex LimitAfter = Make(
        @"\G[\p{L}\p{M}]*(?:\s*(?:বছর|years?|yrs?|bochor|bosor)[\p{L}\p{M}]*)?\s*(?:\+|(?:-|–|to|theke|থেকে)\s*\d|(?:er\s+|এর\s+)?(?:niche|nicher|upore|uporer|kom|beshi|নিচে|নিচের|উপরে|উপরের|কম|বেশি)" + R
        + @"|(?:and|or)\s+(?:under|above|up|over|below|older|younger|more|less)" + R + ")");

    // An age at which something happened ("১০ বছর বয়সে", "10 bochor boyoshe", "at the age of 12"): a past or someone's, not how old the writer is.
    private static readonly Regex AtTheAgeAfter = Make(@"\G[^.!?।\n,]{0,12}?(?:বয়সে|boyoshe|boyose|boyeshe|boishe)" + R);

    private static readonly Regex AtTheAgeBefore = Make(@"(?<![\p{L}\p{M}])(?:at\s+the\s+age\s+of|at\s+age|when\s+(?:i|we|he|she)\s+(?:was|were))\s*$");

    /// <summary>Relatives and children the writer may tell of: their age or where they are is not the writer's.</summary>
    private static readonly FrozenSet<string> Others = Words.Set("""
        brother brothers bro sister sisters sis cousin cousins son daughter niece nephew kid kids child children teenagers
        mom mum mother dad father ammu abbu amma abba ma baba mama khala chacha fupu nanu dadu nani dadi
        bhai bhaiya vaiya vai bon apu apur didi bhagni bhagne bhatiji bhatija meye meyer chele cheler bachha baccha bacha bachcha bacchara
        he she they ora tara se
        ভাই ভাইয়া ভাইয়ের ভাইয়ার বোন বোনের আপু আপুর দিদি ভাগ্নি ভাগ্নে ভাতিজা ভাতিজি মেয়ে মেয়েটা মেয়ের ছেলে ছেলেটা ছেলের বাচ্চা বাচ্চারা বাচ্চাদের
        কাজিন আম্মু আব্বু মা বাবা খালা মামা চাচা ফুপু নানু দাদু নানি দাদি সে তারা ওরা
        """);

    /// <summary>Words that set up someone not yet named: "a 16 year old", "ekta bachha", "একটা ১০ বছরের মেয়ে", "this 14 yo kid".</summary>
    private static readonly FrozenSet<string> Indefinite = Words.Set("a an one this that ekta ekti ekjon ekjon একটা একটি একজন");

    /// <summary>
    /// Removes from <paramref name="found"/> the findings of <paramref name="text"/> that are not the writer's; with
    /// <paramref name="keepSchoolsAndClasses"/>, schools and classes stay whoever's they are (the moderation filter masks any
    /// child named beside where they study).
    /// </summary>
    public static void Drop(string text, List<Candidate> found, bool keepSchoolsAndClasses = false) =>
        found.RemoveAll(c => c.Kind switch
        {
            DetailKind.Class or DetailKind.School when keepSchoolsAndClasses => false,
            DetailKind.Class => CourseAfter.IsMatch(text, c.End) || PastClassAfter.IsMatch(text, c.End) || PastClassBefore.IsMatch(Before(text, c.Start, 30)),
            DetailKind.Handle => IsBrand(text[c.Start..c.End]),
            DetailKind.School => !NamedBeside(text, c, found)
                && (OpponentBefore.IsMatch(text.AsSpan(Math.Max(0, c.Start - 20), Math.Min(20, c.Start))) || OpponentAfter.IsMatch(text, c.End)
                    || OthersResult(text, c)),
            DetailKind.Age => SomeoneElsesAge(text, c, found),
            DetailKind.Location => SomeoneElsesPlace(text, c),
            _ => false,
        });

    private static string Before(string text, int at, int most) => text[Math.Max(0, at - most)..at];

    // The words of the clause before `at` (back to a sentence's end or a line break), the nearest last, at most `most` of them.
    private static List<Word> ClauseBefore(string text, int at, int most)
    {
        var from = at;
        while (from > 0 && at - from < 60 && text[from - 1] is not ('.' or '!' or '?' or '।' or '\n'))
        {
            from--;
        }

        var words = Words.Split(text[from..at]);
        return words.Count > most ? words[^most..] : words;
    }

    // "Nusrat Jahan of Viqarunnisa won the quiz", "ভিকারুননিসার নুসরাত জাহান", "Farzana Akter, Holy Cross": a child named in full
    // right beside the school is who studies there, whoever's result or team it is; the school is a detail of theirs.
    private static bool NamedBeside(string text, Candidate school, List<Candidate> found) =>
        found.Exists(n => n.Kind == DetailKind.FullName
            && ((n.End <= school.Start && school.Start - n.End <= 8 && NameToSchool.Contains(text[n.End..school.Start].Trim().ToLowerInvariant()))
                || (n.Start >= school.End && n.Start - school.End <= 6 && SchoolToName.Contains(text[school.End..n.Start].Trim().ToLowerInvariant()))));

    private static readonly FrozenSet<string> NameToSchool = FrozenSet.Create(StringComparer.Ordinal, "", ",", "-", "–", "|", "(", "of", "from", ", of", ", from");

    private static readonly FrozenSet<string> SchoolToName = FrozenSet.Create(StringComparer.Ordinal, "", ",", "-", "'s", "’s", "r", "er", "-er", "এর", "-এর");

    // "Notre Dame College won the debate championship again, those guys are insane": a result, no "I", "we" or "our" in the sentence.
    private static bool OthersResult(string text, Candidate school)
    {
        if (!ResultAfter.IsMatch(text, school.End))
        {
            return false;
        }

        // Anywhere in the post: "St. Joseph cricket team won against Notre Dame!! I scored 34" is the writer's team.
        return !Words.Split(text).Exists(w => FirstPerson.Contains(w.Folded));
    }

    // An age that is a limit, an age something happened at, or the age of someone the clause is about who is not the writer.
    private static bool SomeoneElsesAge(string text, Candidate age, List<Candidate> found)
    {
        var before = Before(text, age.Start, 30);
        if (LimitBefore.IsMatch(before) || LimitAfter.IsMatch(text, age.End) || AtTheAgeBefore.IsMatch(before) || AtTheAgeAfter.IsMatch(text, age.Start))
        {
            return true;
        }

        // "a 16 year old won", "ekta bachha 10 bochor", "my little brother is 7", "apur meye 5 bochor hoilo"; not "I'm a 15
        // year old", "ami ekta 15 bochor er meye" (the writer says "I" first) nor "Rafi, 16".
        var words = ClauseBefore(text, age.Start, 4);
        var other = words.FindLastIndex(w => Others.Contains(w.Folded) || Indefinite.Contains(w.Folded));
        if (other < 0 || words.Any(IsFirstPersonSubject))
        {
            return false;
        }

        // "Ramisa Tabassum, you're the best sister ever, happy 12th birthday": a young person named in full in the sentence
        // is whom the age belongs to, a detail of theirs to keep back.
        var sentence = age.Start;
        while (sentence > 0 && text[sentence - 1] is not ('.' or '!' or '?' or '।' or '\n'))
        {
            sentence--;
        }

        if (found.Exists(n => n.Kind == DetailKind.FullName && n.Start >= sentence && n.End <= age.Start))
        {
            return false;
        }

        // A relative is someone else at once; "a 15-year-old from Sylhet" is how a writer says who they are in a bio, and only
        // a verb told of them ("a 16 year old won", "একটা ১০ বছরের মেয়ে চলে গেছে") makes them a stranger.
        return Others.Contains(words[other].Folded) || ThirdPersonVerbAfter.IsMatch(text, age.End);
    }

    // A verb told of someone in the same clause: English past or third person, Bengali and Banglish third person (করে, গেছে,
    // হয়েছে, kore, hoyeche, jitse).
    private static readonly Regex ThirdPersonVerbAfter = Make(
        @"\G[^.!?।\n]{0,50}?(?<![\p{L}\p{M}])(?:[a-z]{2,}ed|won|wins|built|builds|made|makes|did|does|is|was|has|had|got|gets|became|wrote|drew|sold|beat|beats|ran|runs|posts|can|could|should|shouldn't|must|"
        + @"[\u0980-\u09FF]{1,8}(?:েছে|ছে|ছিল|ছিলো|ল|লো)|করে|কোরে|"
        + @"[a-z]{1,8}(?:eche|ese|se|che|chhe|lo|ilo|silo|chilo)|kore|korche)" + R);

    private static bool IsFirstPersonSubject(Word word) => word.Folded is "i" or "i'm" or "im" or "ami" or "আমি" or "amra" or "আমরা" or "we" or "we're";

    // "আব্বু এখন মতিঝিল অফিসে আছে", "my cousin is at Bashundhara City right now": a relative placed, and the writer not.
    private static bool SomeoneElsesPlace(string text, Candidate place)
    {
        var words = ClauseBefore(text, place.Start, 5);
        if (!words.Exists(w => Others.Contains(w.Folded)) || words.Exists(IsFirstPersonSubject))
        {
            return false;
        }

        var after = text[place.End..Math.Min(text.Length, place.End + 30)];
        return !FirstPersonPresent.IsMatch(after);
    }

    private static readonly Regex FirstPersonPresent = Make(@"(?<![\p{L}\p{M}])(?:আছি|achi|asi|aci|achhi|i'm|im|i\s+am|we're|we\s+are|[\u0980-\u09FF]{1,8}(?:তেছি|তাছি|চ্ছি)|[a-z]{2,8}(?:tesi|techi|tasi|tachi|cchi|chhi))" + R);

    // "@daraz_bd", "@GrameenphoneOfficial", "@unicefbangladesh", "@pathao_food", "@rokomari_com": the brand with a country,
    // "official", a company or a service ending.
    private static bool IsBrand(string handle)
    {
        var name = handle.TrimStart('@').ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        foreach (var ending in (string[])["official", "bangladesh", "bd", "bangla", "global", "limited", "ltd", "app", "food", "foods", "com", "shop", "store", ""])
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && Brands.Contains(name[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
