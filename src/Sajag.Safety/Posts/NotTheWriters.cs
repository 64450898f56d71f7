using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>
/// Findings that look like a detail but say nothing of the writer: a class named as a year's books or syllabus ("class 10
/// syllabus", "Selling Class 9 books", "class 9 er math boi"), a company's or a public body's @handle ("@daraz_bd"), and the
/// school a team played against ("won against Notre Dame").
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
    private static readonly Regex OpponentBefore = Make(@"(?:against|vs\.?|versus|beat|defeated|বিপক্ষে|বিরুদ্ধে)\s*$");

    /// <summary>Companies, shops, media and public bodies young people follow; their handles name no young person.</summary>
    private static readonly FrozenSet<string> Brands = Words.Set("""
        daraz foodpanda pathao shohoz chaldal rokomari othoba evaly bikroy ajkerdeal pickaboo startech ryans
        grameenphone gp robi airtel banglalink teletalk bkash nagad upay
        aarong bata apex walton symphony samsung xiaomi realme oppo vivo apple nike adidas cocacola pepsi kfc pizzahut
        prothomalo thedailystar dailystar somoytv somoynews jamunatv channel24 bbcbangla bbc cnn ntv rtv
        10minuteschool tenminuteschool shikho udvash retina unicef bracbd brac savethechildren
        instagram facebook youtube tiktok netflix spotify google microsoft
        """);

    /// <summary>Removes from <paramref name="found"/> the findings of <paramref name="text"/> that are not the writer's.</summary>
    public static void Drop(string text, List<Candidate> found) =>
        found.RemoveAll(c => c.Kind switch
        {
            DetailKind.Class => CourseAfter.IsMatch(text, c.End),
            DetailKind.Handle => IsBrand(text[c.Start..c.End]),
            DetailKind.School => OpponentBefore.IsMatch(text.AsSpan(Math.Max(0, c.Start - 20), Math.Min(20, c.Start))),
            _ => false,
        });

    // "@daraz_bd", "@GrameenphoneOfficial", "@unicefbangladesh": the brand with a country or "official" ending.
    private static bool IsBrand(string handle)
    {
        var name = handle.TrimStart('@').ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        foreach (var ending in (string[])["official", "bangladesh", "bd", "bangla", "global", ""])
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && Brands.Contains(name[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
