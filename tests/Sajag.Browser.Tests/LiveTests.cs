using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class LiveTests(BrowserFixture fixture)
{
    private Task<(IPage Page, string Code)> StartSessionAsync(IBrowserContext context, string mode, int cards, bool check = false) =>
        LiveGame.StartAsync(fixture, context, mode, cards, check);

    private Task<IPage> JoinAsync(string code, string? nickname = null, bool check = false) => LiveGame.JoinAsync(fixture, code, nickname, check);

    private static Task AnswerAsync(IPage player) => LiveGame.AnswerAsync(player);

    [Fact]
    public async Task AnAnswerWithAPhoneNumber_IsMaskedAndFlaggedForTheFacilitator_AndTheProjectorShowsItMaskedOnceApproved()
    {
        await using var facilitatorContext = await fixture.NewContextAsync();
        var (control, code) = await StartSessionAsync(facilitatorContext, "PhoneEach", cards: 1, check: true);
        var projector = await facilitatorContext.NewPageAsync();
        await projector.GotoAsync(control.Url + "/projector");
        await Assertions.Expect(projector.Locator("#status")).ToHaveTextAsync("Connected.");
        var player = await JoinAsync(code, check: true);

        // The knowledge check before the game: every item, and (optionally) who the player is.
        await Axe.AssertCleanAndFitsAsync(player, "knowledge check before");
        await AnswerCheckAsync(player);
        await player.GetByLabel("a girl").CheckAsync();
        await player.GetByLabel("15-16").CheckAsync();
        // The facilitator locks the room while the player is filling in the check: nothing chosen is lost.
        await control.Locator("#lock").ClickAsync();
        await Assertions.Expect(control.Locator("#lock")).ToHaveAttributeAsync("aria-pressed", "true");
        await player.WaitForTimeoutAsync(500);
        await Assertions.Expect(player.GetByLabel("a girl")).ToBeCheckedAsync();
        await player.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(player.GetByText("Thank you! Wait for the game to start.")).ToBeVisibleAsync();
        await Assertions.Expect(control.Locator("#check-progress")).ToHaveTextAsync("Knowledge check: 1 before, 0 after");

        await control.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await AnswerAsync(player);
        await control.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();
        await Assertions.Expect(player.GetByRole(AriaRole.Heading, new() { Name = "How the room answered" })).ToBeVisibleAsync();
        await control.GetByRole(AriaRole.Button, new() { Name = "Discuss" }).ClickAsync();

        // The player types an answer with a phone number in it.
        await player.GetByLabel("Your thoughts").FillAsync("Tell a teacher, or call me on 01712-345678");
        await Axe.AssertCleanAndFitsAsync(player, "discussion answer");
        await player.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(player.GetByText("Sent. Your teacher will read it.")).ToBeVisibleAsync();
        await Assertions.Expect(player.Locator("blockquote")).ToHaveTextAsync("Tell a teacher, or call me on [phone]");

        // The facilitator sees it masked and flagged; nothing is on the projector until it is approved.
        var queued = control.Locator("#queue li.answer");
        await Assertions.Expect(queued).ToHaveCountAsync(1);
        await Assertions.Expect(queued.Locator(".text")).ToHaveTextAsync("Tell a teacher, or call me on [phone]");
        await Assertions.Expect(queued).ToContainTextAsync("Flagged: phone number hidden");
        await Assertions.Expect(projector.Locator("#wall")).ToContainTextAsync("Approved answers appear here.");
        await queued.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(projector.Locator("#wall li")).ToHaveTextAsync("Tell a teacher, or call me on [phone]");
        await Axe.AssertCleanAsync(control, "facilitator's queue");
        await Axe.AssertCleanAsync(projector, "projector wall");
        Assert.DoesNotContain("345678", await projector.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("345678", await control.ContentAsync(), StringComparison.Ordinal);

        // The end: the same check again.
        await LiveGame.EndAsync(control);
        await Assertions.Expect(player.GetByRole(AriaRole.Heading, new() { Name = "After the game: what do you know now?" })).ToBeVisibleAsync();
        await AnswerCheckAsync(player);
        await player.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(player.GetByText("Thank you for taking part!")).ToBeVisibleAsync();

        // The session report and its CSV open in both languages.
        var id = control.Url.Split('/').Last();
        var card = fixture.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack.Cards.First(c => c.Options.Count > 0 && c.Discuss is not null);
        // The placeholder is stored in English (the CSV keeps it) and shown in the report's language.
        foreach (var (language, title, placeholder) in new[] { ("en", "Session report", "[phone]"), ("bn", "সেশনের প্রতিবেদন", "[ফোন]") })
        {
            var report = await facilitatorContext.NewPageAsync();
            // A facilitator may read it on a phone too.
            await report.SetViewportSizeAsync(360, 740);
            await report.GotoAsync($"{fixture.BaseUrl}/reports/sessions/{id}?lang={language}");
            await Assertions.Expect(report.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
            await Assertions.Expect(report.Locator(".wall-list li").First).ToContainTextAsync(placeholder);
            await Axe.AssertCleanAndFitsAsync(report, $"session report {language}");
            var download = await report.RunAndWaitForDownloadAsync(() => report.Locator("a[download]").ClickAsync());
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
            var csv = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            Assert.StartsWith("section,", csv, StringComparison.Ordinal);
            Assert.Contains("[phone]", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("345678", csv, StringComparison.Ordinal);
            // The card's words in the report's language.
            Assert.Contains(card.Prompt.In(language)[..20], csv, StringComparison.Ordinal);
        }
    }

    private static async Task AnswerCheckAsync(IPage player)
    {
        var items = player.Locator("form.check fieldset:has(input[name^='item-'])");
        await Assertions.Expect(items.First).ToBeVisibleAsync();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            await items.Nth(i).Locator("input[type=radio]").First.CheckAsync();
        }
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
            await LiveGame.StepAsync(control);
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
}
