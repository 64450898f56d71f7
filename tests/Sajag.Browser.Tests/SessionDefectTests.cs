using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Data;

namespace Sajag.Browser.Tests;

/// <summary>The defects a new facilitator met running a live session, each shown fixed in Chromium.</summary>
[Collection(BrowserSuite.Name)]
public sealed class SessionDefectTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheProjectorsWordCloud_ShowsTheWords_NotObjectNames()
    {
        await using var facilitator = await fixture.NewContextAsync();
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 1);
        var projector = await facilitator.NewPageAsync();
        await projector.GotoAsync(control.Url + "/projector");
        var players = new[] { await LiveGame.JoinAsync(fixture, code), await LiveGame.JoinAsync(fixture, code) };

        await LiveGame.StepAsync(control);
        await LiveGame.AnswerAsync(players[0]);
        await LiveGame.StepAsync(control);
        await LiveGame.StepAsync(control);
        Assert.Equal("discuss", await control.Locator("#staff").GetAttributeAsync("data-phase"));
        var texts = new[] { "Tell a trusted teacher", "Block and report the account" };
        for (var i = 0; i < players.Length; i++)
        {
            await players[i].GetByLabel("Your thoughts").FillAsync(texts[i]);
            await players[i].GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        }

        var queued = control.Locator("#queue li.answer");
        await Assertions.Expect(queued).ToHaveCountAsync(2);
        await queued.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(queued.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
        await queued.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(projector.Locator("#wall li")).ToHaveCountAsync(2);
        await control.GetByLabel("Show a word cloud on the projector").CheckAsync();

        var cloud = projector.Locator("#wall .cloud");
        await Assertions.Expect(cloud).ToBeVisibleAsync();
        var words = await cloud.InnerTextAsync();
        Assert.DoesNotContain("[object", words, StringComparison.Ordinal);
        foreach (var word in new[] { "trusted", "teacher", "block", "report", "account" })
        {
            Assert.Contains(word, words, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(await cloud.Locator("span").CountAsync(), words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task ADiscussionOnlyCard_CountsATypedAnswerAsAnswered_AndShowsNoEmptySections()
    {
        await using var facilitator = await fixture.NewContextAsync();
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 1, deck: pack => pack.Cards.Where(c => c.Options.Count == 0));
        var players = new[] { await LiveGame.JoinAsync(fixture, code), await LiveGame.JoinAsync(fixture, code), await LiveGame.JoinAsync(fixture, code) };

        await LiveGame.StepAsync(control);
        await Assertions.Expect(control.Locator(".answered")).ToHaveTextAsync("0 / 3 answered");
        await players[0].GetByLabel("Your thoughts").FillAsync("Nobody forwards a mean post in our group");
        await players[0].GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(players[0].GetByText("Sent. Your teacher will read it.")).ToBeVisibleAsync();

        // The typed answer counts: the facilitator's counter and the tick beside the player.
        await Assertions.Expect(control.Locator(".answered")).ToHaveTextAsync("1 / 3 answered");
        await Assertions.Expect(control.Locator("#players li", new() { HasText = "✓" })).ToHaveCountAsync(1);
        Assert.Equal(0, await control.Locator("#stage ol").CountAsync());

        await LiveGame.StepAsync(control);
        Assert.Equal("reveal", await control.Locator("#staff").GetAttributeAsync("data-phase"));
        foreach (var (player, sent) in new[] { (players[0], true), (players[1], false) })
        {
            var stage = player.Locator("#stage");
            // Wait for the reveal itself on this phone ("Why:"), not just a heading: the card's heading is already there before
            // the reveal reaches a phone, and on a loaded machine the text read then was the card's, not the reveal's.
            await Assertions.Expect(stage).ToContainTextAsync("Why:");
            await Assertions.Expect(stage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var text = await stage.InnerTextAsync();
            Assert.DoesNotContain("No answer this time", text, StringComparison.Ordinal);
            Assert.DoesNotContain("The right answer", text, StringComparison.Ordinal);
            Assert.DoesNotContain("How the room answered", text, StringComparison.Ordinal);
            Assert.Equal(0, await stage.Locator("ol.bars").CountAsync());
            Assert.Equal(sent, text.Contains("Sent. Your teacher will read it.", StringComparison.Ordinal));
            Assert.Contains("Why:", text, StringComparison.Ordinal);
        }

        Assert.Equal(0, await control.Locator("#stage ol").CountAsync());
    }

    [Fact]
    public async Task TheControls_ShowOnePrimaryStepAndOnlyWhatIsPossible_AndEndAsksFirst()
    {
        await using var facilitator = await fixture.NewContextAsync();
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 2);
        var player = await LiveGame.JoinAsync(fixture, code);
        var buttons = control.Locator("#controls button");
        var primary = control.Locator("#controls .primary");

        await Assertions.Expect(buttons).ToHaveTextAsync(["Start", "Lock the room", "End session"]);
        await LiveGame.StepAsync(control);
        await Assertions.Expect(buttons).ToHaveTextAsync(["Reveal", "Lock the room", "End session"]);
        await Assertions.Expect(primary).ToHaveCountAsync(1);
        await LiveGame.StepAsync(control);
        await Assertions.Expect(primary).ToHaveTextAsync("Discuss");
        await LiveGame.StepAsync(control);
        await Assertions.Expect(primary).ToHaveTextAsync("Next card");
        await LiveGame.StepAsync(control);
        await Assertions.Expect(primary).ToHaveTextAsync("Reveal");
        await Axe.AssertCleanAsync(control, "control page in a question");

        // End asks first; "Keep going" changes nothing.
        await control.GetByRole(AriaRole.Button, new() { Name = "End session" }).ClickAsync();
        var dialog = control.GetByRole(AriaRole.Dialog, new() { Name = "End the session for everyone?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(control, "end confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep going" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await control.WaitForTimeoutAsync(300);
        Assert.Equal("question", await control.Locator("#staff").GetAttributeAsync("data-phase"));
        await Assertions.Expect(player.Locator("#prompt")).ToBeVisibleAsync();

        // The keyboard: E asks too; confirming ends the session for everyone.
        await control.Locator("body").PressAsync("e");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "End session" }).ClickAsync();
        await Assertions.Expect(control.Locator("#staff")).ToHaveAttributeAsync("data-phase", "ended");
        await Assertions.Expect(buttons).ToHaveCountAsync(0);
        await Assertions.Expect(player.GetByRole(AriaRole.Heading, new() { Name = "The game is over. Thank you for playing!" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RevealPressedAsTheTimerFires_IsNotRefused()
    {
        await using var facilitator = await fixture.NewContextAsync();
        var (control, code) = await LiveGame.StartAsync(fixture, facilitator, "PhoneEach", cards: 1, timer: 20);
        await LiveGame.JoinAsync(fixture, code);
        // The control page's messages from the server are held while the clock fires, as on a slow link:
        // the page still shows Reveal when the facilitator presses it.
        var held = new List<Action>();
        var gate = new Lock();
        var hold = false;
        await control.RouteWebSocketAsync("**/hubs/live**", ws =>
        {
            var server = ws.ConnectToServer();
            ws.OnMessage(frame => Send(server, frame));
            server.OnMessage(frame =>
            {
                lock (gate)
                {
                    if (hold)
                    {
                        held.Add(() => Send(ws, frame));
                    }
                    else
                    {
                        Send(ws, frame);
                    }
                }
            });
        });
        await control.ReloadAsync();
        await Assertions.Expect(control.Locator("#status")).ToHaveTextAsync("Connected.");
        await LiveGame.StepAsync(control);
        var id = Guid.Parse(control.Url.Split('/').Last());

        lock (gate)
        {
            hold = true;
        }

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
            await db.LiveSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Deadline, DateTime.UtcNow.AddSeconds(-1)));
            // The clock reveals the card (it looks every half second).
            for (var i = 0; i < 50 && await db.LiveSessions.Where(s => s.Id == id).Select(s => s.Phase).FirstAsync() != Sajag.Game.Live.LivePhase.Reveal; i++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(Sajag.Game.Live.LivePhase.Reveal, await db.LiveSessions.Where(s => s.Id == id).Select(s => s.Phase).FirstAsync());
        }

        await control.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();
        await control.WaitForTimeoutAsync(300);
        lock (gate)
        {
            hold = false;
            held.ForEach(send => send());
        }

        await Assertions.Expect(control.Locator("#staff")).ToHaveAttributeAsync("data-phase", "reveal");
        await control.WaitForTimeoutAsync(500);
        Assert.DoesNotContain("not possible", await control.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static void Send(IWebSocketRoute to, IWebSocketFrame frame)
    {
        if (frame.Text is { } text)
        {
            to.Send(text);
        }
        else
        {
            to.Send(frame.Binary ?? []);
        }
    }
}
