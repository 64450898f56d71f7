using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Browser.Tests;

/// <summary>The adult side: one staff layout with navigation, accessible forms, and reports that read at 1280 px.</summary>
[Collection(BrowserSuite.Name)]
public sealed class StaffPagesTests(BrowserFixture fixture)
{
    public static TheoryData<int, string> Sizes => new() { { 360, "en" }, { 360, "bn" }, { 1280, "en" }, { 1280, "bn" } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task EveryStaffPage_HasTheStaffNavigation_LabelsAboveFields_FitsAndIsAxeClean(int width, string language)
    {
        var email = await Staff.CreateAsync(fixture, admin: true);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = width == 360 ? 740 : 720 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/account/login?lang={language}");
        await AssertStaffPageAsync(page, $"login-{width}-{language}", signedIn: false);

        // The first-run page, as its one-time link opens it (the link lives until the first admin is made through it).
        var setup = fixture.Services.GetRequiredService<Sajag.Web.Features.Accounts.SetupToken>();
        if (setup.Current is null)
        {
            setup.Issue();
        }

        await page.GotoAsync($"{fixture.BaseUrl}/setup?token={setup.Current}&lang={language}");
        await Assertions.Expect(page.Locator("form.form input[name=Organisation]")).ToBeVisibleAsync();
        await AssertStaffPageAsync(page, $"setup-{width}-{language}", signedIn: false);
        await Staff.SignInAsync(fixture, page, email);
        var session = await SeedSessionAsync(email, players: 6);

        foreach (var path in new[] { "/facilitator", "/admin", "/reports", "/ideas", $"/reports/sessions/{session}", "/staff/guide" })
        {
            await page.GotoAsync($"{fixture.BaseUrl}{path}?lang={language}");
            await AssertStaffPageAsync(page, $"{path.Trim('/').Replace('/', '-').Split('-')[0]}{(path.Contains("sessions/", StringComparison.Ordinal) ? "-session" : path.Contains("guide", StringComparison.Ordinal) ? "-guide" : "")}-{width}-{language}", signedIn: true);
        }

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = language == "en" ? "Staff" : "কর্মীদের মেনু" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(language == "en"
            ? ["Sessions", "Reports", "Ideas", "Admin", "If a child tells you", "Facilitator's guide", "English", "বাংলা"]
            : ["সেশন", "প্রতিবেদন", "আইডিয়া", "অ্যাডমিন", "শিশু কিছু বললে", "সহায়কের নির্দেশিকা", "English", "বাংলা"]);
    }

    [Fact]
    public async Task AFacilitatorSeesSessionsButNoAdminLinks()
    {
        var email = await Staff.CreateAsync(fixture, admin: false);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Staff" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sessions" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
        await Assertions.Expect(nav.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#quick-exit").CountAsync());
    }

    [Fact]
    public async Task Admin_SavedShowsInTheSuccessStyle_AndAMistakeShowsBesideItsField()
    {
        var email = await Staff.CreateAsync(fixture, admin: true);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);
        await page.GotoAsync(fixture.BaseUrl + "/admin?lang=en");

        await page.GetByLabel("School name").FillAsync("Satkhira Girls' High School");
        await page.GetByLabel("District").FillAsync("Satkhira");
        await page.GetByLabel("Rural").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add school" }).ClickAsync();
        var saved = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(saved).ToHaveTextAsync("School added: Satkhira Girls' High School.");
        await Assertions.Expect(saved).ToHaveClassAsync("notice success");
        Assert.Equal("rgb(233, 246, 238)", await saved.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        // The add-facilitator form asks for the facilitator's name, not "Your name".
        await page.GetByLabel("Facilitator's name").FillAsync("Nasrin Akter");
        await page.Locator("#f-email").FillAsync("nasrin@example.org");
        await page.Locator("#f-password").FillAsync("short");
        await page.Locator("#f-password").EvaluateAsync("e => e.removeAttribute('minlength')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add facilitator" }).ClickAsync();

        var password = page.Locator("#f-password");
        await Assertions.Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        // The rule (12 characters, not a common one) is said before anyone types; the field points at it and at the error.
        await Assertions.Expect(page.Locator("#f-password-hint")).ToHaveTextAsync("At least 12 characters, and not a common password (such as \"password1234\").");
        await Assertions.Expect(password).ToHaveAttributeAsync("aria-describedby", "f-password-hint f-password-error");
        await Assertions.Expect(page.Locator("#f-password-error")).ToContainTextAsync("at least 12 characters");
        var field = (await password.BoundingBoxAsync())!;
        var error = (await page.Locator("#f-password-error").BoundingBoxAsync())!;
        Assert.InRange(error.Y - (field.Y + field.Height), 0, 24);
        Assert.Equal(0, await page.GetByRole(AriaRole.Status).CountAsync());
        await Assertions.Expect(page.GetByLabel("Facilitator's name")).ToHaveValueAsync("Nasrin Akter");
        await Axe.AssertCleanAsync(page, "admin with an error");
    }

    [Fact]
    public async Task SessionReportAt1280_ShowsWholePromptsAndHeadersThatDoNotBreakMidWord()
    {
        var email = await Staff.CreateAsync(fixture, admin: false);
        var session = await SeedSessionAsync(email, players: 6);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);
        await page.GotoAsync($"{fixture.BaseUrl}/reports/sessions/{session}?lang=en");

        // Each column header is a word or two on one line; a prompt wraps between words, never inside one.
        var headers = await page.Locator(".report thead th").EvaluateAllAsync<int[]>("els => els.map(e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; })");
        Assert.All(headers, lines => Assert.Equal(1, lines));
        var broken = await page.Locator(".report tbody th, .report thead th").EvaluateAllAsync<string[]>(
            "els => els.flatMap(e => { const t = e.firstChild; if (!t || t.nodeType !== 3) return []; const out = []; const r = document.createRange(); let prev = null; for (let i = 0; i < t.length; i++) { r.setStart(t, i); r.setEnd(t, i + 1); const top = Math.round(r.getBoundingClientRect().top); if (prev !== null && top > prev && !/\\s/.test(t.data[i - 1]) && !/\\s/.test(t.data[i])) out.push(t.data.slice(Math.max(0, i - 8), i + 8)); prev = top; } return out; })");
        Assert.Empty(broken);

        // The chart's labels end inside the chart: nothing is cut off at its right edge.
        var overflow = await page.Locator(".report .chart svg").First.EvaluateAsync<string[]>(
            "svg => [...svg.querySelectorAll('text')].filter(t => t.getBBox().x + t.getBBox().width > svg.viewBox.baseVal.width + 0.5).map(t => t.textContent)");
        Assert.Empty(overflow);
        await Screens.SaveAsync(page, "staff-report-1280-en", fullPage: true);
    }

    [Theory]
    [InlineData("en", "Fewer than 5 young people took part")]
    [InlineData("bn", "৫ জনের কম কিশোর-কিশোরী অংশ নিয়েছে")]
    public async Task ASmallClassReport_SaysWhyFiguresAreHidden_AndStillShowsTheApprovedAnswers(string language, string sentence)
    {
        var email = await Staff.CreateAsync(fixture, admin: false);
        var session = await SeedSessionAsync(email, players: 3);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);
        await page.GotoAsync($"{fixture.BaseUrl}/reports/sessions/{session}?lang={language}");

        await Assertions.Expect(page.Locator(".notice.small-class")).ToContainTextAsync(sentence);
        await Assertions.Expect(page.Locator(".wall-list li")).ToHaveTextAsync(["Tell a teacher you trust"]);

        // Each hidden card says so once, in its table row, in a plain sentence; no chart repeats it (it did, once per card in each).
        var fewer = language == "en" ? "Fewer than 5 answered this card, so its result is not shown." : "এই কার্ডে ৫ জনের কম উত্তর দিয়েছে, তাই এর ফল দেখানো হয়নি।";
        await Assertions.Expect(page.Locator(".report tbody td")).ToHaveTextAsync([fewer, fewer]);
        var cardsSection = await page.Locator("section[aria-labelledby=cards-title]").EvaluateAsync<string>("s => s.textContent");
        Assert.Equal(2, cardsSection.Split(language == "en" ? "Fewer than 5" : "৫ জনের কম").Length - 1);
        Assert.Equal(0, await page.Locator("section[aria-labelledby=cards-title] svg").CountAsync());
        await Axe.AssertCleanAndFitsAsync(page, $"small-class report ({language}) at 1280");
        await Screens.SaveAsync(page, $"staff-report-small-1280-{language}", fullPage: true);
        await page.SetViewportSizeAsync(360, 740);
        await Axe.AssertCleanAndFitsAsync(page, $"small-class report ({language}) at 360");
        await Screens.SaveAsync(page, $"staff-report-small-360-{language}", fullPage: true);
    }

    private static async Task AssertStaffPageAsync(IPage page, string what, bool signedIn)
    {
        var width = page.ViewportSize!.Width;
        await Assertions.Expect(page.Locator("header.staff-top")).ToBeVisibleAsync();
        Assert.Equal(signedIn, await page.Locator(".staff-nav form.signout").CountAsync() == 1);
        await Axe.AssertCleanAndFitsAsync(page, what);
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("[object", text, StringComparison.Ordinal);
        Assert.DoesNotContain("undefined", text, StringComparison.Ordinal);

        // Labels sit above their text fields, never beside them.
        var beside = await page.Locator("form.form label[for]").EvaluateAllAsync<string[]>(
            "els => els.filter(l => { const f = document.getElementById(l.htmlFor); if (!f || f.type === 'hidden' || f.type === 'checkbox' || f.type === 'radio') return false; return l.getBoundingClientRect().bottom > f.getBoundingClientRect().top + 1; }).map(l => l.textContent)");
        Assert.True(beside.Length == 0, $"{what}: labels beside their field: {string.Join(", ", beside)}");

        // A form's button never touches the section that follows it (admin's "Add school" sat on "What is kept").
        var touching = await page.EvaluateAsync<string[]>(
            """
            () => {
              const sections = [...document.querySelectorAll('main section')].map((s) => s.getBoundingClientRect());
              return [...document.querySelectorAll('main button')].filter((b) => {
                const r = b.getBoundingClientRect();
                return r.width > 0 && sections.some((s) => s.top >= r.bottom - 1 && s.top - r.bottom < 8 && s.left < r.right && s.right > r.left);
              }).map((b) => b.textContent.trim());
            }
            """);
        Assert.True(touching.Length == 0, $"{what}: buttons touching the next section: {string.Join(", ", touching)}");
        await Screens.SaveAsync(page, "staff-" + what, fullPage: true);
        Assert.True(width > 0);
    }

    // An ended session of the adult's school with answers on two long-prompt cards and one approved discussion answer.
    private async Task<Guid> SeedSessionAsync(string email, int players)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        var pack = scope.ServiceProvider.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var school = await db.Schools.FirstAsync(s => s.OrganisationId == user.OrganisationId);
        var cards = pack.Cards.Where(c => c.Options.Count > 0).OrderByDescending(c => c.Prompt.In("en").Length).Take(2).ToList();
        var discuss = pack.Cards.First(c => c.Discuss is not null);
        var session = new LiveSession
        {
            Id = Guid.NewGuid(), Code = Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            FacilitatorId = user.Id, SchoolId = school.Id, Mode = SessionMode.PhoneEach, Language = "en",
            Deck = string.Join(',', cards.Select(c => c.Id).Append(discuss.Id)), PackVersion = pack.Info.Version,
            CreatedAt = DateTime.UtcNow, Version = Guid.NewGuid(),
        };
        db.LiveSessions.Add(session);
        for (var p = 0; p < players; p++)
        {
            var player = new LivePlayer { Id = Guid.NewGuid(), SessionId = session.Id, TokenHash = Guid.NewGuid().ToString("N"), Nickname = $"Player {p}", JoinedAt = DateTime.UtcNow };
            db.LivePlayers.Add(player);
            for (var c = 0; c < cards.Count; c++)
            {
                db.LiveAnswers.Add(new LiveAnswer { SessionId = session.Id, PlayerId = player.Id, CardIndex = c, CardId = cards[c].Id, Chosen = "0", Correct = p % 2 == 0, AnsweredAt = DateTime.UtcNow });
            }

            if (p == 0)
            {
                db.OpenAnswers.Add(new OpenAnswer { SessionId = session.Id, PlayerId = player.Id, CardIndex = cards.Count, CardId = discuss.Id, TopicId = discuss.TopicId, Text = "Tell a teacher you trust", Status = OpenAnswerStatus.Approved, CreatedAt = DateTime.UtcNow });
            }
        }

        await db.SaveChangesAsync();
        return session.Id;
    }
}
