using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

/// <summary>The defects a new facilitator and a young person met outside the live game, each shown fixed in Chromium.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ClassroomDefectTests(BrowserFixture fixture)
{
    // A pasted chat with no names: every line is taken as written to the young person.
    private const string UnnamedChat = "send me a nude pic now\nif you dont send i will share your photos with everyone\ndont tell your parents";

    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true };

    // How many lines each element's text takes: a text range's client rectangles, one per line box.
    private const string LinesOf = "els => els.map(e => { const r = document.createRange(); r.selectNodeContents(e); const tops = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))); return e.textContent.trim() + ' => ' + tops.size; })";

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task PhoneNumbers_NeverBreakAcrossLines_OnTheCheckResultAndTheHelpPages(string language)
    {
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/check?lang={language}");
        await page.Locator("textarea").FillAsync(UnnamedChat);
        await page.Locator("form.check-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".helplines .number").First).ToBeVisibleAsync();
        var lines = new List<string>(await page.Locator(".number").EvaluateAllAsync<string[]>(LinesOf));

        foreach (var path in new[] { "/help", "/help/threatened" })
        {
            await page.GotoAsync($"{fixture.BaseUrl}{path}?lang={language}");
            lines.AddRange(await page.Locator(".number").EvaluateAllAsync<string[]>(LinesOf));
        }

        Assert.True(lines.Count >= 6, string.Join("; ", lines));
        Assert.All(lines, l => Assert.EndsWith("=> 1", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task QuickExit_StaysOnScreenAtTheBottomOfALongPage_AndNeverCoversTheLanguageLinks(string language)
    {
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/help?lang={language}");
        var exit = page.Locator("#quick-exit");

        var box = (await exit.BoundingBoxAsync())!;
        foreach (var link in await page.Locator(".langs a, .nav a, .brand").AllAsync())
        {
            var other = (await link.BoundingBoxAsync())!;
            var overlaps = box.X < other.X + other.Width && other.X < box.X + box.Width && box.Y < other.Y + other.Height && other.Y < box.Y + box.Height;
            Assert.False(overlaps, $"quick exit covers \"{await link.InnerTextAsync()}\"");
        }

        await page.EvaluateAsync("window.scrollTo(0, document.documentElement.scrollHeight)");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollHeight") > 3 * 740, "the page is not long enough to test");
        await Assertions.Expect(exit).ToBeInViewportAsync(new() { Ratio = 1 });
        box = (await exit.BoundingBoxAsync())!;
        Assert.True(box.Y >= 0 && box.Y + box.Height <= 740, $"quick exit at {box.Y}");
    }

    [Fact]
    public async Task AfterQuickExit_BackDoesNotReturnToAnySajagPage()
    {
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/?lang=en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Get help" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/help");
        await page.Locator("main a[href='/check']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/check");

        await page.Locator("#quick-exit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);

        // Back from the neutral site leaves the tab's history (nothing before Sajag here): no Sajag page comes back.
        await page.GoBackAsync();
        await page.WaitForTimeoutAsync(500);
        Assert.DoesNotContain(fixture.BaseUrl, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpShowsTakeItDownOnce_LabelledByWhatItDoes_AndNoPageAsksForAMissingFavicon()
    {
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        var missing = new List<string>();
        page.Response += (_, r) =>
        {
            if (r.Status == 404)
            {
                missing.Add(r.Url);
            }
        };
        await page.GotoAsync(fixture.BaseUrl + "/help?lang=en");

        var links = page.Locator("#images a[href^='https://takeitdown.ncmec.org']");
        await Assertions.Expect(links).ToHaveCountAsync(1);
        await Assertions.Expect(links).ToHaveTextAsync("Open takeitdown.ncmec.org");
        await Assertions.Expect(page.Locator("a").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("https?://") })).ToHaveCountAsync(0);

        var favicon = await page.APIRequest.GetAsync(fixture.BaseUrl + "/favicon.ico");
        Assert.Equal(200, favicon.Status);
        Assert.StartsWith("image/", favicon.Headers["content-type"], StringComparison.Ordinal);
        await page.GotoAsync(fixture.BaseUrl + "/learn?lang=bn");
        await page.WaitForTimeoutAsync(300);
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("en", "Message 1", "from ?")]
    [InlineData("bn", "১ নম্বর মেসেজ", "?-এর")]
    public async Task APastedChatWithoutNames_NamesEachMessageByItsNumberOnly(string language, string expected, string never)
    {
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/check?lang={language}");
        await page.Locator("textarea").FillAsync(UnnamedChat);
        await page.Locator("form.check-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".sign .from").First).ToBeVisibleAsync();
        var from = await page.Locator(".sign .from").AllInnerTextsAsync();
        Assert.Contains(from, f => f.Trim() == expected);
        Assert.DoesNotContain(from, f => f.Contains(never, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlayOffline_TheLessonLinkAndTheLanguageSwitchSayTheyNeedAConnection_InsteadOfTheBrowsersErrorPage()
    {
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/play?lang=en");
        await Assertions.Expect(page.Locator("#play[data-offline=ready]")).ToHaveCountAsync(1, new() { Timeout = 15000 });
        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Quick 10" }).ClickAsync();
        await page.Locator("#game .options button, #game .options input, #game .options + * button").First.ClickAsync();
        if (await page.Locator("#game .options input").CountAsync() > 0)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answer" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the lesson" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("You are offline. That page needs an internet connection; the game here still works.");
        Assert.EndsWith("/play?lang=en", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "বাংলা" }).ClickAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.EndsWith("/play?lang=en", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#feedback")).ToBeVisibleAsync();

        // Typed or bookmarked, a page the phone has not kept shows Sajag's own offline page.
        await page.GotoAsync(fixture.BaseUrl + "/learn/grooming");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You are offline, and this page is not saved on this phone. It needs an internet connection.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the game" }).ClickAsync();
        // The game comes back where it was, from the phone's own copy.
        await Assertions.Expect(page.Locator("#game .band")).ToBeVisibleAsync();
    }
}
