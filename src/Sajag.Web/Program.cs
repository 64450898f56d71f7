using Sajag.Content;
using Sajag.Web.Features.Accounts;
using Sajag.Web.Features.Check;
using Sajag.Web.Features.Learn;
using Sajag.Web.Features.Live;
using Sajag.Web.Features.Play;
using Sajag.Web.Features.Posts;
using Sajag.Web.Features.Reports;
using Sajag.Web.Infrastructure;

// Before anything uses the runtime's shared buffer pool, which reads its size once.
LiveSetup.PoolBroadcastBuffers();
try
{
    var builder = SajagHosting.CreateBuilder(args);
    builder.AddSajag();

    var app = builder.Build();
    // What is built on first use is built now, beside the migrations; the app listens only once it is warm.
    var warm = app.StartWarmUp();
    await app.MigrateDatabaseAsync();
    await app.PrepareAccountsAsync();
    await warm;

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
    app.MapSajagHealth();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is InvalidPackException or StartRefusedException)
{
    // Refuse to start, and say why in words an operator can act on (a pack's errors with file:line:column).
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

/// <summary>The web app's entry point; public so tests can host it.</summary>
public partial class Program;
