using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Content;
using Sajag.Data;

namespace Sajag.Browser.Tests;

/// <summary>A live session driven through its pages: a facilitator creates and controls it, players join on phones.</summary>
internal static class LiveGame
{
    public static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 } };

    /// <summary>Answerable cards that have a Discuss &amp; Rethink step: the test never meets a discuss card where it answers.</summary>
    public static IEnumerable<Card> Answerable(ContentPack pack) => pack.Cards.Where(c => c.Options.Count > 0 && c.Discuss is not null);

    /// <summary>Signs a new facilitator in, creates a session and sets its deck to the cards chosen; returns the control page and the code.</summary>
    public static async Task<(IPage Page, string Code)> StartAsync(BrowserFixture fixture, IBrowserContext context, string mode, int cards,
        bool check = false, Func<ContentPack, IEnumerable<Card>>? deck = null, string language = "en", int? timer = null, bool podium = false, string? name = null)
    {
        var email = await Staff.CreateAsync(fixture, admin: false);
        var page = await context.NewPageAsync();
        await Staff.SignInAsync(fixture, page, email);
        // A deck drawn from topics (the number of cards shows only then); the test sets the deck itself below.
        await page.Locator("input[name=Source][value=topics]").CheckAsync();
        await page.GetByLabel("Number of cards").FillAsync(cards.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"input[name=Mode][value={mode}]").CheckAsync();
        await page.GetByLabel("Language of the cards").SelectOptionAsync(language);
        if (timer is { } seconds)
        {
            await page.GetByLabel("Timer per card").SelectOptionAsync(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (check)
        {
            await page.GetByLabel("Before/after knowledge check").CheckAsync();
        }

        if (podium)
        {
            await page.Locator("input[name=Podium]").CheckAsync();
        }

        if (name is not null)
        {
            await page.GetByLabel("Session name").FillAsync(name);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/facilitator/sessions/"));
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Connected.");

        var id = Guid.Parse(page.Url.Split('/').Last());
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var pack = scope.ServiceProvider.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;
            var ids = string.Join(',', (deck ?? Answerable)(pack).Take(cards).Select(c => c.Id));
            await scope.ServiceProvider.GetRequiredService<SajagDb>().LiveSessions.Where(s => s.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Deck, ids));
        }

        return (page, (await page.Locator(".code").InnerTextAsync()).Trim());
    }

    /// <summary>A player joins on a phone of their own and waits in the lobby (or at the knowledge check).</summary>
    public static async Task<IPage> JoinAsync(BrowserFixture fixture, string code, string? nickname = null, bool check = false, int? members = null, string language = "en")
    {
        var context = await fixture.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/join?code={code}&lang={language}");
        if (nickname is not null)
        {
            await page.Locator("#nickname").FillAsync(nickname);
        }

        if (members is { } n)
        {
            await page.Locator("#members").FillAsync(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.Locator("#join-form button[type=submit]").ClickAsync();
        var heading = language == "en"
            ? (check ? "Before we play: what do you know?" : "You are in! Wait for the game to start.")
            : "তুমি যোগ দিয়েছ! খেলা শুরুর অপেক্ষা করো।";
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Answers the card on the phone with its first option.</summary>
    public static async Task AnswerAsync(IPage player)
    {
        // Wait for the card to arrive: in the reveal there are no options on the stage.
        await player.Locator("#stage .options").WaitForAsync();
        var buttons = player.Locator("#stage .options button.option");
        if (await buttons.CountAsync() > 0)
        {
            await buttons.First.ClickAsync();
        }
        else
        {
            await player.Locator("#stage .options input").First.CheckAsync();
            await player.Locator("#stage .options button.big").ClickAsync();
        }

        // "Answer received": the acknowledgement, in whichever language the phone reads.
        await Assertions.Expect(player.Locator("#stage .ack")).ToBeVisibleAsync();
    }

    /// <summary>Answers the card on the phone with the option at <paramref name="option"/> (a card with one right answer).</summary>
    public static async Task AnswerAsync(IPage player, int option)
    {
        await player.Locator("#stage .options button.option").Nth(option).ClickAsync();
        await Assertions.Expect(player.Locator("#stage .ack")).ToBeVisibleAsync();
    }

    /// <summary>Presses the control page's primary button (Start, Reveal, Discuss, Next card, Finish) and waits for the phase to change.</summary>
    public static async Task StepAsync(IPage control)
    {
        var was = await control.Locator("#staff").GetAttributeAsync("data-phase");
        await control.Locator("#controls .primary").ClickAsync();
        await control.WaitForFunctionAsync("phase => document.getElementById('staff').dataset.phase !== phase", was);
    }

    /// <summary>Ends the session through the End button and its confirmation.</summary>
    public static async Task EndAsync(IPage control)
    {
        await control.GetByRole(AriaRole.Button, new() { Name = "End session" }).ClickAsync();
        await control.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "End session" }).ClickAsync();
        await Assertions.Expect(control.Locator("#staff")).ToHaveAttributeAsync("data-phase", "ended");
    }
}
