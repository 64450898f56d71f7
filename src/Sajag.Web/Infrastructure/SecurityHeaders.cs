namespace Sajag.Web.Infrastructure;

/// <summary>Whether the site is served over HTTPS (on for a real deployment behind TLS).</summary>
public sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>Send every visitor to HTTPS, send HSTS, and mark every cookie Secure.</summary>
    public bool Redirect { get; set; }

    /// <summary>The port browsers reach HTTPS on (the proxy's, not the app's): where a plain-HTTP request is redirected.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 65535)]
    public int Port { get; set; } = 443;

    /// <summary>How long a browser keeps to HTTPS after one visit (Strict-Transport-Security max-age).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650)]
    public int HstsDays { get; set; } = 365;
}

internal static class SecurityHeaders
{
    // No inline script or style anywhere; no fonts at all (pages rely on the system's Bangla font).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'none'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] NeverStored = ["/reports", "/ideas", "/api/check", "/admin", "/facilitator", "/api/live"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // A page's stylesheet or module script runs under its page's policies, never its own: on a 2G link the
            // ~440 bytes of document headers on each of them cost /play a tenth of a second apiece. Documents, API
            // answers and the service worker (whose policy is its script's own) keep them.
            if (!IsPageSubresource(context.Request.Path))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                // The neutral site that quick exit opens must not learn where the young person came from.
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            }
            // Reports, ideas, staff pages, exports and checked chats carry what no shared or proxy cache may keep.
            if (NeverStored.Any(p => context.Request.Path.StartsWithSegments(p)))
            {
                headers.CacheControl = "no-store";
            }

            return next(context);
        });

    private static readonly string[] SubresourceFolders = ["/css", "/js", "/lib", "/pack"];

    /// <summary>A stylesheet or script a page loads (not a document, and not the service worker, which lives at the root).</summary>
    internal static bool IsPageSubresource(PathString path) =>
        SubresourceFolders.Any(f => path.StartsWithSegments(f))
        && (path.Value!.EndsWith(".css", StringComparison.Ordinal) || path.Value.EndsWith(".js", StringComparison.Ordinal));

    /// <summary>With HTTPS on: the redirect goes to the proxy's HTTPS port, HSTS for a year, and every cookie Secure.</summary>
    public static WebApplicationBuilder AddHttps(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpsOptions>().BindConfiguration(HttpsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var https = builder.Configuration.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        builder.Services.AddHttpsRedirection(o => o.HttpsPort = https.Port);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(https.HstsDays));
        builder.Services.Configure<CookiePolicyOptions>(o =>
            o.Secure = https.Redirect ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    public static WebApplication UseHttpsWhenConfigured(this WebApplication app)
    {
        var https = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HttpsOptions>>().Value;
        if (https.Redirect)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseCookiePolicy();
        return app;
    }
}
