using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

/// <summary>
/// At 360 px the quick exit never hides anything a young person reads or taps: at the top of the page and
/// wherever it is scrolled, no link, button, field or line of text shows under the button or beside it inside its box.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class QuickExitPlacementTests(BrowserFixture fixture)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true };

    // What shows inside the quick exit's box other than the button itself: every visible link, button, field and
    // line of text whose box meets the button's, and which is not hidden there behind something opaque (the
    // header it sits in). Each is named with where it is, for the failure message.
    private const string Covered = """
        () => {
          const exit = document.getElementById('quick-exit');
          const b = exit.getBoundingClientRect();
          const meets = r => r.width > 0 && r.height > 0 && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
          const mine = e => e === exit || exit.contains(e);
          // Is the element itself what lies right under the button at the middle of where they meet?
          const shows = (el, r) => {
            const x = (Math.max(r.left, b.left) + Math.min(r.right, b.right)) / 2;
            const y = (Math.max(r.top, b.top) + Math.min(r.bottom, b.bottom)) / 2;
            const under = document.elementsFromPoint(x, y).find(e => !mine(e));
            return under !== undefined && (under === el || el.contains(under));
          };
          const out = [];
          const interactive = 'a[href], button, input, select, textarea, summary, label, [tabindex]:not([tabindex="-1"])';
          for (const el of document.querySelectorAll(interactive)) {
            if (mine(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
            const r = el.getBoundingClientRect();
            if (meets(r) && shows(el, r)) out.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`);
          }
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const el = t.parentElement;
            if (!t.data.trim() || !el || mine(el) || el.closest('script, style, template, noscript') || !el.checkVisibility({ visibilityProperty: true })) continue;
            range.selectNodeContents(t);
            for (const r of range.getClientRects()) {
              if (meets(r) && shows(el, r)) { out.push(`text "${t.data.trim().slice(0, 40)}"`); break; }
            }
          }
          return out;
        }
        """;

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "bn" })
        {
            foreach (var path in new[] { "/", "/learn", "/learn/what-abuse-looks-like", "/learn/glossary", "/play", "/check", "/post-check", "/record", "/help", "/help/threatened", "/help/quick-exit", "/join", "/adults", "/adults/disclosure", "/learn/no-such-topic" })
            {
                data.Add(path, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task QuickExit_At360Pixels_CoversNothingAtAnyScrollPosition(string path, string language)
    {
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}{path}?lang={language}");
        if (path == "/play")
        {
            // The game itself, where "Card 1 of 10" and the answers scroll past the top of the screen. A quick game's first
            // card is drawn at random, and a discussion card has no options, only its reveal button: wait for either.
            await page.Locator("#quick").ClickAsync();
            await Assertions.Expect(page.Locator("#game .options button, #game .options input").First).ToBeVisibleAsync();
        }

        await AssertCoversNothingAsync(page, $"{path} ({language})");
        if (path is "/play" or "/help")
        {
            // For the gallery: the header holding the quick exit while the page scrolls under it.
            await page.EvaluateAsync("window.scrollTo(0, 300)");
            await Screens.SaveAsync(page, $"phone{path.Replace('/', '-')}-scrolled-{language}");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task QuickExit_OnALivePlayersPhone_CoversNothingInTheLobbyOrOnACard(string language)
    {
        await using var staff = await fixture.NewContextAsync();
        var (control, code) = await LiveGame.StartAsync(fixture, staff, "PhoneEach", 2, language: language);
        var player = await LiveGame.JoinAsync(fixture, code, language: language);
        try
        {
            await AssertCoversNothingAsync(player, $"/live lobby ({language})");
            await LiveGame.StepAsync(control);
            await player.Locator("#stage .options").WaitForAsync();
            await AssertCoversNothingAsync(player, $"/live card ({language})");
        }
        finally
        {
            await player.Context.CloseAsync();
        }
    }

    private static async Task AssertCoversNothingAsync(IPage page, string where)
    {
        var exit = page.Locator("#quick-exit");
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight - innerHeight");
        foreach (var y in new[] { 0, 24, 60, 150, 400, height / 3, height / 2, height - 30, height }.Where(y => y <= height).Distinct())
        {
            await page.EvaluateAsync("y => window.scrollTo(0, y)", y);
            await Assertions.Expect(exit).ToBeInViewportAsync(new() { Ratio = 1 });
            var covered = await page.EvaluateAsync<string[]>(Covered);
            Assert.True(covered.Length == 0, $"{where} scrolled to {y}px: the quick exit covers {string.Join(", ", covered)}");
        }
    }
}
