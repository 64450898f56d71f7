using Microsoft.AspNetCore.Http.HttpResults;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Learn;

/// <summary>A topic as the JSON API shows it.</summary>
public sealed record TopicSummary(string Id, int Order, string Title, string Summary, string Colour);

/// <summary>A pack as the JSON API shows it, in one language.</summary>
public sealed record PackSummary(string Id, string Version, string Language, IReadOnlyList<string> Languages, string Title, IReadOnlyList<TopicSummary> Topics);

internal static class LearnEndpoints
{
    public static IEndpointRouteBuilder MapLearn(this IEndpointRouteBuilder app)
    {
        // The topics' colour bands, from the pack: a stylesheet because the CSP allows no inline style.
        app.MapGet("/pack/topics.css", (PackCatalog catalog, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return TypedResults.Text(catalog.TopicStyles, "text/css; charset=utf-8");
        }).ExcludeFromDescription();

        var api = app.MapGroup("/api/packs").WithTags("Packs");
        api.MapGet("/{packId}", GetPack);
        return app;
    }

    private static Results<Ok<PackSummary>, ProblemHttpResult> GetPack(string packId, string? lang, PackCatalog catalog)
    {
        var pack = catalog.Pack;
        if (packId != pack.Info.Id)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown content pack.",
                detail: $"There is no pack '{packId}'. This server has the pack '{pack.Info.Id}'.");
        }

        var language = lang ?? "en";
        if (!pack.Info.Languages.Contains(language))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown language.",
                detail: $"The pack '{pack.Info.Id}' has no '{language}' text. Use one of: {string.Join(", ", pack.Info.Languages)}.");
        }

        var topics = pack.Topics.Select(t => new TopicSummary(t.Id, t.Order, t.Title.In(language), t.Summary.In(language), t.Colour)).ToList();
        return TypedResults.Ok(new PackSummary(pack.Info.Id, pack.Info.Version, language, pack.Info.Languages, pack.Info.Title.In(language), topics));
    }
}
