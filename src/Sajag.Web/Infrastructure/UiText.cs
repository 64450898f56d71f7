using System.Collections.Frozen;
using System.Text;
using Sajag.Safety.Posts;
using Sajag.Web.Features.Accounts;
using Sajag.Web.Features.Check;
using Sajag.Web.Features.Help;
using Sajag.Web.Features.Home;
using Sajag.Web.Features.Learn;
using Sajag.Web.Features.Live;
using Sajag.Web.Features.Play;
using Sajag.Web.Features.Posts;
using Sajag.Web.Features.Record;

namespace Sajag.Web.Infrastructure;

/// <summary>The words of the interface around the pack's content, in English and Bangla.</summary>
/// <remarks>Each feature keeps its own table beside its pages; a new feature adds its table to <see cref="Tables"/>.</remarks>
internal static class UiText
{
    private static readonly Dictionary<string, (string En, string Bn)> Common = new()
    {
        ["site.name"] = ("Sajag", "সজাগ"),
        ["site.tagline"] = ("Stay alert online", "অনলাইনে সজাগ থাকো"),
        ["skip"] = ("Skip to content", "মূল লেখায় যাও"),
        ["nav.label"] = ("Main", "প্রধান মেনু"),
        ["nav.home"] = ("Home", "হোম"),
        ["nav.learn"] = ("Learn", "শেখো"),
        ["nav.play"] = ("Play", "খেলো"),
        ["nav.help"] = ("Get help", "সাহায্য নাও"),
        ["lang.label"] = ("Language", "ভাষা"),
        ["exit.button"] = ("Quick exit", "দ্রুত বের হও"),
        ["exit.hint"] = ("Leave this site at once: press this button, or Shift three times.", "এখনই এই সাইট থেকে বের হতে এই বোতাম চাপো, অথবা Shift তিনবার চাপো।"),
        ["exit.about"] = ("What quick exit does", "দ্রুত বের হওয়া কী করে"),
        ["notfound.title"] = ("Page not found", "পাতাটি পাওয়া যায়নি"),
        ["notfound.text"] = ("We could not find that page. It may have moved, or the address may be mistyped.", "পাতাটি খুঁজে পাওয়া যায়নি। হয়তো এটা সরানো হয়েছে, অথবা ঠিকানায় ভুল আছে।"),
        ["notfound.home"] = ("Go to the home page", "হোম পাতায় যাও"),
        ["limits.slow"] = ("Too many tries. Wait a minute and try again.", "অনেকবার চেষ্টা হয়েছে। এক মিনিট অপেক্ষা করে আবার চেষ্টা করো।"),
        ["error.title"] = ("Something went wrong", "কিছু একটা সমস্যা হয়েছে"),
        ["error.text"] = ("Sorry, something went wrong on our side. Please try again in a moment.", "দুঃখিত, আমাদের দিকে একটা সমস্যা হয়েছে। একটু পরে আবার চেষ্টা করো।"),
    };

    private static readonly IReadOnlyDictionary<string, (string En, string Bn)>[] Tables =
    [
        Common,
        HomeText.Entries,
        LearnText.Entries,
        HelpText.Entries,
        PlayText.Entries,
        Features.Live.DiscussText.Entries,
        Features.Reports.ReportText.Entries,
        LiveText.Entries,
        AccountsText.Entries,
        PostsText.Entries,
        PostCheckText.Entries,
        RecordText.Entries,
        CheckText.Entries,
        CheckLimitsText.Entries,
        Features.Adults.AdultsText.Entries,
    ];

    private static readonly FrozenDictionary<string, (string En, string Bn)> Texts = Merge();

    public static IEnumerable<string> Keys => Texts.Keys;

    public static string Get(string key, string language) =>
        Texts.TryGetValue(key, out var text)
            ? (language == "bn" ? text.Bn : text.En)
            : throw new KeyNotFoundException($"No interface text '{key}'.");

    public static string ToBengaliDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)('০' + (c - '0')) : c);
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, (string En, string Bn)> Merge()
    {
        var all = new Dictionary<string, (string En, string Bn)>(StringComparer.Ordinal);
        foreach (var (key, text) in Tables.SelectMany(t => t))
        {
            if (!all.TryAdd(key, text))
            {
                throw new InvalidOperationException($"The interface text '{key}' is defined twice.");
            }
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
