using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class LiveTests(BrowserFixture fixture)
{
    private const string Password = "a long enough password";

    private async Task<string> FacilitatorAsync()
    {
        var email = $"f{Guid.NewGuid():N}@example.org";
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();
        var organisation = new Organisation { Name = "CWCS" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        db.Schools.Add(new School { OrganisationId = organisation.Id, Name = "Dhaka Model School", District = "Dhaka", Setting = SchoolSetting.Urban });
        await db.SaveChangesAsync();
        var user = new AdultUser { UserName = email, Email = email, DisplayName = "Teacher", OrganisationId = organisation.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Facilitator);
        return email;
    }

    private async Task<(IPage Page, string Code)> StartSessionAsync(IBrowserContext context, string mode, int cards)
    {
        var email = await FacilitatorAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/account/login?lang=en");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/facilitator$"));
        await page.GetByLabel("Number of cards").FillAsync(cards.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"input[name=Mode][value={mode}]").CheckAsync();
        await page.GetByLabel("Language of the cards").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/facilitator/sessions/"));
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Connected.");

        // A known deck of answerable cards, so the test never meets a discuss card where it answers.
        var id = Guid.Parse(page.Url.Split('/').Last());
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var pack = scope.ServiceProvider.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;
            var deck = string.Join(',', pack.Cards.Where(c => c.Options.Count > 0 && c.Discuss is not null).Take(cards).Select(c => c.Id));
            await scope.ServiceProvider.GetRequiredService<SajagDb>().LiveSessions.Where(s => s.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Deck, deck));
        }

        return (page, (await page.Locator(".code").InnerTextAsync()).Trim());
    }

    private async Task<IPage> JoinAsync(string code, string? nickname = null)
    {
        var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/join?code={code}&lang=en");
        if (nickname is not null)
        {
            await page.GetByLabel("Nickname", new() { Exact = false }).FillAsync(nickname);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are in! Wait for the game to start." })).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task AFacilitatorAndThreePlayers_PlayToTheEnd_AndAReloadKeepsNicknameAndScore()
    {
        await using var facilitatorContext = await fixture.NewContextAsync();
        var (control, code) = await StartSessionAsync(facilitatorContext, "PhoneEach", cards: 2);
        var players = new[] { await JoinAsync(code, "Brave Kite"), await JoinAsync(code), await JoinAsync(code) };
        await Assertions.Expect(control.Locator("#players li")).ToHaveCountAsync(3);
        await Axe.AssertCleanAndFitsAsync(players[0], "lobby");

        await control.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        foreach (var player in players)
        {
            await Assertions.Expect(player.Locator("#prompt")).ToBeVisibleAsync();
        }

        await Axe.AssertCleanAndFitsAsync(players[0], "question");
        await AnswerAsync(players[0]);
        await AnswerAsync(players[1]);
        await Assertions.Expect(players[0].GetByText("Answer received. Wait for the reveal.")).ToBeVisibleAsync();
        var before = await players[0].Locator("#who").InnerTextAsync();

        // A reload mid-card: same nickname, same score, still answered.
        await players[0].ReloadAsync();
        await Assertions.Expect(players[0].Locator("#who")).ToHaveTextAsync(before);
        Assert.Contains("Brave Kite", before, StringComparison.Ordinal);
        await Assertions.Expect(players[0].GetByText("Answer received. Wait for the reveal.")).ToBeVisibleAsync();

        await control.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();
        foreach (var player in players)
        {
            await Assertions.Expect(player.GetByRole(AriaRole.Heading, new() { Name = "How the room answered" })).ToBeVisibleAsync();
        }

        await Assertions.Expect(players[2].GetByRole(AriaRole.Heading, new() { Name = "No answer this time." })).ToBeVisibleAsync();
        await Axe.AssertCleanAndFitsAsync(players[0], "reveal");

        for (var step = 0; step < 6 && await control.Locator("#staff").GetAttributeAsync("data-phase") != "ended"; step++)
        {
            var was = await control.Locator("#staff").GetAttributeAsync("data-phase");
            await control.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            await control.WaitForFunctionAsync("phase => document.getElementById('staff').dataset.phase !== phase", was);
            var phase = await control.Locator("#staff").GetAttributeAsync("data-phase");
            if (phase == "discuss")
            {
                await Assertions.Expect(players[1].GetByRole(AriaRole.Heading, new() { Name = "Discuss & Rethink" })).ToBeVisibleAsync();
            }
            else if (phase == "question")
            {
                await AnswerAsync(players[1]);
                await control.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();
                await Assertions.Expect(players[1].GetByRole(AriaRole.Heading, new() { Name = "How the room answered" })).ToBeVisibleAsync();
            }
        }

        foreach (var player in players)
        {
            await Assertions.Expect(player.GetByRole(AriaRole.Heading, new() { Name = "The game is over. Thank you for playing!" })).ToBeVisibleAsync();
        }

        await Axe.AssertCleanAndFitsAsync(players[0], "end");
    }

    [Fact]
    public async Task AProjectorOnlySession_IsRecordedByTheFacilitatorAlone()
    {
        await using var facilitatorContext = await fixture.NewContextAsync();
        var (control, _) = await StartSessionAsync(facilitatorContext, "ProjectorOnly", cards: 1);
        var projector = await facilitatorContext.NewPageAsync();
        await projector.GotoAsync(control.Url + "/projector");
        await Assertions.Expect(projector.Locator("#status")).ToHaveTextAsync("Connected.");

        await control.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Assertions.Expect(projector.Locator(".prompt")).ToBeVisibleAsync();
        var counts = control.Locator(".count-input input");
        await Assertions.Expect(counts.First).ToBeVisibleAsync();
        await counts.Nth(0).FillAsync("14");
        await counts.Nth(0).DispatchEventAsync("change");
        await counts.Nth(1).FillAsync("6");
        await counts.Nth(1).DispatchEventAsync("change");
        await control.WaitForTimeoutAsync(300);
        await control.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();

        await Assertions.Expect(projector.Locator(".bars li").Nth(0).Locator(".count")).ToHaveTextAsync("14");
        await Assertions.Expect(projector.Locator(".bars li").Nth(1).Locator(".count")).ToHaveTextAsync("6");
    }

    [Fact]
    public async Task AWrongCode_SaysSoOnTheJoinPage()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/join?lang=bn");
        await page.Locator("#code").FillAsync("000000");

        await page.GetByRole(AriaRole.Button, new() { Name = "যোগ দাও" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("এই কোডে কোনো খেলা চালু নেই। স্ক্রিনের কোডটা আবার দেখো।");
        await Axe.AssertCleanAndFitsAsync(page, "join");
    }

    private static async Task AnswerAsync(IPage player)
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

        await Assertions.Expect(player.GetByText("Answer received. Wait for the reveal.")).ToBeVisibleAsync();
    }
}
