namespace Sajag.Web.Infrastructure;

/// <summary>Whether to send every visitor to HTTPS (on for a real deployment behind TLS).</summary>
public sealed class HttpsOptions
{
    public const string Section = "Https";

    public bool Redirect { get; set; }
}

internal static class SecurityHeaders
{
    // No inline script or style anywhere; no fonts at all (pages rely on the system's Bangla font).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'none'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // The neutral site that quick exit opens must not learn where the young person came from.
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });

    public static WebApplication UseHttpsWhenConfigured(this WebApplication app)
    {
        var https = app.Configuration.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        if (https.Redirect)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
