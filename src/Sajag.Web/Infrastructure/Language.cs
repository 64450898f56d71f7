using System.Text.RegularExpressions;

namespace Sajag.Web.Infrastructure;

/// <summary>The reader's language for this request: English or Bangla.</summary>
public sealed partial class UiLanguage
{
    public const string CookieName = "sajag-lang";

    public static readonly IReadOnlyList<string> Supported = ["en", "bn"];

    public string Code { get; set; } = "en";

    public bool IsBangla => Code == "bn";

    public string this[string key] => UiText.Get(key, Code);

    /// <summary>Bengali digits for numbers a Bangla reader sees (dates, counts); tel: links keep ASCII.</summary>
    public string Digits(string text) => IsBangla ? UiText.ToBengaliDigits(text) : text;

    /// <summary>A moderated answer with each hidden detail's placeholder ("[phone]", stored in English) in the reader's language.</summary>
    public string Placeholders(string text) => IsBangla ? Placeholder().Replace(text, m => $"[{this["mask." + m.Groups[1].Value]}]") : text;

    // The live scripts show the same placeholders the same way (live-common.js, inLanguage).
    [GeneratedRegex(@"\[(phone|email|handle|link|address|identity)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

internal static class LanguageSetup
{
    public static WebApplicationBuilder AddUiLanguage(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UiLanguage>();
        return builder;
    }

    /// <summary>?lang=bn or ?lang=en switches the language and remembers it in a cookie; then the cookie; then the browser's preference.</summary>
    public static IApplicationBuilder UseUiLanguage(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var language = context.RequestServices.GetRequiredService<UiLanguage>();
            var asked = context.Request.Query["lang"].ToString();
            if (UiLanguage.Supported.Contains(asked))
            {
                language.Code = asked;
                context.Response.Cookies.Append(UiLanguage.CookieName, asked, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                });
            }
            else if (context.Request.Cookies.TryGetValue(UiLanguage.CookieName, out var remembered) && UiLanguage.Supported.Contains(remembered))
            {
                language.Code = remembered;
            }
            else if (context.Request.GetTypedHeaders().AcceptLanguage is { Count: > 0 } accepted)
            {
                var preferred = accepted.OrderByDescending(a => a.Quality ?? 1).Select(a => a.Value.Value ?? "")
                    .FirstOrDefault(v => v.StartsWith("bn", StringComparison.OrdinalIgnoreCase) || v.StartsWith("en", StringComparison.OrdinalIgnoreCase));
                language.Code = preferred?.StartsWith("bn", StringComparison.OrdinalIgnoreCase) == true ? "bn" : "en";
            }

            return next(context);
        });
}
