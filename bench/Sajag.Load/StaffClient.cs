using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sajag.Load;

/// <summary>
/// The facilitator's side over HTTP, as a browser would do it: the setup link or the login form, the
/// admin page for a school, the facilitator page for sessions (each form with its anti-forgery token),
/// and the facilitator-only JSON the report needs. The auth cookie is shared with the hub connections.
/// </summary>
public sealed partial class StaffClient : IDisposable
{
    private readonly HttpClient _http;

    public StaffClient(Uri baseUri)
    {
        BaseUri = baseUri;
        var handler = new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Uri BaseUri { get; }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Creates the first admin (also a facilitator) with the one-time setup link, and signs in.</summary>
    public async Task CreateAdminAsync(string setupToken, string email, string password, CancellationToken cancel)
    {
        var path = $"/setup?token={Uri.EscapeDataString(setupToken)}";
        var form = await FormTokenAsync(path, cancel);
        using var response = await PostFormAsync(path, form, cancel,
            ("Token", setupToken), ("Organisation", "Sajag load test"), ("Name", "Load generator"), ("Email", email), ("Password", password));
        RequireSignedIn(response, "The setup link did not create the admin");
    }

    public async Task LoginAsync(string email, string password, CancellationToken cancel)
    {
        var form = await FormTokenAsync("/account/login", cancel);
        using var response = await PostFormAsync("/account/login", form, cancel, ("Email", email), ("Password", password));
        RequireSignedIn(response, "The login failed (wrong email or password, locked out, or not a facilitator)");
    }

    /// <summary>The first school the facilitator can choose; adds one through the admin page when there is none.</summary>
    public async Task<int> SchoolAsync(CancellationToken cancel)
    {
        if (await FirstSchoolAsync(cancel) is { } id)
        {
            return id;
        }

        using (var admin = await _http.GetAsync(new Uri("/admin", UriKind.Relative), cancel))
        {
            if (admin.StatusCode != HttpStatusCode.OK)
            {
                throw new LoadException("There is no school yet and this account is not an admin: add a school at /admin first.");
            }
        }

        var form = await FormTokenAsync("/admin", cancel);
        using (var added = await PostFormAsync("/admin?handler=School", form, cancel,
            ("SchoolName", "Load test school"), ("District", "Dhaka"), ("Setting", "Urban")))
        {
            added.EnsureSuccessStatusCode();
        }

        return await FirstSchoolAsync(cancel) ?? throw new LoadException("The admin page did not add the school.");
    }

    /// <summary>
    /// Creates a phone-each session; returns its id and join code. With <paramref name="picked"/>, exactly those cards
    /// (a fixed deck, the same in every run); without, <paramref name="cards"/> cards shuffled from every topic.
    /// </summary>
    public async Task<(Guid Id, string Code)> CreateSessionAsync(int schoolId, int cards, string language, string formToken,
        IReadOnlyList<string>? picked, CancellationToken cancel)
    {
        Guid id;
        (string, string)[] fields = [("SchoolId", schoolId.ToString(CultureInfo.InvariantCulture)), ("Cards", cards.ToString(CultureInfo.InvariantCulture)),
            ("Mode", "PhoneEach"), ("Timer", ""), ("Language", language), ("Source", picked is null ? "topics" : "pick"),
            .. (picked ?? []).Select(card => ("Picked", card))];
        using (var created = await PostFormAsync("/facilitator", formToken, cancel, fields))
        {
            var location = created.Headers.Location?.ToString() ?? "";
            var match = SessionLocation().Match(location);
            if (created.StatusCode != HttpStatusCode.Redirect || !match.Success)
            {
                throw new LoadException($"Creating a session failed ({(int)created.StatusCode}); is --cards more than the pack has?");
            }

            id = Guid.Parse(match.Groups[1].Value);
        }

        var page = await _http.GetStringAsync(new Uri($"/facilitator/sessions/{id}", UriKind.Relative), cancel);
        var code = JoinCode().Match(page);
        return code.Success ? (id, code.Groups[1].Value) : throw new LoadException($"The session page of {id} shows no join code.");
    }

    /// <summary>
    /// The first <paramref name="cards"/> cards of the pack that have options to answer (no discussion-only cards), in the
    /// pack's order, read from the facilitator page's "pick the cards" list: a deck that is the same in every run.
    /// </summary>
    public async Task<IReadOnlyList<string>> QuestionCardsAsync(int cards, CancellationToken cancel)
    {
        var html = await _http.GetStringAsync(new Uri("/facilitator", UriKind.Relative), cancel);
        var picked = html.Split("<div class=\"pick-card\">").Skip(1)
            .Where(card => card.Contains("<ol type=\"A\">", StringComparison.Ordinal))
            .Select(card => PickedCard().Match(card))
            .Where(m => m.Success)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Take(cards)
            .ToList();
        return picked.Count == cards ? picked : throw new LoadException($"The pack has {picked.Count} cards with options, fewer than --cards {cards}.");
    }

    /// <summary>The anti-forgery token of the facilitator page's form (one serves every session created).</summary>
    public Task<string> FacilitatorFormAsync(CancellationToken cancel) => FormTokenAsync("/facilitator", cancel);

    public async Task<IReadOnlyList<StoredAnswer>> StoredAnswersAsync(Guid sessionId, CancellationToken cancel) =>
        await _http.GetFromJsonAsync<List<StoredAnswer>>(new Uri($"/api/live/sessions/{sessionId}/answers", UriKind.Relative), JsonSerializerOptions.Web, cancel)
            ?? throw new LoadException($"No stored answers for {sessionId}.");

    public async Task<ServerMemory> ServerMemoryAsync(CancellationToken cancel) =>
        await _http.GetFromJsonAsync<ServerMemory>(new Uri("/api/live/server", UriKind.Relative), JsonSerializerOptions.Web, cancel)
            ?? throw new LoadException("No server memory figures.");

    private async Task<int?> FirstSchoolAsync(CancellationToken cancel)
    {
        using var response = await _http.GetAsync(new Uri("/facilitator", UriKind.Relative), cancel);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new LoadException($"The facilitator page answered {(int)response.StatusCode}: this account is not a facilitator.");
        }

        var match = SchoolOption().Match(await response.Content.ReadAsStringAsync(cancel));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private async Task<string> FormTokenAsync(string path, CancellationToken cancel)
    {
        var html = await _http.GetStringAsync(new Uri(path, UriKind.Relative), cancel);
        var match = AntiforgeryInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new LoadException($"{path} has no form to fill.");
    }

    private async Task<HttpResponseMessage> PostFormAsync(string path, string token, CancellationToken cancel, params (string Name, string Value)[] fields)
    {
        var pairs = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(pairs);
        return await _http.PostAsync(new Uri(path, UriKind.Relative), content, cancel);
    }

    private void RequireSignedIn(HttpResponseMessage response, string failure)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || Cookies.GetCookies(BaseUri)["sajag-auth"] is null)
        {
            throw new LoadException($"{failure} ({(int)response.StatusCode}).");
        }
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("name=\"Picked\" value=\"([^\"]+)\"")]
    private static partial Regex PickedCard();

    [GeneratedRegex("<select id=\"school\" name=\"SchoolId\">\\s*<option value=\"(\\d+)\"")]
    private static partial Regex SchoolOption();

    [GeneratedRegex("^/facilitator/sessions/([0-9a-fA-F-]{36})$")]
    private static partial Regex SessionLocation();

    [GeneratedRegex("<p class=\"code\">(\\d{6})</p>")]
    private static partial Regex JoinCode();
}
