using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sajag.Web.Tests;

/// <summary>Debian's nginx on loopback in front of the app: TLS on one port, plain HTTP on another, the app behind both.</summary>
internal sealed class Nginx : IAsyncDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "sajag-nginx-" + Guid.NewGuid().ToString("N"));
    private Process? _process;
    private string? _thumbprint;

    public int HttpPort { get; } = FreePort();

    public int TlsPort { get; } = FreePort();

    public async Task StartAsync(Uri app)
    {
        Directory.CreateDirectory(_folder);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=sajag.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _thumbprint = certificate.GetCertHashString();
        await File.WriteAllTextAsync(Path.Join(_folder, "cert.pem"), certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Join(_folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        // As the reference deployment does: the client's address and the scheme it used are passed on; nothing else is believed.
        var proxy = $$"""
            proxy_pass {{app.GetLeftPart(UriPartial.Authority)}};
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $remote_addr;
                        proxy_set_header X-Forwarded-Proto $scheme;
            """;
        _process = await RunAsync(_folder, $$"""
                server {
                    listen 127.0.0.1:{{HttpPort}};
                    location / {
                        {{proxy}}
                    }
                }
                server {
                    listen 127.0.0.1:{{TlsPort}} ssl;
                    ssl_certificate {{_folder}}/cert.pem;
                    ssl_certificate_key {{_folder}}/key.pem;
                    location / {
                        {{proxy}}
                    }
                }
            """, TlsPort);
    }

    /// <summary>Debian's nginx with these server blocks (and upstreams) in its http block, all its files in <paramref name="folder"/>; returns once <paramref name="port"/> answers.</summary>
    public static async Task<Process> RunAsync(string folder, string site, int port)
    {
        await File.WriteAllTextAsync(Path.Join(folder, "nginx.conf"), $$"""
            worker_processes 1;
            error_log {{folder}}/error.log;
            pid {{folder}}/nginx.pid;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
            {{site}}
            }
            """);
        var process = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", ["-p", folder, "-c", Path.Join(folder, "nginx.conf"), "-g", "daemon off; user root;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        for (var i = 0; i < 100 && !Listening(port); i++)
        {
            Assert.False(process.HasExited, "nginx stopped: " + await process.StandardError.ReadToEndAsync());
            await Task.Delay(50);
        }

        return process;
    }

    /// <summary>A client reaching nginx from <paramref name="from"/>, sending Host: sajag.test, trusting the test certificate only.</summary>
    public HttpClient Client(bool tls, string from = "127.0.0.1")
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _thumbprint, TargetHost = "sajag.test" },
            ConnectCallback = async (context, cancel) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancel);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"{(tls ? "https" : "http")}://sajag.test:{(tls ? TlsPort : HttpPort)}") };
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class ProxyTests
{
    private static SajagApp Kestrel(Action<Dictionary<string, string?>> settings)
    {
        var app = new SajagApp();
        settings(app.Settings);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    [Fact]
    public async Task BehindNginxWithTls_PlainHttpIsRedirected_HttpsGetsHstsAndSecureCookies()
    {
        await using var nginx = new Nginx();
        await using var app = Kestrel(s =>
        {
            s["Https:Redirect"] = "true";
            s["Https:Port"] = $"{nginx.TlsPort}";
            s["Proxy:KnownProxies:0"] = "127.0.0.1";
        });
        await nginx.StartAsync(Clients.AddressOf(app));

        using var plain = nginx.Client(tls: false);
        using var redirected = await plain.GetAsync("/account/login");
        using var tls = nginx.Client(tls: true);
        using var secure = await tls.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal($"https://sajag.test:{nginx.TlsPort}/account/login", redirected.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Contains("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = secure.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task BehindATrustedProxy_EachClientIsLimitedOnItsOwn()
    {
        await using var nginx = new Nginx();
        await using var app = Kestrel(s =>
        {
            s["Proxy:KnownProxies:0"] = "127.0.0.1";
            s["RateLimits:PostChecksPerClientPerMinute"] = "2";
        });
        await nginx.StartAsync(Clients.AddressOf(app));
        using var first = nginx.Client(tls: false, from: "127.0.0.2");
        using var second = nginx.Client(tls: false, from: "127.0.0.3");

        var firsts = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await first.PostAsJsonAsync("/api/post-check", new { text = "hello" });
            firsts.Add(response.StatusCode);
        }

        using var other = await second.PostAsJsonAsync("/api/post-check", new { text = "hello" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], firsts);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task WithoutATrustedProxy_AClientCannotPickItsOwnAddressToDodgeALimit()
    {
        await using var app = Kestrel(s => s["RateLimits:PostChecksPerClientPerMinute"] = "2");
        using var client = Clients.From(Clients.AddressOf(app), "127.0.0.2");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/post-check") { Content = JsonContent.Create(new { text = "hello" }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task WithoutATrustedProxy_AClaimOfHttpsIsIgnored()
    {
        await using var app = Kestrel(s => s["Https:Redirect"] = "true");
        using var client = Clients.From(Clients.AddressOf(app), "127.0.0.2");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(Uri.UriSchemeHttps, response.Headers.Location?.Scheme);
    }
}
