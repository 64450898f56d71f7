using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

/// <summary>The tools after use, not only as first loaded: marks, photo details, a filled record, at 360 px and in both languages.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ToolAccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string> Languages => new() { "en", "bn" };

    private Task<IBrowserContext> PhoneAsync() => fixture.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
    });

    private static async Task AssertFitsAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"{page.Url} is {width}px wide at a 360px viewport");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task PostCheck_WithFindingsAndAPhotoChecked_IsAxeCleanAndFits360Pixels(string language)
    {
        await using var context = await PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/post-check?lang={language}");

        await page.Locator("#draft").FillAsync("My name is Rafi Ahmed, call 01712345678, House 12, Road 5, https://maps.app.goo.gl/averyveryverylonglinkwithoutspaces123456");
        await page.Locator("#post-form button").ClickAsync();
        await Assertions.Expect(page.Locator(".marked mark")).ToHaveCountAsync(4);
        await page.Locator("#photo-file").SetInputFilesAsync(new FilePayload { Name = "p.jpg", MimeType = "image/jpeg", Buffer = TestJpeg.WithGps() });
        await Assertions.Expect(page.Locator("#photo-download")).ToBeVisibleAsync();

        await Axe.AssertCleanAsync(page);
        await AssertFitsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Record_FilledAndReadyToPrint_IsAxeCleanAndFits360Pixels(string language)
    {
        await using var context = await PhoneAsync();
        await context.AddInitScriptAsync("window.print = () => {};");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/record?lang={language}");

        await page.Locator("#r-profile").FillAsync("https://www.facebook.com/profile.php?id=100000000000000000000000000000000");
        await page.Locator("#r-words").FillAsync("pay or else");
        await page.Locator("#r-done-adult").CheckAsync();
        await page.Locator("#record-print").ClickAsync();
        await Assertions.Expect(page.Locator("#printable")).ToBeVisibleAsync();

        await Axe.AssertCleanAsync(page);
        await AssertFitsAsync(page);
    }
}
