using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sajag.Web.Infrastructure;

/// <summary>The reverse proxies (nginx, a load balancer) whose forwarded headers the app believes.</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, e.g. 127.0.0.1 when nginx runs on the same machine.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, as CIDR, e.g. 10.0.0.0/24 for load balancers on a private network.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Proxies in a row in front of the app (each adds one X-Forwarded-For entry).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Proxy:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Proxy:KnownNetworks: '{network}' is not a network in CIDR form (10.0.0.0/24).", [nameof(KnownNetworks)]);
        }
    }
}

internal static class ProxySetup
{
    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed only from the configured proxies; from anyone else they are ignored, so a
    /// client cannot pick its own address for the rate limits or claim HTTPS. With no proxy configured, none is believed.
    /// </summary>
    public static WebApplicationBuilder AddProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxy.Value.ForwardLimit;
            // The defaults trust loopback; here only what the operator names is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after it (HTTPS, cookies, limits, logs) sees the real client and scheme.</summary>
    public static WebApplication UseProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProxyOptions>>().Value.Any)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
