using Sajag.Safety.Check;
using Sajag.Safety.Moderation;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Infrastructure;

/// <summary>
/// What is built on first use, built at start instead: the moderation filter's word lists and automata (every typed
/// nickname and open answer passes it; built by the first join, it held that join up for 19 s on a fresh server on a busy
/// machine), the personal-detail finder, and the conversation check's reader and lexicon (built by the first check, they
/// held a young person's first check up for half a minute on a busy machine). It runs beside the migrations, and the app
/// listens only once it is done, so a server that answers (and its health check) is a warm one.
/// </summary>
public sealed class WarmUp
{
    // A nickname and answers in English, Banglish and Bangla, with a contact detail: each part of the filter is used once.
    private static readonly string[] Samples =
    [
        "Calm Tiger",
        "I would tell my mother and block him, call 1098",
        "ami amar bondhu ke bolbo, tumi ki eka?",
        "আমি আমার শিক্ষককে বলব, ০১৭১২-৩৪৫৬৭৮ নম্বরে ফোন করো",
    ];

    // A short chat in the three languages, so the first young person's check finds the reader and the lexicon built.
    private const string Chat =
        "12/03/2024, 21:05 - Ghost: tumi ki eka? send me a pic, kauke bolba na\n"
        + "12/03/2024, 21:06 - Rafi: no. আমি আম্মুকে বলব\n"
        + "12/03/2024, 21:07 - Ghost: তোমার বয়স কত? I will share your photos";

    /// <summary>Whether the start-up work is done.</summary>
    public bool Done { get; private set; }

    /// <summary>How long it took (wall time).</summary>
    public TimeSpan Took { get; private set; }

    internal void Run(PackCatalog catalog)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _ = Nicknames.Refusal(Samples[0]);
        foreach (var text in Samples)
        {
            _ = Moderator.Check(text, catalog.SafeContacts);
        }

        _ = ChatCheck.RunText(Chat, "Rafi");

        Took = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Done = true;
    }
}

internal static class WarmUpSetup
{
    public static WebApplicationBuilder AddWarmUp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WarmUp>();
        return builder;
    }

    /// <summary>Starts the warm-up on a pool thread; await it before the app listens.</summary>
    public static Task StartWarmUp(this WebApplication app)
    {
        var warm = app.Services.GetRequiredService<WarmUp>();
        var catalog = app.Services.GetRequiredService<PackCatalog>();
        return Task.Run(() => warm.Run(catalog));
    }
}
