using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using Sajag.Content;
using Sajag.Game.Print;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Play;

/// <summary>A topic as solo play needs it.</summary>
public sealed record PlayTopic(string Id, int Order, string Title, string Colour, string Guideline);

/// <summary>An option of a card, with its feedback: solo play checks answers on the device.</summary>
public sealed record PlayOption(string Text, bool Correct, string? Feedback);

/// <summary>A card in one language.</summary>
public sealed record PlayCard(string Id, string Topic, string Kind, bool Sensitive, string Prompt, IReadOnlyList<PlayOption> Options, string Explanation, string? Discuss);

/// <summary>A pack's cards in one language, for solo play (cached on the device for offline play).</summary>
public sealed record PlayCards(string Pack, string Version, string Language, IReadOnlyList<PlayTopic> Topics, IReadOnlyList<PlayCard> Cards);

/// <summary>The cards JSON of each language, serialised once at start with its ETag.</summary>
public sealed class PlayCardsCache
{
    /// <summary>The cards of a quick game (play.js QUICK).</summary>
    public const int QuickGame = 10;

    /// <summary>
    /// The cards /play carries in the page: enough to start a quick game at once. Each costs about 0.5 KB
    /// on the wire, and on 2G the page with three is playable in under 5 s (tests/Sajag.Browser.Tests/SlowLinkTests.cs).
    /// </summary>
    public const int InPage = 3;

    // Bangla as UTF-8, not \uXXXX escapes: half the bytes before compression.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly Dictionary<string, CardsJson> _byLanguage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlayCards> _cards = new(StringComparer.Ordinal);

    public PlayCardsCache(PackCatalog catalog)
    {
        var pack = catalog.Pack;
        foreach (var language in pack.Info.Languages)
        {
            var cards = new PlayCards(
                pack.Info.Id,
                pack.Info.Version,
                language,
                pack.Topics.Select(t => new PlayTopic(t.Id, t.Order, t.Title.In(language), t.Colour, t.RedAlert.In(language))).ToList(),
                pack.Cards.Select(c => new PlayCard(
                    c.Id, c.TopicId, PackLoader.KindName(c.Kind), c.Sensitive, c.Prompt.In(language),
                    c.Options.Select(o => new PlayOption(o.Text.In(language), o.Correct, o.Feedback?.In(language))).ToList(),
                    c.Explanation.In(language), c.Discuss?.In(language))).ToList());
            _cards[language] = cards;
            var json = JsonSerializer.SerializeToUtf8Bytes(cards, Json);
            var etag = $"\"{Convert.ToHexString(SHA256.HashData(json))[..20].ToLowerInvariant()}\"";
            // Compressed once, as hard as it goes: every phone on 2G downloads these bytes.
            _byLanguage[language] = new CardsJson(json, Compress(json, s => new BrotliStream(s, CompressionLevel.SmallestSize)), Compress(json, s => new GZipStream(s, CompressionLevel.SmallestSize)), etag);
        }
    }

    public CardsJson? Find(string language) => _byLanguage.GetValueOrDefault(language);

    /// <summary>
    /// Cards drawn at random, with their topics, as JSON to put in the page itself: on 2G the first card is
    /// playable without waiting for the whole pack, which follows once the page has loaded.
    /// </summary>
    public string First(string language, int count)
    {
        var all = _cards[language];
        var drawn = all.Cards.ToArray();
        RandomNumberGenerator.Shuffle(drawn.AsSpan());
        var cards = drawn[..Math.Min(count, drawn.Length)];
        // Only the topics of these cards: the others come with the whole pack.
        return JsonSerializer.Serialize(all with { Cards = cards, Topics = [.. all.Topics.Where(t => cards.Any(c => c.Topic == t.Id))] }, Json);
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(data);
        }

        return output.ToArray();
    }
}

/// <summary>One language's cards JSON, plain and precompressed, with its ETag.</summary>
public sealed record CardsJson(byte[] Plain, byte[] Brotli, byte[] Gzip, string ETag)
{
    /// <summary>The smallest body the client accepts, and its Content-Encoding (null when plain).</summary>
    public (byte[] Body, string? Encoding) For(string acceptEncoding)
    {
        var accepted = acceptEncoding.Split(',').Select(e => e.Split(';')[0].Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return accepted.Contains("br") ? (Brotli, "br") : accepted.Contains("gzip") ? (Gzip, "gzip") : (Plain, null);
    }
}

internal static class PlayEndpoints
{
    public static IServiceCollection AddPlay(this IServiceCollection services) => services.AddSingleton<PlayCardsCache>();

    public static IEndpointRouteBuilder MapPlay(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/packs/{packId}/cards", GetCards).WithTags("Packs");
        app.MapGet("/deck/print", PrintDeck);
        app.MapGet("/deck/deck.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return TypedResults.Text(DeckHtml.Stylesheet, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>The URL solo play fetches: versioned by the pack, so it can be cached for a year.</summary>
    public static string CardsUrl(ContentPack pack, string language) =>
        $"/api/packs/{pack.Info.Id}/cards?lang={language}&v={Uri.EscapeDataString(pack.Info.Version)}";

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> GetCards(
        string packId, string? lang, string? v, PackCatalog catalog, PlayCardsCache cache, HttpContext context)
    {
        var pack = catalog.Pack;
        if (packId != pack.Info.Id)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown content pack.",
                detail: $"There is no pack '{packId}'. This server has the pack '{pack.Info.Id}'.");
        }

        var language = lang ?? "en";
        if (cache.Find(language) is not { } cards)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown language.",
                detail: $"The pack '{pack.Info.Id}' has no '{language}' text. Use one of: {string.Join(", ", pack.Info.Languages)}.");
        }

        var headers = context.Response.Headers;
        var etag = cards.ETag;
        headers.ETag = etag;
        headers.Vary = "Accept-Encoding";
        // A URL that names the current version never changes; without it, revalidate with the ETag.
        headers.CacheControl = v == pack.Info.Version ? "public, max-age=31536000, immutable" : "public, max-age=300";
        if (context.Request.Headers.IfNoneMatch.Any(tag => tag == etag || tag == "*"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var (body, encoding) = cards.For(context.Request.Headers.AcceptEncoding.ToString());
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return TypedResults.File(body, "application/json; charset=utf-8");
    }

    private static Results<ContentHttpResult, NotFound> PrintDeck(string? lang, string? topics, PackCatalog catalog, UiLanguage ui)
    {
        var pack = catalog.Pack;
        var language = lang is not null && pack.Info.Languages.Contains(lang) ? lang : ui.Code;
        var chosen = (topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (chosen.Any(t => pack.FindTopic(t) is null))
        {
            return TypedResults.NotFound();
        }

        var cards = PrintLayout.CardsOf(pack, chosen);
        var html = DeckHtml.Render(pack, cards, language, new DeckStyles(["/deck/deck.css", $"/pack/topics.css?v={catalog.StyleVersion}"], Inline: false));
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
