using Microsoft.AspNetCore.Components;

namespace Sajag.Web.Infrastructure;

/// <summary>
/// The stylesheets and scripts a page needs, named in its response headers (Link: rel=preload). On a 2G link a
/// compressed page arrives whole, about a second after its headers: a browser that reads the headers asks for the
/// files then, in parallel with the page, instead of a round trip after it.
/// </summary>
internal static class Preload
{
    /// <summary>The fingerprinted URL of a file of wwwroot (e.g. "js/play.js"), as the tag helpers write it.</summary>
    public static string AssetUrl(this HttpContext context, string path) =>
        "/" + (context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>() is { } assets ? assets[path] : path);

    /// <summary>Adds the page's stylesheets and module scripts (same-origin, so fetched in CORS mode) to its Link header.</summary>
    public static void Announce(this HttpContext context, IEnumerable<string> stylesheets, IEnumerable<string> moduleScripts)
    {
        var links = stylesheets.Select(s => $"<{s}>; rel=preload; as=style")
            .Concat(moduleScripts.Select(s => $"<{s}>; rel=preload; as=script; crossorigin"));
        context.Response.Headers.Append("Link", string.Join(", ", links));
    }
}
