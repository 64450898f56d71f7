using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed partial class LearnAndExitTests(BrowserFixture fixture)
{
    [Fact]
    public async Task YoungPerson_SwitchesToBangla_ReadsATopic_AndLeavesWithShiftThreeTimes()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sajag: stay alert online");

        await page.GetByRole(AriaRole.Link, new() { Name = "বাংলা" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "bn");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("সজাগ: অনলাইনে সজাগ থাকো");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "শেখো" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "গ্রুমিং" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/learn/grooming$"));
        var lesson = await page.Locator(".prose").InnerTextAsync();
        Assert.True(BengaliLetters().Count(lesson) > 300, "the lesson is not in Bangla");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "আলোচনা করো, নতুন করে ভাবো" })).ToBeVisibleAsync();

        var topicUrl = page.Url;
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");

        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
        await Assertions.Expect(page).ToHaveTitleAsync("Neutral");
        // The Sajag page was replaced in history: Back does not bring the topic back.
        await page.GoBackAsync();
        Assert.NotEqual(topicUrl, page.Url);
    }

    [Fact]
    public async Task QuickExitButton_BlanksThePageAndLeaves()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/help?lang=bn");

        await page.GetByRole(AriaRole.Link, new() { Name = "দ্রুত বের হও", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Weather today" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ShiftWithOtherKeysInBetween_DoesNotLeave()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/learn");

        // Typing capitals (Shift+A) and Shift then a letter is ordinary typing, not the exit.
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift+A");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("b");
        await page.Keyboard.PressAsync("Shift");
        await page.WaitForTimeoutAsync(300);
        Assert.StartsWith(fixture.BaseUrl, page.Url, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
    }

    [Fact]
    public async Task WithJavaScriptOff_LanguageSwitchAndQuickExitStillWork()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/learn/cyberbullying");

        await page.GetByRole(AriaRole.Link, new() { Name = "বাংলা" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "bn");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/learn/cyberbullying\\?lang=bn$"));

        await page.GotoAsync(fixture.BaseUrl + "/help");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "bn");
        await page.GetByRole(AriaRole.Link, new() { Name = "দ্রুত বের হও", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
    }

    [Fact]
    public async Task HelpPage_CallLinksAreTapToCall()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/help?lang=en");

        var call = page.GetByRole(AriaRole.Link, new() { Name = "Call 1098" });
        await Assertions.Expect(call).ToHaveAttributeAsync("href", "tel:1098");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call 999" })).ToHaveAttributeAsync("href", "tel:999");
    }

    [GeneratedRegex("[\u0980-\u09FF]")]
    private static partial Regex BengaliLetters();
}
