namespace Sajag.Safety.Tests.Posts;

/// <summary>
/// The post-check rules written to generalise (issue 12, second step): each with drafts it must mark and hard negatives it
/// must leave alone. The drafts are made up here, not copied from eval/; PostScopeTests runs them with its own.
/// </summary>
public static class GeneralisedPostDrafts
{
    // (draft, kind, the text that must be marked)
    public static TheoryData<string, string, string> Marked => new()
    {
        // Ages as a year reached, as a list item, in words.
        { "amar 16 hoilo aj, treat chai", "age", "16 hoilo" },
        { "আজ আমার ১৬ হলো, দোয়া করো", "age", "১৬ হলো" },
        { "15 e porlam aj, dua koiro", "age", "15 e porlam" },
        { "আজ পনেরোতে পা দিলাম", "age", "পনেরোতে পা দিলাম" },
        { "Rafi here, 15 yrs, love cricket", "age", "15 yrs" },
        { "Tanvir, 14 years, Class 8", "age", "14 years" },
        { "nobody believes I'm fifteen years old", "age", "I'm fifteen years old" },
        { "amar boyosh ponero, keu friend hobe?", "age", "boyosh ponero" },
        { "16/f/dhaka, bored", "age", "16" },

        // Handles named after their platform, with no @.
        { "insta: sadiareads, follow back dibo", "handle", "sadiareads" },
        { "my snap is nabil_x add me", "handle", "nabil_x" },
        { "amar ig id holo rafi_2010", "handle", "rafi_2010" },
        { "discord: shadow_x#4821, gaming tonight", "handle", "shadow_x#4821" },
        { "ইনস্টাগ্রামে আমাকে পাবে tasnim.arts নামে", "handle", "tasnim.arts" },

        // Live places: what the writer is doing there, a known area with a present verb, now later in the clause.
        { "having lunch at Sultan's Dine Gulshan with ammu", "location", "Sultan's Dine Gulshan" },
        { "Just landed at Shahjalal Airport, home soon", "location", "Shahjalal Airport" },
        { "just me at Hatirjheel watching the sunset rn", "location", "Hatirjheel" },
        { "শাহবাগে আছি, বইমেলায় যাব", "location", "শাহবাগ" },
        { "school sheshe Lalbagh Kella te jabo ajke", "location", "Lalbagh Kella" },
        { "এখন বসুন্ধরা সিটিতে, কেউ আসবি?", "location", "বসুন্ধরা সিটি" },
        { "in front of Rifles Square, come quick", "location", "Rifles Square" },
        { "প্রতিদিন বিকেলে রবীন্দ্র সরোবরে আড্ডা দিই আমরা", "location", "প্রতিদিন বিকেলে রবীন্দ্র সরোবরে" },

        // Schools by a one-word or lettered name, and a Bengali one-word name beside a school event.
        { "South Point kids where you at", "school", "South Point" },
        { "ami DRMC te pori", "school", "DRMC" },
        { "উদয়ন স্কুলের মাঠে আজ খেলা", "school", "উদয়ন স্কুলের" },

        // A full name by a common second name.
        { "Ramisa Tabassum, you're the best sister ever", "full-name", "Ramisa Tabassum" },
    };

    public static TheoryData<string> Unmarked => new()
    {
        "Shakib Al Hasan was 22 when he debuted",
        "Aamir Khan was 44 in that film",
        "Messi's birthday is 24 June, legend",
        "Bangabandhu er jonmodin 17 march, chhuti",
        "রবীন্দ্রনাথের জন্মদিন ২৫ বৈশাখ",
        "my insta is private, sorry",
        "follow the page on facebook for updates",
        "Rafi's team won 3-1 at the field today",
        "At Eid now everyone visits nanu's house",
        "গ্রামের স্কুলের মাঠ অনেক বড়",
        "মিরপুর থেকে যাই প্রতিদিন",
        "contact for tuition (class 1-5)",
        "ke ke amr section e?",
        "It's 15 years since the bridge opened, wow",
        "My dad turned 45 yesterday",
    };
}
