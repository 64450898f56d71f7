using System.Text.Json;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class PlayTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PlayFiveCardsInEnglish_SwitchToBangla_PlayFiveMore_AndSeeTheSummary()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<IRequest>();
        page.Request += (_, r) => requests.Add(r);

        await page.GotoAsync(fixture.BaseUrl + "/play?lang=en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Quick 10" }).ClickAsync();
        await PlayCardsAsync(page, 5, "Next card");
        await Assertions.Expect(page.GetByText("Card 6 of 10")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "বাংলা" }).ClickAsync();
        await Assertions.Expect(page.GetByText("কার্ড ৬ / ১০")).ToBeVisibleAsync();
        await PlayCardsAsync(page, 4, "পরের কার্ড");
        await PlayCardsAsync(page, 1, "আমার ফলাফল দেখো");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "তোমার ফলাফল" })).ToBeVisibleAsync();
        var results = await page.Locator(".results li").AllInnerTextsAsync();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Matches("[০-৯]+টার মধ্যে [০-৯]+টা ঠিক", r));

        // Nothing about the answers reached the server: only GETs of pages, assets and cards.
        Assert.All(requests.Where(r => r.Url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal)), r =>
        {
            Assert.Equal("GET", r.Method);
            Assert.Matches(@"^/(play|css/|js/|pack/topics\.css|api/packs/default/cards\?|play-sw\.js)", new Uri(r.Url).PathAndQuery);
        });
    }

    [Fact]
    public async Task EveryRightAnswer_IsCountedRight_IncludingCardsWithSeveralRightAnswers()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/play?lang=en");
        var cards = await CardsAsync(page);
        var topic = cards.GetProperty("cards").EnumerateArray()
            .First(c => c.GetProperty("options").EnumerateArray().Count(o => o.GetProperty("correct").GetBoolean()) > 1)
            .GetProperty("topic").GetString()!;
        var count = cards.GetProperty("cards").EnumerateArray().Count(c => c.GetProperty("topic").GetString() == topic);
        var scored = cards.GetProperty("cards").EnumerateArray().Count(c => c.GetProperty("topic").GetString() == topic && c.GetProperty("options").GetArrayLength() > 0);

        await page.Locator($"input[value='{topic}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Play these topics" }).ClickAsync();
        for (var i = 0; i < count; i++)
        {
            await AnswerAsync(page, cards, right: true);
            if (await page.Locator("#feedback h3").CountAsync() > 0)
            {
                await Assertions.Expect(page.Locator("#feedback h3")).ToHaveTextAsync("Right!");
            }

            if (await page.Locator("#game .options input[type=checkbox]").CountAsync() > 0)
            {
                await AssertAccessibleAsync(page, "several-answer card");
            }

            await page.Locator("#next").ClickAsync();
        }

        await Assertions.Expect(page.Locator(".results li")).ToContainTextAsync($"{scored} of {scored} right");
        await Assertions.Expect(page.Locator(".results li p")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AWrongAnswer_ShowsItsFeedbackTheRightAnswerAndALessonLink_AndTheGuidelineAtTheEnd()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/play?lang=en");
        var cards = await CardsAsync(page);
        await page.Locator("input[value='grooming']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Play these topics" }).ClickAsync();

        var count = cards.GetProperty("cards").EnumerateArray().Count(c => c.GetProperty("topic").GetString() == "grooming");
        var sawWrong = false;
        for (var i = 0; i < count; i++)
        {
            var card = await CurrentCardAsync(page, cards);
            var wrong = await AnswerAsync(page, cards, right: false);
            Assert.DoesNotMatch("null|undefined", await page.Locator("#game").InnerTextAsync());
            if (wrong)
            {
                sawWrong = true;
                await Assertions.Expect(page.Locator("#feedback h3")).ToHaveTextAsync("Not quite.");
                await Assertions.Expect(page.Locator("#feedback")).ToContainTextAsync(card.GetProperty("explanation").GetString()!);
                await Assertions.Expect(page.Locator("#feedback")).ToContainTextAsync("The right answer:");
                await Assertions.Expect(page.Locator("#feedback a[href='/learn/grooming']")).ToBeVisibleAsync();
            }

            await page.Locator("#next").ClickAsync();
        }

        Assert.True(sawWrong);
        var guideline = cards.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "grooming").GetProperty("guideline").GetString()!;
        await Assertions.Expect(page.Locator(".results li")).ToContainTextAsync(guideline);
    }

    [Fact]
    public async Task AfterTheFirstVisit_PlayWorksOfflineToTheEnd()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/play?lang=bn");
        await Assertions.Expect(page.Locator("#play[data-offline=ready]")).ToHaveCountAsync(1, new() { Timeout = 15000 });

        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ঝটপট ১০" }).ClickAsync();
        await PlayCardsAsync(page, 9, "পরের কার্ড");
        await PlayCardsAsync(page, 1, "আমার ফলাফল দেখো");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "তোমার ফলাফল" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ForgetMyProgress_EmptiesLocalStorage()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/play?lang=en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Quick 10" }).ClickAsync();
        await PlayCardsAsync(page, 2, "Next card");
        Assert.True(await page.EvaluateAsync<int>("localStorage.length") > 0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Forget my progress" }).ClickAsync();

        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your progress on this phone is forgotten.");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Quick 10" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task PlayPages_HaveNoSeriousAxeViolation_AndFitAt360Pixels(string language)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/play?lang={language}");
        await Assertions.Expect(page.Locator("#choose")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "chooser");

        await page.Locator("#quick").ClickAsync();
        await AssertAccessibleAsync(page, "card");
        var cards = await CardsAsync(page);
        await AnswerAsync(page, cards, right: false);
        await AssertAccessibleAsync(page, "feedback");
        for (var i = 0; i < 10; i++)
        {
            if (i > 0)
            {
                await AnswerAsync(page, cards, right: true);
            }

            await page.Locator("#next").ClickAsync();
        }

        await Assertions.Expect(page.Locator("#summary")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "summary");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task PrintedDeck_EveryCardFitsItsPrintedSize(string language)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/deck/print?lang={language}");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var overflowing = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.card:not(.empty)')].filter(c => c.scrollHeight > c.clientHeight + 1).map(c => c.dataset.card)");
        var cards = await page.Locator("article.card").CountAsync();

        Assert.True(cards > 0);
        Assert.Empty(overflowing);
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var shown = await page.Locator("#play").InnerTextAsync();
        Assert.DoesNotContain("null", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("undefined", shown, StringComparison.Ordinal);
        await Axe.AssertCleanAndFitsAsync(page, what);
    }

    private static async Task<JsonElement> CardsAsync(IPage page) =>
        await page.EvaluateAsync<JsonElement>("async () => (await fetch(document.getElementById('play').dataset.cards)).json()");

    private static async Task<JsonElement> CurrentCardAsync(IPage page, JsonElement cards)
    {
        var prompt = await page.Locator("#prompt").InnerTextAsync();
        return cards.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("prompt").GetString() == prompt);
    }

    /// <summary>Answers the card on screen, rightly or wrongly; returns whether a wrong answer was given.</summary>
    private static async Task<bool> AnswerAsync(IPage page, JsonElement cards, bool right)
    {
        var card = await CurrentCardAsync(page, cards);
        var options = card.GetProperty("options").EnumerateArray().ToList();
        if (options.Count == 0)
        {
            await page.Locator("#game .options button").ClickAsync();
            return false;
        }

        var correct = options.Select((o, i) => (o, i)).Where(x => x.o.GetProperty("correct").GetBoolean()).Select(x => x.i).ToList();
        var wrong = Enumerable.Range(0, options.Count).FirstOrDefault(i => !correct.Contains(i), -1);
        var chosen = right || wrong < 0 ? correct : [wrong];
        var checkboxes = page.Locator("#game .options input[type=checkbox]");
        if (correct.Count > 1)
        {
            foreach (var i in chosen)
            {
                await checkboxes.Nth(i).CheckAsync();
            }

            await page.Locator("#game .options button.big").ClickAsync();
        }
        else
        {
            await page.Locator("#game .options button.option").Nth(chosen[0]).ClickAsync();
        }

        return !right && wrong >= 0;
    }

    private static async Task PlayCardsAsync(IPage page, int count, string nextLabel)
    {
        for (var i = 0; i < count; i++)
        {
            var option = page.Locator("#game .options button.option, #game .options input, #game .options button.big").First;
            await option.WaitForAsync();
            if (await page.Locator("#game .options input").CountAsync() > 0)
            {
                await page.Locator("#game .options input").First.CheckAsync();
                await page.Locator("#game .options button.big").ClickAsync();
            }
            else
            {
                await option.ClickAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = nextLabel, Exact = true }).ClickAsync();
        }
    }

}
