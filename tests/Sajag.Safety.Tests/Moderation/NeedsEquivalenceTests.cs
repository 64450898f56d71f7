using Sajag.Safety.Moderation;
using Sajag.Safety.Posts;
using Sajag.Safety.Tests.Posts;
using Sajag.Tests.Fixtures;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>
/// The expressions skipped on a text that lacks what every match holds (<see cref="Needs"/>) give the same findings as
/// running every expression: the moderation filter and the post check on the tuning answers and drafts, and on copies of
/// them with contact details, addresses, spelt-out numbers, links and look-alike letters put in. The union of the word
/// lists (<see cref="WordList"/>), which skips the separate expressions where it finds nothing, is turned off with them.
/// </summary>
public sealed class NeedsEquivalenceTests
{
    private static readonly string[] Insertions =
    [
        "01712-345678", "০১৭১২৩৪৫৬৭৮", "O1712345678", "r01712345678", "+880 1712 345 678", "zero one seven one one two three four five six seven",
        "শূন্য এক সাত এক এক দুই তিন চার পাঁচ ছয় সাত", "shunno ek sat ek ek dui tin char pach choy sat", "rahim at gmail dot com",
        "রহিম অ্যাট জিমেইল ডট কম", "rahim99 yahoo dot com", "www.example.com", "https://t.me/x", "fb.com/rahim.k", "wa.me/8801712345678",
        "@rahim_123", "insta id rifat.snaps", "outloo\u212A dot com", "call 02-9876543", "House 12, Road 5", "ami mirpur e thaki",
        // What the address rules need (a digit of any script, or one of their words), and the union of the word lists.
        "House \u0663, Road \u0665", "বাসা ৫৬/ক, রোড ১২", "৫৬ নম্বর পশ্চিম রাজাবাজার", "block C", "ব্লক ক", "গ্রাম: চরপাড়া, ডাকঘর: কালিগঞ্জ",
        "thana- Sadar", "Satmasjid Road", "Green Rd.", "i live in Kalabagan Lake Circus", "we \u017Ftay at Kathalbagan", "we stay near Shukrabad",
        "my house is near Kathalbagan bazar", "আমি কাঁঠালবাগান থাকি", "আমার বাসা কাঁঠালবাগান", "আমাদের বাড়ি কাঁঠালবাগান মোড়", "ami Kathalbagan thaki",
        "amar basha Kathalbagan", "amr bari Shukrabad", "area: Kalabagan", "ঠিকানা: কলাবাগান", "Mirpur 10", "uttara sector 4", "3rd floor",
        "f.u.c.k", "khanki", "মাগি", "I will kill you",
        // Names beside schools and classes (what FindIdentity reads first), and what the other rules take from them.
        "Nusrat Jahan, class 9, Viqarunnisa", "Rafi Ahmed", "Tanvir Hossain 10A Motijheel Ideal School", "class 9", "roll 12", "Holy Cross e pori",
        "My name is Sadia Rahman", "amar nam rafi ahmed", "আমার নাম রাফি আহমেদ", "ক্লাস সেভেন", "হলি ক্রস স্কুল", "আমি তানজিলা আক্তার",
        "Arif Chowdhury, 16", "Nabil Hasan | 01712345678", "Shakib Al Hasan", "Ayesha Siddiqua, class 10", "Rifat Karim, Dhaka College",
        "Rafiq Islam er boyosh 40", "Class 10 in Sylhet Govt Pilot", "Mastermind er debate team", "Selling Class 9 books", "won against Notre Dame",
        "Nusrat Jahan of Viqarunnisa won the quiz", "Arif Chowdhury, class 9 and Nusrat Jahan of Viqarunnisa won the quiz",
    ];

    private static IEnumerable<string> Texts() =>
        TuningTexts.WithInsertions(TuningTexts.Rows(TestPack.RepositoryRoot(), chatLines: false), Insertions);

    [Fact]
    public void NamesSomeone_IsWhetherTheWholeFinderFindsAFullName_OnEveryTextAndNickname()
    {
        string[] nicknames =
        [
            "Brave Tiger", "Calm River", "সাহসী বাঘ", "Rafi Ahmed", "Nusrat Jahan", "নুসরাত জাহান", "Tanvir Hossain", "Team Mango",
            "Nabil Hasan, 16", "Riya Das (15)", "Rafi Ahmed - 01712345678", "Shakib Al Hasan", "Md. Karim Hossain", "rafi ahmed",
            "My name is Sadia Rahman", "Sadia Rahman, class 9", "Lucky Star, 14", "Moon, 14", "Nabil Hasan | Dhaka College",
            "Nabila Tasnim of Viqi", "Viqi's Nabila Tasnim", "Viqi r Nabila Tasnim", "Tahmid Rahat from Holy Cross", "Brave Tiger of Viqi",
        ];
        var differences = new List<string>();
        foreach (var text in Texts().Concat(nicknames))
        {
            var whole = PersonalDetailFinder.Find(text, today: null, safe: null, everyones: false).Any(d => d.Kind == DetailKind.FullName);
            if (PersonalDetailFinder.NamesSomeone(text) != whole)
            {
                differences.Add($"{text}: whole finder {whole}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
        Assert.True(PersonalDetailFinder.NamesSomeone("Nabil Hasan, 16"));
        Assert.False(PersonalDetailFinder.NamesSomeone("Brave Tiger"));
    }

    [Fact]
    public void EveryText_HasTheSameFindings_WithAndWithoutTheNeedsChecked()
    {
        var differences = new List<string>();
        foreach (var text in Texts())
        {
            var fast = Describe(text);
            Needs.Off = true;
            WordList.UnionOff = true;
            try
            {
                var full = Describe(text);
                if (fast != full)
                {
                    differences.Add($"{text}\n  checked:   {fast}\n  unchecked: {full}");
                }
            }
            finally
            {
                Needs.Off = false;
                WordList.UnionOff = false;
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    /// <summary>
    /// The moderation filter's question to the post check (<see cref="PersonalDetailFinder.FindIdentity"/>, which runs the
    /// name, school and class rules first and the others only when both may be there) is answered as the whole finder answers it.
    /// </summary>
    [Fact]
    public void EveryText_HasTheSameNamesBesideSchools_AsTheWholeFinderFinds()
    {
        var differences = new List<string>();
        foreach (var text in Texts())
        {
            var fast = string.Join(";", PersonalDetailFinder.FindIdentity(text).Select(d => $"{d.Kind}@{d.Start}+{d.Length}"));
            var identity = PersonalDetailFinder.FindEveryones(text).Where(d => d.Kind is DetailKind.FullName or DetailKind.School or DetailKind.Class).ToList();
            var named = identity.Exists(d => d.Kind == DetailKind.FullName) && identity.Exists(d => d.Kind != DetailKind.FullName);
            var whole = named ? string.Join(";", identity.Select(d => $"{d.Kind}@{d.Start}+{d.Length}")) : "";
            if (fast != whole)
            {
                differences.Add($"{text}\n  identity: {fast}\n  whole:    {whole}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Fact]
    public void TurningTheChecksOff_IsSeenOnlyByItsOwnThread()
    {
        Needs.Off = true;
        WordList.UnionOff = true;
        try
        {
            var seen = true;
            var other = new Thread(() => seen = Needs.Off || WordList.UnionOff);
            other.Start();
            other.Join();
            Assert.False(seen);
            Assert.True(Needs.Off && WordList.UnionOff);
        }
        finally
        {
            Needs.Off = false;
            WordList.UnionOff = false;
        }
    }

    private static string Describe(string text)
    {
        var moderated = Moderator.Check(text);
        var details = PersonalDetailFinder.Find(text, FixedDate.Today);
        return $"{moderated.Masked} | {string.Join(";", moderated.Findings.Select(f => $"{f.Reason}@{f.Start}+{f.Length}"))} | "
            + string.Join(";", details.Select(d => $"{d.Kind}@{d.Start}+{d.Length}"));
    }
}
