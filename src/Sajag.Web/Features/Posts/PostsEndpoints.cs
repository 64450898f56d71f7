using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Sajag.Safety.Posts;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Posts;

/// <summary>A draft to check.</summary>
public sealed record PostCheckRequest(string? Text);

internal static class PostsEndpoints
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapPosts(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Posts");
        api.MapPost("/post-check", Check).RequireRateLimiting(RateLimits.PostCheck);
        return app;
    }

    /// <summary>The same JSON as `sajag post-check`; explanations in the reader's language. Checked in memory, never stored or logged.</summary>
    private static Results<Ok<PostCheckReport>, ValidationProblem> Check(PostCheckRequest request, UiLanguage language, PackCatalog catalog, TimeProvider clock, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [language["posts.empty"]] },
                title: "The draft is empty.");
        }

        if (request.Text.Length > PostCheck.MaxLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [language["posts.toolong"]] },
                title: $"The draft is longer than {PostCheck.MaxLength} characters.");
        }

        return TypedResults.Ok(PostCheck.Run(request.Text, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), language.Code, catalog.SafeContacts));
    }

    /// <summary>The kinds' names for the page's script, readable in an HTML attribute (Razor encodes the quotes).</summary>
    public static string KindsJson(IReadOnlyDictionary<string, string> kinds) => JsonSerializer.Serialize(kinds, Relaxed);
}
