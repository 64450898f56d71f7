using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Content;

namespace Sajag.Browser.Tests;

/// <summary>
/// What a 14-year-old on a 360 px phone stumbled on, walking through a class game: no way from the home page to the
/// game, a wrong code said below the last field instead of beside the code, the score jumping before the reveal (giving
/// the answer away), the discussion question below a screen and a half of reveal, and, after a quick exit, no way back
/// to the game but joining again as a second player.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class YoungPersonWalkTests(BrowserFixture fixture)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true };

    [Theory]
    [InlineData("en", "Join a class game", "That code does not match an open game")]
    [InlineData("bn", "ক্লাসের খেলায় যোগ দাও", "এই কোডে কোনো খেলা চালু নেই")]
    public async Task FromTheHomePage_TheClassGameIsOneTapAway_AndAWrongCodeIsSaidBesideTheCode(string language, string link, string wrong)
    {
        await using var facilitator = await fixture.NewContextAsync();
        var (_, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 1);
        await using var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/?lang={language}");
        await page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/join$"));

        // A wrong code: said under the code field, which is marked and focused; the rest of the form untouched.
        var codeField = page.Locator("#code");
        await codeField.FillAsync(code == "123456" ? "654321" : "123456");
        await page.Locator("#nickname").FillAsync("Quiet Moon");
        await page.Locator("#join-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#code-error")).ToContainTextAsync(wrong);
        await Assertions.Expect(codeField).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(codeField).ToHaveAttributeAsync("aria-describedby", new Regex("code-error"));
        await Assertions.Expect(codeField).ToBeFocusedAsync();
        var field = (await codeField.BoundingBoxAsync())!;
        var said = (await page.Locator("#code-error").BoundingBoxAsync())!;
        Assert.True(said.Y >= field.Y + field.Height && said.Y < field.Y + field.Height + 40, $"the error is {said.Y - field.Y - field.Height:0} px below the code field");
        await Assertions.Expect(page.Locator("#nickname")).ToHaveValueAsync("Quiet Moon");
        await Axe.AssertCleanAndFitsAsync(page, $"join with a wrong code ({language})");
        await Screens.SaveAsync(page, $"phone-join-wrong-code-{language}");

        // The right code: in, and the mark is gone.
        await codeField.FillAsync(code);
        await page.Locator("#join-form button[type=submit]").ClickAsync();
        // The first nickname a fresh server checks builds the moderation filter (19 s at load average 40 on this shared machine).
        await page.WaitForURLAsync(new Regex("/live"), new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("Quiet Moon");
    }

    [Theory]
    [InlineData("en", "Your score: 0", "Your score: 100", "Discuss & Rethink")]
    [InlineData("bn", "তোমার স্কোর: ০", "তোমার স্কোর: ১০০", "আলোচনা করো, নতুন করে ভাবো")]
    public async Task OnThePhone_TheScoreWaitsForTheReveal_AndTheDiscussionShowsWithoutScrolling(string language, string before, string after, string discuss)
    {
        static IEnumerable<Card> Deck(ContentPack pack) => LiveGame.Answerable(pack).Where(c => !c.Sensitive && c.Options.Count(o => o.Correct) == 1).Take(1);
        await using var facilitator = await fixture.NewContextAsync();
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 1, deck: Deck, language: language);
        var card = Deck(fixture.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack).Single();
        var player = await LiveGame.JoinAsync(fixture, code, "Brave Kite", language: language);
        await LiveGame.StepAsync(control);

        // Answered right: the phone says it is received, and the score stays as it was until the room sees the answer.
        await LiveGame.AnswerAsync(player, card.Options.ToList().FindIndex(o => o.Correct));
        await Assertions.Expect(player.Locator("#who")).ToContainTextAsync(before);
        await player.WaitForTimeoutAsync(500);
        await Assertions.Expect(player.Locator("#who")).ToContainTextAsync(before);
        await LiveGame.StepAsync(control);
        await Assertions.Expect(player.Locator("#who")).ToContainTextAsync(after);

        // The discussion: its heading and question on the first screen of a 360 x 740 phone, under the card's prompt.
        await LiveGame.StepAsync(control);
        var section = player.Locator("#stage .discuss");
        await Assertions.Expect(section.Locator("h2")).ToHaveTextAsync(discuss);
        await Assertions.Expect(section.Locator("h2")).ToBeInViewportAsync(new() { Ratio = 1 });
        await Assertions.Expect(section.Locator("p").First).ToBeInViewportAsync();
        await Axe.AssertCleanAndFitsAsync(player, $"phone at the discussion ({language})");
        await Screens.SaveAsync(player, $"phone-discuss-first-screen-{language}");
        await player.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "You are already in a game on this phone as Calm River.", "Back to my game")]
    [InlineData("bn", "এই ফোনে তুমি Calm River নামে একটা খেলায় আছ।", "আমার খেলায় ফিরে যাও")]
    public async Task AfterAQuickExitMidGame_TheJoinPageLeadsBackToTheSameGame_NotInAsASecondPlayer(string language, string resume, string back)
    {
        await using var facilitator = await fixture.NewContextAsync();
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 2, language: language);
        var player = await LiveGame.JoinAsync(fixture, code, "Calm River", language: language);
        await LiveGame.StepAsync(control);
        await player.Locator("#stage .options").WaitForAsync();

        // A tense moment: quick exit; Back does not return to the game.
        await player.Locator("#quick-exit").ClickAsync();
        await player.WaitForURLAsync(BrowserFixture.NeutralSite);
        await player.GoBackAsync();
        Assert.DoesNotContain(fixture.BaseUrl, player.Url, StringComparison.Ordinal);

        // Later, the same phone: the join page offers the game it is in, and one tap returns to it as the same player.
        await player.GotoAsync($"{fixture.BaseUrl}/join?lang={language}");
        await Assertions.Expect(player.Locator("#resume")).ToContainTextAsync(resume);
        await Axe.AssertCleanAndFitsAsync(player, $"join page offering the game back ({language})");
        await Screens.SaveAsync(player, $"phone-join-back-to-game-{language}");
        await player.GetByRole(AriaRole.Link, new() { Name = back }).ClickAsync();
        await Assertions.Expect(player.Locator("#who")).ToContainTextAsync("Calm River");
        await Assertions.Expect(player.Locator("#stage .options")).ToBeVisibleAsync();
        var session = Guid.Parse(control.Url.Split('/').Last());
        await using var scope = fixture.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<Sajag.Data.SajagDb>().LivePlayers.CountAsync(p => p.SessionId == session));
        await player.Context.CloseAsync();
    }

    [Fact]
    public async Task ANewFacilitator_IsToldTheyHaveNoSessionsYet_InsteadOfAnEmptyBox()
    {
        var email = await Staff.CreateAsync(fixture, admin: false);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);
        await Assertions.Expect(page.Locator("#no-sessions")).ToContainTextAsync("No sessions yet");
        Assert.Equal(0, await page.Locator(".session-row").CountAsync());
    }
}
