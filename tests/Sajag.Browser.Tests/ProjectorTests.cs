using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Content;

namespace Sajag.Browser.Tests;

/// <summary>
/// The projector as a new facilitator meets it: a podium where more players tie than three names can show, the
/// laptop's keys, and the reveal's sound (off until asked for, never on a sensitive card).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ProjectorTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Projector = new() { Width = 1280, Height = 720 };

    [Theory]
    [InlineData("en", "=1", "5 share this place", "Your place: =1 of 5", "A shared place: 5 of you have the same points.")]
    [InlineData("bn", "=১", "৫ জন এই স্থানে সমান", "তোমার স্থান: ৫ জনের মধ্যে =১", "ভাগাভাগি স্থান: তোমাদের ৫ জনের পয়েন্ট সমান।")]
    public async Task FivePlayersTiedFirst_TheProjectorSaysHowManyShareThePlace_AndEachPhoneItsSharedPlace(string language, string rank, string shared, string mine, string sharedMine)
    {
        static IEnumerable<Card> Deck(ContentPack pack) => LiveGame.Answerable(pack).Where(c => !c.Sensitive && c.Options.Count(o => o.Correct) == 1).Take(2);
        await using var facilitator = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Projector });
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 2, deck: Deck, language: language, podium: true);
        var first = Deck(fixture.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack).First();
        var projector = await OpenProjectorAsync(facilitator, control, language);
        var players = new List<IPage>();
        foreach (var nickname in new[] { "Brave Kite", "Calm River", "Bright Star", "Green Leaf", "Quiet Moon" })
        {
            players.Add(await LiveGame.JoinAsync(fixture, code, nickname, language: language));
        }

        await LiveGame.StepAsync(control);
        foreach (var player in players)
        {
            await LiveGame.AnswerAsync(player, first.Options.ToList().FindIndex(o => o.Correct));
        }

        while (await control.Locator("#staff").GetAttributeAsync("data-phase") != "podium")
        {
            await LiveGame.StepAsync(control);
        }

        // All five first: one step, "=1", saying how many share it and naming none (three names cannot hold five).
        var steps = projector.Locator(".podium li");
        await Assertions.Expect(steps).ToHaveCountAsync(1);
        await Assertions.Expect(steps.Locator(".rank")).ToHaveTextAsync(rank);
        await Assertions.Expect(steps.Locator(".name")).ToHaveTextAsync(shared);
        var wall = await projector.Locator("#stage").InnerTextAsync();
        Assert.DoesNotContain("Brave Kite", wall, StringComparison.Ordinal);
        await projector.WaitForTimeoutAsync(300);
        await Screens.SaveAsync(projector, $"projector-podium-tie-{language}");
        await AssertFitsAndReadsCleanlyAsync(projector, $"five-way tie ({language})");
        await Axe.AssertCleanAsync(projector, $"projector five-way tie ({language})");
        // Each phone says the place is shared, as the projector does: "=1", and in words.
        foreach (var player in players)
        {
            await Assertions.Expect(player.Locator(".place-mine")).ToContainTextAsync(mine);
            await Assertions.Expect(player.Locator(".place-mine")).ToContainTextAsync(sharedMine);
        }

        await Axe.AssertCleanAsync(players[4], $"phone with a shared place ({language})");

        await Screens.SaveAsync(players[4], $"phone-podium-tie-{language}", fullPage: true);
        foreach (var player in players)
        {
            await player.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheProjectorsKeys_RunTheSession_AndTheRevealSoundsOnlyWhenTurnedOn_AndNeverOnASensitiveCard()
    {
        // A plain card, a sensitive card, a plain card; no timer, so only the keys move the session.
        static IEnumerable<Card> Deck(ContentPack pack)
        {
            var plain = pack.Cards.Where(c => !c.Sensitive && c.Options.Count > 0).Take(2).ToList();
            return [plain[0], pack.Cards.First(c => c.Sensitive && c.Options.Count > 0), plain[1]];
        }

        await using var facilitator = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Projector });
        var (control, _) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 3, deck: Deck);
        // Counts the tones the page starts, whatever the machine's sound card does with them.
        await facilitator.AddInitScriptAsync(
            "window.tones = 0; const start = OscillatorNode.prototype.start; OscillatorNode.prototype.start = function (...a) { window.tones++; return start.apply(this, a); };");
        var projector = await OpenProjectorAsync(facilitator, control, "en");
        var sound = projector.Locator("#sound");
        await Assertions.Expect(sound).ToHaveAttributeAsync("aria-pressed", "false");

        // N starts and reveals; with the sound off (as it starts) the reveal is silent.
        await KeyAsync(projector, "n", "question");
        await KeyAsync(projector, "n", "reveal");
        await projector.WaitForTimeoutAsync(500);
        Assert.Equal(0, await projector.EvaluateAsync<int>("() => window.tones"));

        // S turns the sound on; the sensitive card's reveal stays silent all the same.
        await projector.Keyboard.PressAsync("s");
        await Assertions.Expect(sound).ToHaveAttributeAsync("aria-pressed", "true");
        await NextCardAsync(projector);
        await KeyAsync(projector, "ArrowRight", "reveal");
        await projector.WaitForTimeoutAsync(500);
        Assert.Equal(0, await projector.EvaluateAsync<int>("() => window.tones"));

        // The next plain card's reveal gives its cue; the control page followed every key.
        await NextCardAsync(projector);
        await KeyAsync(projector, " ", "reveal");
        await projector.WaitForFunctionAsync("() => window.tones > 0");
        await Assertions.Expect(control.Locator("#staff")).ToHaveAttributeAsync("data-phase", "reveal");
    }

    private static async Task<IPage> OpenProjectorAsync(IBrowserContext facilitator, IPage control, string language)
    {
        var projector = await facilitator.NewPageAsync();
        await projector.GotoAsync($"{control.Url.Split('?')[0]}/projector?lang={language}");
        // Connected and drawn (the status was once expected empty, which held only when checked before the connection was made).
        await Assertions.Expect(projector.Locator("#status")).ToHaveTextAsync(language == "en" ? "Connected." : "যুক্ত আছে।");
        await projector.WaitForFunctionAsync("() => document.querySelector('#proj-count').textContent !== ''");
        return projector;
    }

    private static async Task KeyAsync(IPage projector, string key, string phase)
    {
        await projector.Keyboard.PressAsync(key);
        await Assertions.Expect(projector.Locator("#proj")).ToHaveAttributeAsync("data-phase", phase);
    }

    // From a reveal, N until the next card's question (through its Discuss & Rethink step when it has one).
    private static async Task NextCardAsync(IPage projector)
    {
        for (var i = 0; i < 3 && await projector.Locator("#proj").GetAttributeAsync("data-phase") != "question"; i++)
        {
            var was = await projector.Locator("#proj").GetAttributeAsync("data-phase");
            await projector.Keyboard.PressAsync("n");
            await projector.WaitForFunctionAsync("phase => document.getElementById('proj').dataset.phase !== phase", was);
        }

        await Assertions.Expect(projector.Locator("#proj")).ToHaveAttributeAsync("data-phase", "question");
    }

    private static async Task AssertFitsAndReadsCleanlyAsync(IPage page, string what)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollHeight, innerHeight, document.documentElement.scrollWidth, innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"the projector needs scrolling in {what}: {sizes[0]} > {sizes[1]}");
        Assert.True(sizes[2] <= sizes[3], $"the projector scrolls sideways in {what}: {sizes[2]} > {sizes[3]}");
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("[object", text, StringComparison.Ordinal);
        Assert.DoesNotContain("undefined", text, StringComparison.Ordinal);
    }
}
