using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class CheckPageTests(BrowserFixture fixture)
{
    private const string GroupChat =
        "Sakib: ei je nerd ashche 🤓\nRafi: stop kor\nSakib: kal chutir pore ashis, tor hat pa venge dibo\nTonmoy: amra 4 jon thakbo\nNahian: bro enough";

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth}px wide at {width}px");
    }

    public static TheoryData<string, bool, string, string, string, string> Journeys => new()
    {
        { "en", true, "Paste the chat here", "Check this chat", "Check as this person", "Warning: this looks like a pattern" },
        { "bn", true, "চ্যাটটা এখানে পেস্ট করো", "চ্যাটটা যাচাই করো", "এই নামে যাচাই করো", "সাবধান: এটা একটা চেনা ধরনের মতো লাগছে" },
        { "en", false, "Paste the chat here", "Check this chat", "Check as this person", "Warning: this looks like a pattern" },
    };

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task YoungPerson_PastesAGroupChat_PicksThemself_AndSeesTheSigns(string language, bool javaScript, string paste, string submit, string choose, string level)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/check?lang={language}");
        await AssertAxeCleanOrSkipWithoutScriptAsync(page, javaScript);
        await AssertFitsAsync(page, 360);

        await page.GetByLabel(paste).FillAsync(GroupChat);
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();

        // With the script the page asked /api/check and shows the choice in place (the chat still in its box); without
        // it, the server asks, and the chat (never written back into the page) is pasted again.
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Rafi" })).ToBeVisibleAsync();
        await AssertAxeCleanOrSkipWithoutScriptAsync(page, javaScript);

        // One clear action at "which one is you?": the form's only button checks as the person chosen, and asks for a
        // choice before it sends anything.
        var buttons = page.Locator("form.check-form button"); // the file field, also a button to the browser, is not counted
        await Assertions.Expect(buttons).ToHaveCountAsync(1);
        await Assertions.Expect(buttons).ToHaveAccessibleNameAsync(choose);
        if (javaScript)
        {
            await buttons.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Rafi" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#level")).ToHaveCountAsync(0);
        }

        await page.GetByRole(AriaRole.Radio, new() { Name = "Rafi" }).CheckAsync();
        if (javaScript)
        {
            await Assertions.Expect(page.GetByLabel(paste)).ToHaveValueAsync(GroupChat);
        }
        else
        {
            await page.GetByLabel(paste).FillAsync(GroupChat);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = choose }).ClickAsync();

        await Assertions.Expect(page.Locator("#level")).ToHaveTextAsync(level);
        await Assertions.Expect(page.Locator(".sign blockquote").Filter(new() { HasText = "venge dibo" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".sign a[href^='/learn/']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#quick-exit")).ToBeInViewportAsync();
        await AssertAxeCleanOrSkipWithoutScriptAsync(page, javaScript);
        await AssertFitsAsync(page, 360);
    }

    [Fact]
    public async Task AFileOverTenMegabytes_IsStoppedInTheBrowserBeforeUploading()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        await page.GotoAsync($"{fixture.BaseUrl}/check?lang=en");

        await page.GetByLabel("Or choose a chat file").SetInputFilesAsync(new FilePayload
        {
            Name = "WhatsApp Chat with Ghost.txt",
            MimeType = "text/plain",
            Buffer = new byte[(10 * 1024 * 1024) + 1],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check this chat" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The largest chat Sajag can check is 10 MB");
        Assert.Equal(0, posts);
    }

    private static Task AssertAxeCleanOrSkipWithoutScriptAsync(IPage page, bool javaScript) =>
        javaScript ? Axe.AssertCleanAsync(page) : Task.CompletedTask; // axe runs as a script; the script-on journeys cover it
}
