using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data;
using Sajag.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>Builders for live-session tests: a facilitator with a school, sessions, players, and real SignalR clients.</summary>
internal sealed partial class LiveKit(SajagApp app, Uri? address = null)
{
    // In Kestrel mode the app is reached at its real address; otherwise through the test server.
    private HttpClient Client(bool cookies = true) => address is null
        ? app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies })
        : new HttpClient(new HttpClientHandler { UseCookies = cookies, AllowAutoRedirect = false }) { BaseAddress = address };

    public const string Password = "a long enough password";

    /// <summary>Posts a page's form as a browser does: the form's page read first for its antiforgery token and cookie.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string? cookie, params (string Name, string Value)[] fields)
    {
        using var client = Client(cookies: false);
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            get.Headers.Add("Cookie", cookie);
        }

        using var form = await client.SendAsync(get);
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var antiforgery = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token))),
        };
        post.Headers.Add("Cookie", cookie is null ? antiforgery : $"{cookie}; {antiforgery}");
        return await client.SendAsync(post);
    }

    public sealed record Facilitator(string Id, string Email, string Cookie, int SchoolId);

    /// <summary>A facilitator account and a school, made through Identity, then signed in through the real login form.</summary>
    public async Task<Facilitator> FacilitatorAsync()
    {
        var email = $"f{Guid.NewGuid():N}@example.org";
        string id;
        int schoolId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();
            var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
            var organisation = new Organisation { Name = "CWCS" };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            var school = new School { OrganisationId = organisation.Id, Name = "Satkhira High School", District = "Satkhira", Setting = SchoolSetting.Rural };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            var user = new AdultUser { UserName = email, Email = email, DisplayName = "Facilitator", OrganisationId = organisation.Id };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Facilitator);
            (id, schoolId) = (user.Id, school.Id);
        }

        return new Facilitator(id, email, await LogInAsync(email, Password), schoolId);
    }

    /// <summary>An admin (programme staff) of the facilitator's organisation, signed in; returns the auth cookie.</summary>
    public async Task<string> AdminAsync(Facilitator facilitator)
    {
        var email = $"a{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();
            var organisation = (await users.FindByIdAsync(facilitator.Id))!.OrganisationId;
            var user = new AdultUser { UserName = email, Email = email, DisplayName = "Programme lead", OrganisationId = organisation };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRolesAsync(user, [Roles.Admin, Roles.Facilitator]);
        }

        return await LogInAsync(email, Password);
    }

    /// <summary>A GET with a cookie, without following redirects.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? cookie)
    {
        using var client = Client(cookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A GET's status and its text: HTML entities decoded, a CSV's byte-order mark dropped.</summary>
    public async Task<(HttpStatusCode Status, string Text)> TextAsync(string path, string? cookie)
    {
        using var response = await GetAsync(path, cookie);
        var text = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return (response.StatusCode, System.Net.WebUtility.HtmlDecode(text));
    }

    /// <summary>Signs in through /account/login with its anti-forgery token; returns the auth cookie ("" when refused).</summary>
    public async Task<string> LogInAsync(string email, string password)
    {
        using var client = Client(cookies: false);
        using var page = await client.GetAsync("/account/login");
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        using var response = await client.SendAsync(request);
        return response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("sajag-auth=", StringComparison.Ordinal))?.Split(';')[0] ?? ""
            : "";
    }

    /// <summary>A session whose deck is the pack's first answerable cards, so tests that answer card 0 never meet a discuss card.</summary>
    public async Task<LiveSession> SessionAsync(Facilitator facilitator, int cards = 3, SessionMode mode = SessionMode.PhoneEach, int? timer = null, string language = "en", bool check = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<LiveAdmission>()
            .CreateAsync(facilitator.Id, new CreateSession(facilitator.SchoolId, [], cards, mode, timer, false, language, check));
        var pack = scope.ServiceProvider.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;
        session.Deck = string.Join(',', pack.Cards.Where(c => c.Options.Count > 0).Take(cards).Select(c => c.Id));
        await scope.ServiceProvider.GetRequiredService<SajagDb>().LiveSessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Deck, session.Deck));
        return session;
    }

    public async Task<HttpResponseMessage> JoinResponseAsync(string code, string? nickname = null, int? members = null)
    {
        using var client = Client();
        return await client.PostAsJsonAsync("/api/live/join", new { code, nickname, members });
    }

    public async Task<JoinResult> JoinAsync(string code, string? nickname = null, int? members = null)
    {
        using var response = await JoinResponseAsync(code, nickname, members);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JoinResult>(JsonSerializerOptions.Web))!;
    }

    /// <summary>Replaces the session's deck with these cards, in this order.</summary>
    public async Task DeckAsync(Guid sessionId, params Sajag.Content.Card[] cards)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var deck = string.Join(',', cards.Select(c => c.Id));
        await scope.ServiceProvider.GetRequiredService<SajagDb>().LiveSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Deck, deck));
    }

    /// <summary>Runs <paramref name="action"/> on a fresh database context of the app.</summary>
    public async Task<T> DbAsync<T>(Func<SajagDb, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SajagDb>());
    }

    /// <summary>A real SignalR client over long polling (the fallback school networks need), through the test server.</summary>
    public Task<LiveClient> ConnectAsync(string? cookie = null) =>
        StartAsync(new Uri(app.Server.BaseAddress, "/hubs/live"), o =>
        {
            o.Transports = HttpTransportType.LongPolling;
            o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            if (cookie is not null)
            {
                o.Headers["Cookie"] = cookie;
            }
        });

    /// <summary>A real SignalR client over WebSockets to an app listening on a real port.</summary>
    public static Task<LiveClient> ConnectOverNetworkAsync(Uri baseAddress, string? cookie = null) =>
        StartAsync(new Uri(baseAddress, "/hubs/live"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            if (cookie is { Length: > 0 })
            {
                var (name, value) = (cookie.Split('=', 2)[0], cookie.Split('=', 2)[1]);
                o.Cookies.Add(new System.Net.Cookie(name, value, "/", baseAddress.Host));
            }
        });

    /// <summary>The facilitator's client, watching the session.</summary>
    public async Task<LiveClient> StaffAsync(Facilitator facilitator, Guid sessionId)
    {
        var client = await ConnectAsync(facilitator.Cookie);
        await client.Connection.InvokeAsync<FacilitatorView>("Watch", sessionId);
        return client;
    }

    /// <summary>A player's client, identified by the token from joining.</summary>
    public async Task<LiveClient> PlayerAsync(JoinResult joined)
    {
        var client = await ConnectAsync();
        await client.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token);
        return client;
    }

    private static async Task<LiveClient> StartAsync(Uri hub, Action<Microsoft.AspNetCore.Http.Connections.Client.HttpConnectionOptions> configure)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, configure)
            // As the phones (live-common.js): the server pings every 30 s (LiveSetup.KeepAlive), so wait twice that.
            .WithServerTimeout(2 * Sajag.Web.Features.Live.LiveSetup.KeepAlive)
            .WithKeepAliveInterval(Sajag.Web.Features.Live.LiveSetup.KeepAlive)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>A connected client that records what the server sent it.</summary>
internal sealed class LiveClient : IAsyncDisposable
{
    private readonly List<SessionView> _states = [];
    private readonly List<FacilitatorView> _staff = [];
    private readonly Lock _lock = new();

    public LiveClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<SessionView>("State", v => { lock (_lock) { _states.Add(v); } });
        connection.On<FacilitatorView>("Facilitator", v => { lock (_lock) { _staff.Add(v); } });
        connection.On("Removed", () => { Removed = true; });
    }

    public HubConnection Connection { get; }

    /// <summary>Every facilitator view received so far.</summary>
    public IReadOnlyList<FacilitatorView> StaffViews
    {
        get
        {
            lock (_lock)
            {
                return [.. _staff];
            }
        }
    }

    public bool Removed { get; private set; }

    /// <summary>How many session states the server has sent this client.</summary>
    public int StatesReceived
    {
        get
        {
            lock (_lock)
            {
                return _states.Count;
            }
        }
    }

    /// <summary>Waits (up to 10 s) for a state pushed by the server that matches.</summary>
    public async Task<SessionView> StateAsync(Func<SessionView, bool> match)
    {
        for (var i = 0; i < 200; i++)
        {
            lock (_lock)
            {
                if (_states.LastOrDefault(match) is { } found)
                {
                    return found;
                }
            }

            await Task.Delay(50);
        }

        lock (_lock)
        {
            throw new TimeoutException($"No matching state; last: {JsonSerializer.Serialize(_states.LastOrDefault())}");
        }
    }

    /// <summary>Waits (up to 10 s) for a facilitator view that matches, among those received after the first <paramref name="after"/>.</summary>
    public async Task<FacilitatorView> StaffAsync(Func<FacilitatorView, bool> match, int after = 0)
    {
        for (var i = 0; i < 200; i++)
        {
            lock (_lock)
            {
                if (_staff.Skip(after).LastOrDefault(match) is { } found)
                {
                    return found;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No matching facilitator view.");
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
