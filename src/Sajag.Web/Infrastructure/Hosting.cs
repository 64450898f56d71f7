using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.WebEncoders;
using Sajag.Web.Features.Accounts;
using Sajag.Web.Features.Check;
using Sajag.Web.Features.Live;
using Sajag.Web.Features.Play;
using Sajag.Web.Features.Reports;

namespace Sajag.Web.Infrastructure;

/// <summary>
/// How the app (and the `sajag` command line) find their settings and files: from a source checkout,
/// from a published folder started by double-click or by a service manager, with the same sources
/// everywhere (appsettings.json, appsettings.{Environment}.json, environment variables, `--config FILE`,
/// then the command line).
/// </summary>
public static class SajagHosting
{
    /// <summary>Where a published build listens when nothing says otherwise: every address of the machine, so phones on the same Wi-Fi can join.</summary>
    public const string PublishedUrls = "http://*:5000";

    /// <summary>True for a `dotnet publish` output (the school-laptop build, a container, a service).</summary>
    public static bool IsPublished => typeof(SajagHosting).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Any(a => a is { Key: "Sajag.Published", Value: "true" });

    /// <summary>
    /// A builder with Sajag's configuration sources. A published build's files (appsettings.json,
    /// wwwroot, the content pack, the data folder) are beside its executable, wherever it is started
    /// from; <paramref name="contentRoot"/> overrides that (the command line passes its own folder).
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = contentRoot ?? (IsPublished ? AppContext.BaseDirectory : null),
        });
        // `dotnet run` starts in Production (no developer exception page, whoever can reach the port); the build's static
        // assets are still found, as Development would find them. A published app has no such manifest: this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        // "Server: Kestrel" tells a visitor nothing they need, on every response of a page that loads over 2G.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        if (IsPublished)
        {
            // The lowest-priority source: appsettings, the environment and the command line all override it.
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("Urls", PublishedUrls)] });
        }

        if (builder.Configuration["config"] is { Length: > 0 } file)
        {
            var path = Path.GetFullPath(file);
            if (!File.Exists(path))
            {
                throw new StartRefusedException($"The settings file given by --config does not exist: {path}");
            }

            // Above appsettings and the environment; the command line stays on top.
            builder.Configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
            builder.Configuration.AddCommandLine(args);
        }

        return builder;
    }

    /// <summary>Every service of the app; the web host and the operator commands register the same ones.</summary>
    public static WebApplicationBuilder AddSajag(this WebApplicationBuilder builder)
    {
        builder.AddContentPack();
        builder.AddSajagDatabase();
        builder.AddUiLanguage();
        // Bangla text is written as UTF-8, not as &#x...; entities (three times smaller, and readable).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.AddSajagProblemDetails();
        builder.AddProxy();
        builder.AddHttps();
        builder.AddSajagRateLimits();
        builder.AddCheckLimits();
        builder.AddAccounts();
        builder.AddLive();
        builder.AddWarmUp();
        builder.AddHubGuard();
        builder.AddSajagMetrics();
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
        // Better than the default (fastest) for pages read on 2G: /play in Bangla with ten cards inside it was
        // 10.6 KB at the fastest level and 8.9 KB at this one (headers included), for a little more CPU per page.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        return builder;
    }
}

/// <summary>The app will not start, for a reason an operator can fix (the message says which).</summary>
public sealed class StartRefusedException(string message) : Exception(message);
