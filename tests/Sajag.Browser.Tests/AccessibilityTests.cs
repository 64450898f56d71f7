using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "bn" })
        {
            foreach (var path in new[] { "/", "/learn", "/learn/what-abuse-looks-like", "/learn/self-generated-images", "/help", "/help/quick-exit", "/learn/no-such-topic", "/post-check", "/record", "/help/threatened", "/adults", "/adults/disclosure", "/learn/glossary" })
            {
                data.Add(path, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousOrCriticalAxeViolation(string path, string language)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}{path}?lang={language}");

        await Axe.AssertCleanAsync(page);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_At360PixelsWide_HasNoSidewaysScrollAndAVisibleQuickExit(string path, string language)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var fonts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "font")
            {
                fonts.Add(request.Url);
            }
        };
        await page.GotoAsync($"{fixture.BaseUrl}{path}?lang={language}");

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"{path} ({language}) is {scrollWidth}px wide at a 360px viewport");
        var exit = page.Locator("#quick-exit");
        await Assertions.Expect(exit).ToBeInViewportAsync();
        var box = (await exit.BoundingBoxAsync())!;
        Assert.True(box.Height >= 44, "the quick exit button is smaller than a finger");
        Assert.Empty(fonts);
    }
}
