using Microsoft.Extensions.Options;

namespace Sajag.Web.Features.Live;

/// <summary>
/// A browser sends its page's Origin with every WebSocket and hub request, and sends the site's cookies along even when
/// the page is someone else's. So a hub request from a page of another site is refused (403) before the hub sees it:
/// otherwise any page a facilitator opens could drive their session with their cookie. A request without an Origin is
/// not a browser's and carries no one's cookie by accident.
/// </summary>
internal static class HubOrigin
{
    public static bool Allowed(HttpRequest request, LiveOptions options)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        // The host, not the port: a proxy may pass on "Host: name" without the port the browser used.
        var hosts = new List<string> { request.Host.Host };
        if (options.PublicUrl is { } publicUrl && Uri.TryCreate(publicUrl, UriKind.Absolute, out var own))
        {
            hosts.Add(own.Host);
        }

        hosts.AddRange(options.AllowedOrigins.Select(o => Uri.TryCreate(o, UriKind.Absolute, out var allowed) ? allowed.Host : o));
        return hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }

    public static void UseHubOriginCheck(this WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase), hubs => hubs.Use(async (context, next) =>
        {
            if (!Allowed(context.Request, context.RequestServices.GetRequiredService<IOptions<LiveOptions>>().Value))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("This page's origin may not connect to Sajag's live sessions.");
                return;
            }

            await next(context);
        }));
}
