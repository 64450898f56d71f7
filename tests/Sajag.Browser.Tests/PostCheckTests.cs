using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class PostCheckTests(BrowserFixture fixture)
{
    private const string Draft = "Finally holidays! Text me on 01712-345678. I study at Motijheel Ideal School and live at House 12, Road 5.";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ADraftWithAPhoneASchoolAndARoad_IsMarkedInPlace(bool javaScript)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        var posts = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Method == "POST")
            {
                posts.Add(new Uri(r.Url).AbsolutePath);
            }
        };
        await page.GotoAsync($"{fixture.BaseUrl}/post-check?lang=en");

        await page.GetByLabel("Your post").FillAsync(Draft);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my post" }).ClickAsync();

        var marks = page.Locator(".marked mark");
        await Assertions.Expect(marks).ToHaveCountAsync(3);
        Assert.Equal(["phone", "school", "address"], await marks.EvaluateAllAsync<string[]>("ms => ms.map(m => m.dataset.kind)"));
        await Assertions.Expect(marks.Nth(0)).ToHaveTextAsync("01712-3456781");
        await Assertions.Expect(marks.Nth(1)).ToHaveTextAsync("Motijheel Ideal School2");
        await Assertions.Expect(marks.Nth(2)).ToHaveTextAsync("House 12, Road 53");
        await Assertions.Expect(page.Locator("ol.findings li").Nth(2)).ToContainTextAsync("Home address or area");
        await Assertions.Expect(page.Locator("ol.findings li").Nth(2)).ToContainTextAsync("Guideline: do not post your full name, birthday, address or school.");
        await Assertions.Expect(page.Locator("#post-result .reminder")).ToContainTextAsync("you cannot take it back");
        // With JavaScript the page asks the API and stays put; without, the form posts to the page.
        Assert.Equal([javaScript ? "/api/post-check" : "/post-check"], posts);
    }

    [Fact]
    public async Task AnEmptyDraft_GetsAClearMessageInBangla()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/post-check?lang=bn");

        await page.GetByRole(AriaRole.Button, new() { Name = "আমার পোস্ট যাচাই করো" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("আগে তোমার পোস্টটা লেখো বা পেস্ট করো, তারপর “আমার পোস্ট যাচাই করো” চাপো।");
    }

    [Fact]
    public async Task ABanglaDraft_IsMarkedWithBanglaReasons()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/post-check?lang=bn");

        await page.GetByLabel("তোমার পোস্ট").FillAsync("আমি মতিঝিল আইডিয়াল স্কুলে পড়ি, আমার নম্বর ০১৭১২৩৪৫৬৭৮");
        await page.GetByRole(AriaRole.Button, new() { Name = "আমার পোস্ট যাচাই করো" }).ClickAsync();

        await Assertions.Expect(page.Locator(".marked mark")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".marked mark").Nth(1)).ToHaveTextAsync("০১৭১২৩৪৫৬৭৮২");
        await Assertions.Expect(page.Locator("ol.findings li").First).ToContainTextAsync("স্কুলের নাম থেকে অচেনা কেউ জেনে যায়");
    }
}
