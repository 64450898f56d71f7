using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

/// <summary>
/// An answer that names a child beside their class and school reaches the facilitator masked, with the reason and the
/// placeholder in the page's language (the placeholder is stored in English), and the player's copy and the projector's
/// wall show it masked once approved; the control page at 1280 and 360 px and the projector
/// at 1280x720 are saved for people to look at (SAJAG_SCREENSHOTS).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class IdentityMaskTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("en", "Flagged: name with school or class hidden", "[identity], [identity] and [identity] of [identity] won the quiz")]
    [InlineData("bn", "চিহ্নিত: নামের সঙ্গে স্কুল বা ক্লাস লুকানো", "[পরিচয়], [পরিচয়] and [পরিচয়] of [পরিচয়] won the quiz")]
    public async Task AnAnswerWithANameBesideAClass_IsMaskedForTheFacilitatorAndTheWall(string language, string reason, string masked)
    {
        await using var facilitator = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 720 } });
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 1, deck: pack => pack.Cards.Where(c => c.Options.Count == 0), language: language);
        await control.GotoAsync($"{control.Url}?lang={language}");
        var projector = await facilitator.NewPageAsync();
        await projector.GotoAsync($"{control.Url.Split('?')[0]}/projector?lang={language}");
        var player = await LiveGame.JoinAsync(fixture, code, "Brave Kite", language: language);
        await LiveGame.StepAsync(control);

        await player.Locator("#open-text").FillAsync("Arif Chowdhury, class 9 and Nusrat Jahan of Viqarunnisa won the quiz");
        await player.Locator("form.open button[type=submit]").ClickAsync();
        await Assertions.Expect(player.Locator("#stage .ack blockquote")).ToHaveTextAsync(masked);

        var queued = control.Locator("#queue li.answer");
        await Assertions.Expect(queued).ToHaveCountAsync(1);
        // The reason in the page's words, not the filter's code.
        await Assertions.Expect(queued.Locator(".hint")).ToContainTextAsync(reason);
        await Assertions.Expect(queued.Locator(".text")).ToHaveTextAsync(masked);
        await Axe.AssertCleanAndFitsAsync(control, $"facilitator's queue ({language})");
        await Screens.SaveAsync(control, $"control-identity-1280-{language}", fullPage: true);
        await control.SetViewportSizeAsync(360, 740);
        await Axe.AssertCleanAndFitsAsync(control, $"facilitator's queue at 360 px ({language})");
        await Screens.SaveAsync(control, $"control-identity-360-{language}", fullPage: true);

        await queued.Locator(".actions button").First.ClickAsync();
        await Assertions.Expect(projector.Locator("#wall li")).ToHaveCountAsync(1);
        await Assertions.Expect(projector.Locator("#wall li")).ToHaveTextAsync(masked);
        await projector.WaitForTimeoutAsync(300);
        await Screens.SaveAsync(projector, $"projector-identity-{language}");
        foreach (var page in new[] { control, projector, player })
        {
            var content = await page.ContentAsync();
            Assert.DoesNotContain("Chowdhury", content, StringComparison.Ordinal);
            Assert.DoesNotContain("Viqarunnisa", content, StringComparison.Ordinal);
        }
    }
}
