using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Content;

namespace Sajag.Browser.Tests;

/// <summary>
/// A whole classroom session as a teacher runs it: the control page, the projector, three players and
/// one group device. The projector fits a 16:9 screen in every phase and both languages, shows no
/// "[object" or "undefined", and is axe-clean; so is the control page at 360 and 1280 px.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ClassroomSessionTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Projector = new() { Width = 1280, Height = 720 };
    private static readonly ViewportSize BigProjector = new() { Width = 1920, Height = 1080 };

    // An answerable card with a discussion, a discussion-only card, and a sensitive card.
    private static IEnumerable<Card> Deck(ContentPack pack) =>
    [
        LiveGame.Answerable(pack).First(c => !c.Sensitive && c.Options.Count == 3),
        pack.Cards.First(c => c.Options.Count == 0),
        pack.Cards.First(c => c.Sensitive && c.Options.Count > 0),
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task AWholeSession_FitsTheProjectorInEveryPhase_AndEveryScreenIsClean(string language)
    {
        await using var facilitator = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Projector });
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "Group", cards: 3, deck: Deck, language: language, timer: 60, podium: true);
        var first = Deck(fixture.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack).First();
        await control.GotoAsync($"{control.Url}?lang={language}");
        var signedIn = await facilitator.StorageStateAsync();
        await using var screen = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Projector, StorageState = signedIn });
        var projector = await screen.NewPageAsync();
        await projector.GotoAsync($"{control.Url.Split('?')[0]}/projector?lang={language}");
        await using var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = LiveGame.Phone.ViewportSize, StorageState = signedIn });
        var smallControl = await phone.NewPageAsync();
        await smallControl.GotoAsync($"{control.Url.Split('?')[0]}?lang={language}");

        await CheckAsync(language, "lobby-empty", projector, control, smallControl, staff: false);
        var players = new List<IPage>();
        foreach (var nickname in new[] { "Brave Kite", "Calm River", "Bright Star" })
        {
            players.Add(await LiveGame.JoinAsync(fixture, code, nickname, members: 1, language: language));
        }

        var group = await LiveGame.JoinAsync(fixture, code, "Mango Team", members: 4, language: language);
        players.Add(group);
        await Assertions.Expect(projector.Locator("#names li")).ToHaveTextAsync(["Brave Kite", "Calm River", "Bright Star", "Mango Team"]);
        // The control page counts them in a sentence (it said "4 Players", and "1 Players", above a "Players 4" list).
        await Assertions.Expect(control.Locator("#stage .big-count")).ToHaveTextAsync(language == "en" ? "4 joined" : "৪ জন যোগ দিয়েছে");
        await CheckAsync(language, "lobby", projector, control, smallControl, players[0]);

        // Card 1: question (with its countdown), reveal with the room's bars, then Discuss & Rethink with an approved answer.
        await LiveGame.StepAsync(control);
        await Assertions.Expect(projector.Locator(".proj-options li")).ToHaveCountAsync(3);
        await Assertions.Expect(projector.Locator("#proj-clock")).ToBeVisibleAsync();
        Assert.Equal(3, await projector.Locator(".proj-options .mark .shape").CountAsync());
        await Assertions.Expect(projector.Locator(".proj-options .mark")).ToHaveTextAsync(["A", "B", "C"]);
        await CheckAsync(language, "question", projector, control, smallControl, players[0]);
        // Brave Kite is right and the others wrong, so Brave Kite alone is first (the first card's first option is its
        // right one: when everyone chose it, all four shared first place and the podium rightly named none of them).
        await LiveGame.AnswerAsync(players[0], first.Options.ToList().FindIndex(o => o.Correct));
        for (var i = 1; i < players.Count; i++)
        {
            await LiveGame.AnswerAsync(players[i], first.Options.ToList().FindIndex(o => !o.Correct));
        }

        await Assertions.Expect(projector.Locator("#proj-count")).ToContainTextAsync(language == "en" ? "4 / 4" : "৪ / ৪");
        await RevealAsync(control);
        await Assertions.Expect(projector.Locator(".proj-bars li")).ToHaveCountAsync(3);
        await Assertions.Expect(projector.Locator(".proj-bars .is-right")).Not.ToHaveCountAsync(0);
        await CheckAsync(language, "reveal", projector, control, smallControl, players[0]);

        await LiveGame.StepAsync(control);
        await WriteAsync(players[1], "Tell a trusted adult and keep the messages");
        await WriteAsync(group, "Block, report and never send a photo");
        await ApproveAllAsync(control, 2);
        await Assertions.Expect(projector.Locator("#wall li")).ToHaveCountAsync(2);
        await CheckAsync(language, "discuss", projector, control, smallControl, players[1]);
        await control.Locator("#cloud").CheckAsync();
        await Assertions.Expect(projector.Locator("#wall .cloud span").First).ToBeVisibleAsync();
        // Read from the back of the room: the cloud's rarest words are larger than the text of an answer (1rem); they were 0.9rem.
        var smallest = await projector.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('#wall .cloud span')].map((w) => parseFloat(getComputedStyle(w).fontSize))) / parseFloat(getComputedStyle(document.documentElement).fontSize)");
        Assert.True(smallest >= 1.3, $"the word cloud's smallest words are {smallest:0.00}rem on the projector ({language})");
        await CheckAsync(language, "discuss-cloud", projector, control, smallControl, staff: false);
        await control.Locator("#cloud").UncheckAsync();

        // Between cards, the top three: on the projector the names and points, on each phone only that player's own place.
        await LiveGame.StepAsync(control);
        Assert.Equal("podium", await control.Locator("#staff").GetAttributeAsync("data-phase"));
        await Assertions.Expect(projector.Locator(".podium li").First).ToContainTextAsync("Brave Kite");
        await Assertions.Expect(players[0].Locator(".place-mine")).ToContainTextAsync(language == "en" ? "Your place: 1 of 4" : "তোমার স্থান: ৪ জনের মধ্যে ১");
        Assert.Equal(0, await projector.Locator(".place-mine").CountAsync());
        await CheckAsync(language, "podium", projector, control, smallControl, players[0]);

        // Card 2: a discussion-only card; typed answers count as answered and reach the wall once approved.
        await LiveGame.StepAsync(control);
        await Assertions.Expect(projector.Locator(".proj-options")).ToHaveCountAsync(0);
        await WriteAsync(players[0], "Nobody forwards a mean post in our group");
        await ApproveAllAsync(control, 1);
        await Assertions.Expect(projector.Locator("#wall li")).ToHaveCountAsync(1);
        await CheckAsync(language, "discuss-card", projector, control, smallControl, players[0]);
        await RevealAsync(control);
        await CheckAsync(language, "discuss-card-reveal", projector, control, smallControl, players[0], staff: false);
        await LiveGame.StepAsync(control);
        Assert.Equal("discuss", await control.Locator("#staff").GetAttributeAsync("data-phase"));
        await LiveGame.StepAsync(control);
        Assert.Equal("podium", await control.Locator("#staff").GetAttributeAsync("data-phase"));

        // Card 3: a sensitive card (and the last), to its reveal; then the end with the podium.
        await LiveGame.StepAsync(control);
        await LiveGame.AnswerAsync(players[2]);
        await CheckAsync(language, "sensitive-question", projector, control, smallControl, staff: false);
        await RevealAsync(control);
        await CheckAsync(language, "sensitive-reveal", projector, control, smallControl);
        while (await control.Locator("#staff").GetAttributeAsync("data-phase") != "ended")
        {
            await LiveGame.StepAsync(control);
        }

        await Assertions.Expect(projector.Locator(".podium li").First).ToContainTextAsync("Brave Kite");
        await Assertions.Expect(players[0].Locator(".place-mine")).ToBeVisibleAsync();
        await CheckAsync(language, "ended", projector, control, smallControl, players[0]);
        foreach (var player in players)
        {
            await player.Context.CloseAsync();
        }
    }

    // The timer (60 s, so the countdown shows) may run out on a slow machine before the reveal is pressed: then the clock revealed it.
    private static async Task RevealAsync(IPage control)
    {
        if (await control.Locator("#staff").GetAttributeAsync("data-phase") == "question")
        {
            await control.Locator("#controls .primary").ClickAsync();
        }

        await Assertions.Expect(control.Locator("#staff")).ToHaveAttributeAsync("data-phase", "reveal");
    }

    private static async Task WriteAsync(IPage player, string text)
    {
        await player.Locator("#open-text").FillAsync(text);
        await player.Locator("form.open button[type=submit]").ClickAsync();
        await Assertions.Expect(player.Locator("#stage .ack blockquote")).ToBeVisibleAsync();
    }

    private static async Task ApproveAllAsync(IPage control, int count)
    {
        var queue = control.Locator("#queue li.answer");
        await Assertions.Expect(queue).ToHaveCountAsync(count);
        for (var i = 0; i < count; i++)
        {
            var approve = queue.Nth(i).Locator(".actions button").First;
            await approve.ClickAsync();
            await Assertions.Expect(queue.Nth(i)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-approved"));
        }
    }

    // The projector at 1280x720 and 1920x1080, the control page at 1280 and 360 px, and a phone: each fits, reads cleanly and is axe-clean.
    private static async Task CheckAsync(string language, string phase, IPage projector, IPage control, IPage smallControl, IPage? player = null, bool staff = true)
    {
        var what = $"{phase} ({language})";
        await projector.WaitForTimeoutAsync(400);
        await Screens.SaveAsync(projector, $"projector-{phase}-{language}");
        await AssertFitsAsync(projector, what + " at 1280x720");
        await AssertReadsCleanlyAsync(projector, what);
        await Axe.AssertCleanAsync(projector, "projector " + what);
        await projector.SetViewportSizeAsync(BigProjector.Width, BigProjector.Height);
        await projector.WaitForTimeoutAsync(200);
        await AssertFitsAsync(projector, what + " at 1920x1080");
        await projector.SetViewportSizeAsync(Projector.Width, Projector.Height);

        // The control page once per kind of phase (axe-core takes seconds on a shared machine).
        foreach (var (page, width) in staff ? new[] { (control, 1280), (smallControl, 360) } : [])
        {
            await AssertReadsCleanlyAsync(page, $"control {what} at {width}");
            // Every button is the staff style, big enough to tap (the approval queue's were the browser's 21 px defaults).
            var small = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('main button')].filter((b) => { const r = b.getBoundingClientRect(); return r.width > 0 && r.height < 40; }).map((b) => b.textContent.trim())");
            Assert.True(small.Length == 0, $"control {what} at {width}: buttons smaller than 40 px: {string.Join(", ", small)}");
            await Axe.AssertCleanAndFitsAsync(page, $"control {what} at {width}");
            await Screens.SaveAsync(page, $"control-{phase}-{width}-{language}", fullPage: true);
        }

        if (player is not null)
        {
            await AssertReadsCleanlyAsync(player, $"phone {what}");
            await Axe.AssertCleanAndFitsAsync(player, $"phone {what}");
            await Screens.SaveAsync(player, $"phone-{phase}-{language}", fullPage: true);
        }
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollHeight, innerHeight, document.documentElement.scrollWidth, innerWidth]");
        var (height, viewport, width, viewportWidth) = (sizes[0], sizes[1], sizes[2], sizes[3]);
        Assert.True(height <= viewport, $"the projector needs scrolling in {what}: {height} > {viewport}");
        Assert.True(width <= viewportWidth, $"the projector scrolls sideways in {what}: {width} > {viewportWidth}");
    }

    private static async Task AssertReadsCleanlyAsync(IPage page, string what)
    {
        var text = await page.Locator("body").InnerTextAsync();
        Assert.False(text.Contains("[object", StringComparison.Ordinal), $"\"[object\" on {what}");
        Assert.False(text.Contains("undefined", StringComparison.Ordinal), $"\"undefined\" on {what}");
        Assert.False(text.Contains("NaN", StringComparison.Ordinal), $"\"NaN\" on {what}");

        // A number stays on one line: a phone number, a count "4 / 4", and points with their number (the
        // phone's podium in Bangla put "১০০" at the end of one line and "পয়েন্ট" on the next).
        var split = await page.EvaluateAsync<string[]>(
            """
            () => {
              const re = /[0-9০-৯]+(?:[\/\-][0-9০-৯]+)+|[0-9০-৯]+ \/ [0-9০-৯]+|[0-9০-৯]+[ \u00a0](?:points|পয়েন্ট|প\u09af\u09bcেন্ট)/g;
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (const m of n.data.matchAll(re)) {
                  const r = document.createRange();
                  r.setStart(n, m.index);
                  r.setEnd(n, m.index + m[0].length);
                  const tops = [...r.getClientRects()].filter((x) => x.width > 0).map((x) => x.top);
                  if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 10) out.push(m[0]);
                }
              }
              return out;
            }
            """);
        Assert.True(split.Length == 0, $"numbers split across lines on {what}: {string.Join(", ", split)}");
    }
}
