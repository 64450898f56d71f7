using System.Collections.Frozen;

namespace Sajag.Safety.Posts;

/// <summary>School, college and madrasa names: name words before "School", "বিদ্যালয়", "madrasa".</summary>
internal static class SchoolRules
{
    private static readonly FrozenSet<string> Keywords = Words.Set("""
        school college collegiate madrasa madrasah madrassa madrasha academy institute institution university varsity bidyaloy bidyalay vidyalaya
        স্কুল কলেজ মাদ্রাসা মাদরাসা মাদ্‌রাসা বিদ্যালয় বিদ্যানিকেতন বিদ্যাপীঠ একাডেমি একাডেমী ইনস্টিটিউট বিশ্ববিদ্যালয়
        """);

    /// <summary>Words in many school names that alone name no school: "high school", "সরকারি বালিকা উচ্চ বিদ্যালয়".</summary>
    private static readonly FrozenSet<string> Generic = Words.Set("""
        high secondary primary govt govt. government model girls boys girls' boys' public private english bangla medium cadet
        coaching tuition online summer night driving dance music art sunday islamic ideal
        উচ্চ মাধ্যমিক প্রাথমিক সরকারি বেসরকারি বালিকা বালক মডেল কোচিং ইংলিশ বাংলা মিডিয়াম
        """);

    /// <summary>Words after which a lower-case school name may follow: "i study at motijheel ideal school".</summary>
    private static readonly FrozenSet<string> StudyCues = Words.Set("""
        at in from of to study studies studying student read reading attend attending go goes going
        """);

    /// <summary>Words after a school name that say someone studies there: "... school e pori", "... স্কুলে পড়ি".</summary>
    private static readonly FrozenSet<string> StudyVerbs = Words.Set("""
        pori porhi porchi porhchi pore porte portam porto student
        পড়ি পড়ে পড়ছি পড়তাম পড়াশোনা ভর্তি ছাত্র ছাত্রী শিক্ষার্থী
        """);

    /// <summary>What only one named school has: its field, gate, team, teachers, picnic ("উদয়ন স্কুলের মাঠে", "মনিপুর স্কুলের ক্লাস সেভেন").</summary>
    private static readonly FrozenSet<string> SchoolEvents = Words.Set("""
        মাঠ মাঠে গেট গেটে গেটের টিম টিমে ফুটবল ক্রিকেট পিকনিক স্যার ম্যাডাম প্রিন্সিপাল হেডস্যার ইউনিফর্ম ক্লাস শ্রেণি শ্রেণির বার্ষিক ক্রীড়া ফাংশন ডিবেট
        বিজ্ঞান সায়েন্স শিক্ষক ছাত্র ছাত্রী ছাত্রছাত্রী শিক্ষার্থী ক্যান্টিন লাইব্রেরি
        """);

    public static void Find(string text, IReadOnlyList<Word> words, List<Candidate> found)
    {
        for (var k = 1; k < words.Count; k++)
        {
            if (!Words.In(Keywords, words[k]))
            {
                continue;
            }

            var first = k;
            while (first > 0 && k - first < 6 && Words.Joined(text, words[first - 1], words[first]) && IsNameWord(words[first - 1]))
            {
                first--;
            }

            // "Rifat Hossain 9B Ideal School": a class and section ends the school's name; what comes before it is not the school.
            if (first > 0 && IsClassAndSection(words[first - 1]) && first < k)
            {
                found.Add(new Candidate(DetailKind.Class, words[first - 1].Start, words[first - 1].End));
            }

            var name = words.Skip(first).Take(k - first).ToList();
            if (name.Count == 0 || name.All(w => Generic.Contains(w.Folded)))
            {
                continue;
            }

            // Without capitals a name is less sure: lower-case words need "at", "study" before or "pori" after
            // ("i hate school" is no school), and one Bengali word needs "পড়ি" after ("বন্ধুরা স্কুলে গেছে").
            var cued = (first > 0 && StudyCues.Contains(words[first - 1].Folded)) || StudyVerbFollows(words, k)
                || (name.Count == 1 && name[0].IsBengali && !Words.In(Rules.GenericPlaces, name[0]) && k + 1 < words.Count && SchoolEvents.Contains(words[k + 1].Folded));
            if ((name[0].IsLatin && !name[0].IsCapitalised && !cued) || (name[0].IsBengali && name.Count == 1 && !cued))
            {
                continue;
            }

            found.Add(new Candidate(DetailKind.School, name[0].Start, End(text, words, k)));
        }
    }

    private static bool StudyVerbFollows(IReadOnlyList<Word> words, int k) =>
        words.Skip(k + 1).Take(2).Any(w => StudyVerbs.Contains(w.Folded));

    private static bool IsNameWord(Word word) =>
        !Words.Stop.Contains(word.Folded) && !Words.In(Keywords, word) && word.Text.Length > 1 && !word.Text.All(char.IsAsciiDigit) && !IsClassAndSection(word);

    // "9B", "10A", "৮খ" (digits already ASCII): a class from 1 to 12 and a section letter.
    private static bool IsClassAndSection(Word word) =>
        word.Text.Length is 2 or 3 && char.IsAsciiDigit(word.Text[0]) && !char.IsAsciiDigit(word.Text[^1])
        && (word.Text[^1] is >= 'A' and <= 'H' || word.Text[^1] is 'ক' or 'খ' or 'গ' or 'ঘ')
        && (word.Text.Length == 2 || word.Text[0..2] is "10" or "11" or "12") && word.Text[0] != '0';

    // "School & College", "School and College": one name.
    private static int End(string text, IReadOnlyList<Word> words, int k)
    {
        var end = words[k].End;
        if (k + 1 < words.Count && Words.In(Keywords, words[k + 1]))
        {
            var between = text[end..words[k + 1].Start].Trim();
            if (between is "&" or "and" or "And" or "ও" or "এন্ড" or "অ্যান্ড")
            {
                return words[k + 1].End;
            }
        }

        return end;
    }
}
