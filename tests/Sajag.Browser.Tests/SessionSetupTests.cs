using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Data;

namespace Sajag.Browser.Tests;

/// <summary>
/// Setting a session up in the browser: the classic deck from the content pack in one step, or cards picked
/// with a preview of each; a session name set, changed and shown; a past session run again with a new code.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SessionSetupTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task AFacilitator_ChoosesTheClassicDeckOrPicksCards_NamesTheSession_AndRunsItAgain(string language)
    {
        var email = await Staff.CreateAsync(fixture, admin: false);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);
        await page.GotoAsync($"{fixture.BaseUrl}/facilitator?lang={language}");
        var pack = fixture.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;
        var classic = pack.FindPreset("classic")!;

        // The classic deck is chosen unless the facilitator says otherwise; its 20 cards can be read before.
        await Assertions.Expect(page.Locator("input[name=Source][value='preset:classic']")).ToBeCheckedAsync();
        // Topics and the number of cards belong to a deck drawn from topics: hidden while the classic deck is chosen.
        await Assertions.Expect(page.Locator("#cards")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("input[name=Topics]").First).ToBeHiddenAsync();
        await page.Locator("input[name=Source][value=topics]").CheckAsync();
        await Assertions.Expect(page.Locator("#cards")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name=Topics]").First).ToBeVisibleAsync();
        await page.Locator("input[name=Source][value='preset:classic']").CheckAsync();
        await Assertions.Expect(page.Locator("#cards")).ToBeHiddenAsync();

        // The cards are in the page's language unless the facilitator says otherwise (an English page chose Bangla).
        await Assertions.Expect(page.Locator("#language")).ToHaveValueAsync(language);
        await page.Locator(".deck-preview summary").ClickAsync();
        await Assertions.Expect(page.Locator(".deck-preview li")).ToHaveCountAsync(20);
        await Assertions.Expect(page.Locator(".deck-preview li").First).ToHaveTextAsync(pack.Cards.First(c => c.Id == classic.Cards[0]).Prompt.In(language));
        await Screens.SaveAsync(page, $"staff-new-session-1280-{language}", fullPage: true);
        await page.Locator("#name").FillAsync("Rose Room Nine");
        await CreateAsync(page);
        var first = await SessionAsync(page);
        Assert.Equal(string.Join(',', classic.Cards), first.Deck);
        Assert.Equal("Rose Room Nine", first.Name);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Rose Room Nine");

        // Picking: two cards, one opened to see its options (the right one marked), played in the pack's order.
        await page.GotoAsync($"{fixture.BaseUrl}/facilitator?lang={language}");
        var picked = new[] { pack.Cards.First(c => c.Options.Count == 3 && !c.Sensitive), pack.Cards.Last(c => c.Options.Count == 0) };
        await page.Locator("details.pick > summary").ClickAsync();
        foreach (var card in Enumerable.Reverse(picked))
        {
            await page.Locator($"input[name=Picked][value='{card.Id}']").CheckAsync();
        }

        var preview = page.Locator(".pick-card", new() { Has = page.Locator($"input[value='{picked[0].Id}']") }).Locator("details");
        await preview.Locator("summary").ClickAsync();
        await Assertions.Expect(preview.Locator("li")).ToHaveTextAsync(picked[0].Options.Select(o => o.Text.In(language) + (o.Correct ? " ✓" : "")).ToArray());
        await page.Locator("input[name=Source][value=pick]").CheckAsync();
        await Axe.AssertCleanAndFitsAsync(page, $"new session, cards picked ({language}) at 1280");
        await page.SetViewportSizeAsync(360, 740);
        await Axe.AssertCleanAndFitsAsync(page, $"new session, cards picked ({language}) at 360");
        await Screens.SaveAsync(page, $"staff-new-session-pick-360-{language}", fullPage: false);
        await page.SetViewportSizeAsync(1280, 720);
        await page.Locator("input[name=Podium]").CheckAsync();
        await CreateAsync(page);
        var second = await SessionAsync(page);
        Assert.Equal(string.Join(',', picked.Select(c => c.Id)), second.Deck);
        Assert.True(second.Podium);
        Assert.Equal("", second.Name);

        // Picking nothing says so, and keeps what was filled in.
        await page.GotoAsync($"{fixture.BaseUrl}/facilitator?lang={language}");
        await page.Locator("input[name=Source][value=pick]").CheckAsync();
        await page.Locator("#name").FillAsync("Nothing picked");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice.error")).ToContainTextAsync(language == "en" ? "Pick at least one card" : "অন্তত একটি কার্ড");
        await Assertions.Expect(page.Locator("#name")).ToHaveValueAsync("Nothing picked");

        // The name is changed on the control page, and shown there, in the list and in the report.
        await page.GotoAsync($"{fixture.BaseUrl}/facilitator/sessions/{second.Id}?lang={language}");
        await page.Locator("#session-name").FillAsync("Rose Room Ten");
        await page.Locator("form.inline-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Rose Room Ten");
        await Axe.AssertCleanAndFitsAsync(page, $"control page with its name ({language}) at 1280");
        await Screens.SaveAsync(page, $"staff-session-named-1280-{language}", fullPage: true);
        await page.GotoAsync($"{fixture.BaseUrl}/reports/sessions/{second.Id}?lang={language}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Rose Room Ten");

        // Run again: a new session with the same cards and settings and a new code.
        await page.GotoAsync($"{fixture.BaseUrl}/facilitator?lang={language}");
        var row = page.Locator(".session-row", new() { HasText = "Rose Room Ten" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        // Where it stands, in the page's words and digits (it said "lobby" and "2026-12-07" on a Bangla page).
        await Assertions.Expect(row.Locator(".hint")).ToContainTextAsync(language == "en" ? "not started · 2 cards" : "শুরু হয়নি · ২টি কার্ড");
        if (language == "bn")
        {
            Assert.DoesNotMatch("[0-9]", await row.Locator(".hint").InnerTextAsync());
        }

        await page.SetViewportSizeAsync(360, 740);
        await Axe.AssertCleanAndFitsAsync(page, $"sessions with names ({language}) at 360");
        await Screens.SaveAsync(page, $"staff-sessions-360-{language}", fullPage: false);
        await row.Locator("form.again button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/facilitator/sessions/"));
        var again = await SessionAsync(page);
        Assert.NotEqual(second.Id, again.Id);
        Assert.NotEqual(second.Code, again.Code);
        Assert.Equal((second.Deck, second.Podium, second.Mode, "Rose Room Ten"), (again.Deck, again.Podium, again.Mode, again.Name));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Rose Room Ten");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task ANameTooLong_IsSaidBesideTheNameField_AndNothingFilledInIsLost(string language)
    {
        var email = await Staff.CreateAsync(fixture, admin: false);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);
        await page.GotoAsync($"{fixture.BaseUrl}/facilitator?lang={language}");
        var pack = fixture.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;

        // An old browser, or one that ignores maxlength, sends 81 characters.
        await page.Locator("#name").EvaluateAsync("e => e.removeAttribute('maxlength')");
        var name = new string('x', 81);
        await page.Locator("#name").FillAsync(name);
        await page.Locator("input[name=Source][value=topics]").CheckAsync();
        await page.Locator($"input[name=Topics][value='{pack.Topics[1].Id}']").CheckAsync();
        await page.Locator("#cards").FillAsync("3");
        await page.Locator("input[name=Mode][value=Group]").CheckAsync();
        await page.Locator("#timer").SelectOptionAsync("30");
        await page.Locator("input[name=Podium]").CheckAsync();
        await page.Locator("#language").SelectOptionAsync("en");
        await page.Locator("form.form button[type=submit]").ClickAsync();

        // The error is beside the name: the field is marked invalid and points at it; a notice at the top leads there.
        var message = language == "en" ? "A session name can be at most 80 characters long." : "সেশনের নাম সর্বোচ্চ ৮০ অক্ষরের হতে পারে।";
        var field = page.Locator("#name");
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        var described = (await field.GetAttributeAsync("aria-describedby"))!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("name-error", described);
        var error = page.Locator("#name-error");
        await Assertions.Expect(error).ToHaveTextAsync(message);
        await Assertions.Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
        var fieldBox = (await field.BoundingBoxAsync())!;
        var errorBox = (await error.BoundingBoxAsync())!;
        Assert.True(errorBox.Y >= fieldBox.Y + fieldBox.Height - 1 && errorBox.Y < fieldBox.Y + fieldBox.Height + 40, $"the error is at {errorBox.Y}, the field ends at {fieldBox.Y + fieldBox.Height}");
        await page.Locator(".notice.error a[href='#name']").ClickAsync();
        await Assertions.Expect(field).ToBeFocusedAsync();

        // Nothing filled in is lost.
        await Assertions.Expect(field).ToHaveValueAsync(name);
        await Assertions.Expect(page.Locator("input[name=Source][value=topics]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator($"input[name=Topics][value='{pack.Topics[1].Id}']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#cards")).ToHaveValueAsync("3");
        await Assertions.Expect(page.Locator("input[name=Mode][value=Group]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#timer")).ToHaveValueAsync("30");
        await Assertions.Expect(page.Locator("input[name=Podium]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#language")).ToHaveValueAsync("en");
        await Axe.AssertCleanAndFitsAsync(page, $"new session with a name error ({language}) at 360");
        await Screens.SaveAsync(page, $"staff-new-session-error-360-{language}");

        // Put right, the same form creates the session.
        await field.FillAsync("Rose Room Eleven");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/facilitator/sessions/[0-9a-f-]+(#name)?$"));
        var session = await SessionAsync(page);
        Assert.Equal(("Rose Room Eleven", Sajag.Data.Entities.SessionMode.Group, 3, 30, true), (session.Name, session.Mode, session.Deck.Split(',').Length, session.TimerSeconds, session.Podium));
    }

    private static async Task CreateAsync(IPage page)
    {
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/facilitator/sessions/[0-9a-f-]+$"));
    }

    private async Task<Sajag.Data.Entities.LiveSession> SessionAsync(IPage page)
    {
        var id = Guid.Parse(page.Url.Split('?', '#')[0].Split('/').Last());
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SajagDb>().LiveSessions.AsNoTracking().SingleAsync(s => s.Id == id);
    }
}
