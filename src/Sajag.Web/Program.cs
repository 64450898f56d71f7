using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Sajag.Content;
using Sajag.Web.Features.Accounts;
using Sajag.Web.Features.Check;
using Sajag.Web.Features.Learn;
using Sajag.Web.Features.Live;
using Sajag.Web.Features.Play;
using Sajag.Web.Features.Posts;
using Sajag.Web.Features.Reports;
using Sajag.Web.Infrastructure;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddContentPack();
    builder.AddSajagDatabase();
    builder.AddUiLanguage();
    // Bangla text is written as UTF-8, not as &#x...; entities (three times smaller, and readable).
    builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    builder.AddSajagProblemDetails();
    builder.AddProxy();
    builder.AddHttps();
    builder.AddSajagRateLimits();
    builder.AddAccounts();
    builder.AddLive();
    builder.AddHubGuard();
    builder.AddReports();
    builder.Services.AddOptions<QuickExitOptions>().BindConfiguration(QuickExitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    builder.Services.AddPlay();
    builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
    builder.Services.AddResponseCompression(o =>
    {
        // Pages carry no secrets yet; compression matters more on 2G than BREACH does here.
        o.EnableForHttps = true;
        o.Providers.Add<BrotliCompressionProvider>();
        o.Providers.Add<GzipCompressionProvider>();
    });

    var app = builder.Build();
    await app.MigrateDatabaseAsync();
    await app.PrepareAccountsAsync();

    app.UseProxy();
    app.UseHttpsWhenConfigured();
    app.UseResponseCompression();
    app.UseSecurityHeaders();
    app.UseSajagErrors();
    app.UseUiLanguage();
    // Routing after the error pages, so a re-executed /not-found or /error is routed afresh.
    app.UseRouting();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
    app.MapLearn();
    app.MapPlay();
    app.MapLive();
    app.MapReports();
    app.MapPosts();
    app.MapCheck();
    app.MapHealthChecks("/health");

    await app.RunAsync();
    return 0;
}
catch (InvalidPackException ex)
{
    // Refuse to start, and show the NGO every problem at once with its file:line:column.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

/// <summary>The web app's entry point; public so tests can host it.</summary>
public partial class Program;
