using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data.Entities;
using Sajag.Web.Features.Accounts;

namespace Sajag.Web.Tests;

/// <summary>Adult accounts: sessions end when they should, sign-in says nothing about who has an account, guessing is slowed per address.</summary>
public sealed class AccountTests : IAsyncLifetime
{
    private const string Failed = "That email and password do not match, or there were too many wrong tries.";
    private readonly SajagApp _app = new();
    private LiveKit _kit = null!;

    public Task InitializeAsync()
    {
        _kit = new LiveKit(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<HttpResponseMessage> PostFormAsync(SajagApp app, string path, string? cookie, params (string Name, string Value)[] fields)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            get.Headers.Add("Cookie", cookie);
        }

        using var form = await client.SendAsync(get);
        var token = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var antiforgery = string.Join("; ", form.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token))),
        };
        post.Headers.Add("Cookie", cookie is null ? antiforgery : $"{cookie}; {antiforgery}");
        return await client.SendAsync(post);
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync(_app, "/account/login?lang=en", null, ("Email", email), ("Password", password));

    [Fact]
    public async Task SigningOut_EndsTheSession_SoACopiedCookieNoLongerOpensTheFacilitatorPage()
    {
        var facilitator = await _kit.FacilitatorAsync();
        using (var before = await _kit.GetAsync("/facilitator", facilitator.Cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var signOut = await PostFormAsync(_app, "/account/login?handler=Logout", facilitator.Cookie);
        using var copied = await _kit.GetAsync("/facilitator", facilitator.Cookie);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        Assert.StartsWith("/account/login", copied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewPassword_EndsEverySessionOfTheAccount()
    {
        var facilitator = await _kit.FacilitatorAsync();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // As `sajag admin reset-password` does it.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();
            var user = (await users.FindByIdAsync(facilitator.Id))!;
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "another long password")).Succeeded);
        }

        using var old = await _kit.GetAsync("/facilitator", facilitator.Cookie);

        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
    }

    [Fact]
    public async Task AnUnknownEmail_AWrongPassword_AndALockedAccount_GetTheSameWords_AndTakeAboutTheSameTime()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var unknown = new List<TimeSpan>();
        var wrong = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            foreach (var (email, times) in new[] { ($"nobody{i}@example.org", unknown), (facilitator.Email, wrong) })
            {
                var clock = Stopwatch.StartNew();
                using var response = await SignInAsync(email, "not the password at all");
                times.Add(clock.Elapsed);
                Assert.Contains(Failed, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        for (var i = 0; i < 10; i++)
        {
            using var again = await SignInAsync(facilitator.Email, "not the password at all");
        }

        using var locked = await SignInAsync(facilitator.Email, LiveKit.Password);
        var lockedText = await locked.Content.ReadAsStringAsync();

        // Medians, as a ratio: before, an unknown email answered in a few milliseconds and a real one after a password hash.
        var ratio = Median(wrong) / Median(unknown);
        Assert.InRange(ratio, 1 / 3.0, 3.0);
        Assert.Contains(Failed, lockedText, StringComparison.Ordinal);
        Assert.DoesNotContain("locked", lockedText, StringComparison.OrdinalIgnoreCase);
    }

    private static double Median(List<TimeSpan> times) => times.Select(t => t.TotalMilliseconds).Order().ElementAt(times.Count / 2);

    [Fact]
    public async Task OneAddress_IsHeldToItsSignInsAMinute_BeforeItCanLockAnAccount()
    {
        await using var app = new SajagApp();
        app.Settings["Accounts:SignInsPerClientPerMinute"] = "5";
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync(); // one sign-in

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await PostFormAsync(app, "/account/login?lang=en", null, ("Email", facilitator.Email), ("Password", "not the password at all"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
                Assert.Contains("Too many sign-in tries from this network.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();
        var user = (await users.FindByIdAsync(facilitator.Id))!;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.False(await users.IsLockedOutAsync(user));
        Assert.Equal(4, await users.GetAccessFailedCountAsync(user));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abababababab")]
    [InlineData("abcabcabcabc")]
    [InlineData("passpasspass")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiop12")]
    [InlineData("Password2024!")]
    [InlineData("Bangladesh1971")]
    [InlineData("iloveyou1234")]
    [InlineData("abcdefghijklm")]
    public async Task ACommonOrRepeatedPassword_IsRefusedWithWhy(string password)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();

        var created = await users.CreateAsync(new AdultUser { UserName = "rina@example.org", Email = "rina@example.org", DisplayName = "Rina" }, password);

        var error = Assert.Single(created.Errors);
        Assert.Equal(CommonPasswords.Code, error.Code);
        Assert.StartsWith("This password ", error.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a long enough password")]
    [InlineData("river tea lamp cloud")]
    [InlineData("Nodi-r-dhare-boshe-thaki")]
    public async Task AnUncommonPassword_IsAccepted(string password)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();

        var created = await users.CreateAsync(new AdultUser { UserName = $"{Guid.NewGuid():N}@example.org", Email = $"{Guid.NewGuid():N}@example.org", DisplayName = "Rina" }, password);

        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task TheAdminForm_SaysWhyACommonPasswordIsRefused()
    {
        var admin = await _kit.AdminAsync(await _kit.FacilitatorAsync());

        using var response = await PostFormAsync(_app, "/admin?lang=en&handler=Facilitator", admin,
            ("FacilitatorName", "Rina"), ("FacilitatorEmail", "rina@example.org"), ("FacilitatorPassword", "password1234"));

        Assert.Contains("This password is one of the first that attackers try.", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
