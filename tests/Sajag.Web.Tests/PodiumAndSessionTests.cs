using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Content;
using Sajag.Data.Entities;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>The podium (never counting or following a sensitive card; a player's place sent to that player only), session names, and running a past session again.</summary>
public sealed class PodiumAndSessionTests(SajagApp app) : IClassFixture<SajagApp>
{
    private readonly LiveKit _kit = new(app);

    private ContentPack Pack => app.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;

    private async Task<LiveSession> CreateAsync(LiveKit.Facilitator facilitator, CreateSession request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LiveAdmission>().CreateAsync(facilitator.Id, request);
    }

    private static CreateSession Request(int schoolId, SessionMode mode = SessionMode.PhoneEach, bool podium = true, string? name = null) =>
        new(schoolId, [], 4, mode, null, false, "en", Podium: podium, Name: name);

    [Fact]
    public async Task ThePodium_ComesBetweenCards_CountsNoSensitiveCard_AndEachPlayerAloneHearsTheirPlace()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await CreateAsync(facilitator, Request(facilitator.SchoolId));
        // Scored cards without a discussion: an ordinary card, a sensitive one, an ordinary one, the last.
        var plain = Pack.Cards.Where(c => !c.Sensitive && c.Options.Count > 0 && c.Discuss is null).ToList();
        var sensitive = Pack.Cards.First(c => c.Sensitive && c.Options.Count > 0 && c.Discuss is null);
        await _kit.DeckAsync(session.Id, plain[0], sensitive, plain[1], plain[2]);

        var first = await _kit.JoinAsync(session.Code, "Brave Kite");
        var second = await _kit.JoinAsync(session.Code, "Calm River");
        var third = await _kit.JoinAsync(session.Code, "Bright Star");
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await using var projector = await _kit.ConnectAsync(facilitator.Cookie);
        await projector.Connection.InvokeAsync<FacilitatorView>("WatchProjector", session.Id);
        await using var one = await _kit.PlayerAsync(first);
        await using var two = await _kit.PlayerAsync(second);
        await using var three = await _kit.PlayerAsync(third);

        async Task StepAsync(Sajag.Game.Live.SessionCommand command) => await staff.Connection.InvokeAsync("Command", session.Id, command);
        async Task AnswerAsync(LiveClient player, Card card, int index, bool right)
        {
            var option = card.Options.Select((o, i) => (o, i)).First(x => x.o.Correct == right).i;
            var ack = await player.Connection.InvokeAsync<AnswerAck>("Answer", index, new[] { option });
            Assert.True(ack.Accepted);
        }

        // Card 1: only Brave Kite is right; then the podium.
        await StepAsync(Sajag.Game.Live.SessionCommand.Start);
        await one.StateAsync(v => v.Phase == "question" && v.Card!.Index == 0);
        await AnswerAsync(one, plain[0], 0, right: true);
        await AnswerAsync(two, plain[0], 0, right: false);
        await StepAsync(Sajag.Game.Live.SessionCommand.Reveal);
        await StepAsync(Sajag.Game.Live.SessionCommand.Next);
        var podium = await one.StateAsync(v => v.Phase == "podium");
        Assert.True(podium.PodiumOn);
        Assert.Equal(["1 100 Brave Kite"], Steps(podium.Podium!));
        // Calm River and Bright Star, both on 0, share second place, and each phone is told so.
        var mine = await two.Connection.InvokeAsync<PlayerSelf>("Me");
        Assert.Equal(new PlayerStanding(2, 3, 0, Shared: 2), mine.Standing);
        Assert.Equal(new PlayerStanding(1, 3, 100, Shared: 1), (await one.Connection.InvokeAsync<PlayerSelf>("Me")).Standing);

        // Card 2 is sensitive: Calm River and Bright Star are right, but it is never ranked, and no podium follows it.
        await StepAsync(Sajag.Game.Live.SessionCommand.Next);
        await one.StateAsync(v => v.Phase == "question" && v.Card!.Index == 1);
        await AnswerAsync(two, sensitive, 1, right: true);
        await AnswerAsync(three, sensitive, 1, right: true);
        await StepAsync(Sajag.Game.Live.SessionCommand.Reveal);
        await StepAsync(Sajag.Game.Live.SessionCommand.Next);
        var afterSensitive = await one.StateAsync(v => v.Card is { Index: 2 });
        Assert.Equal("question", afterSensitive.Phase);
        Assert.Null(afterSensitive.Podium);

        // Card 3: Calm River is right; the podium ranks 100 and 100 as a shared first place, the sensitive card's points left out.
        await AnswerAsync(two, plain[1], 2, right: true);
        await StepAsync(Sajag.Game.Live.SessionCommand.Reveal);
        await StepAsync(Sajag.Game.Live.SessionCommand.Next);
        podium = await one.StateAsync(v => v.Phase == "podium" && v.Card!.Index == 2);
        Assert.Equal(["=1 100 Brave Kite, Calm River"], Steps(podium.Podium!));
        Assert.Equal(new PlayerStanding(1, 3, 100, Shared: 2), (await two.Connection.InvokeAsync<PlayerSelf>("Me")).Standing);
        Assert.Equal(new PlayerStanding(3, 3, 0, Shared: 1), (await three.Connection.InvokeAsync<PlayerSelf>("Me")).Standing);
        Assert.Equal(200, (await two.Connection.InvokeAsync<PlayerSelf>("Me")).Score); // the score itself still has the sensitive card's points

        // The last card: no podium step after it; the end shows the podium.
        await StepAsync(Sajag.Game.Live.SessionCommand.Next);
        await StepAsync(Sajag.Game.Live.SessionCommand.Reveal);
        await StepAsync(Sajag.Game.Live.SessionCommand.Next);
        var ended = await one.StateAsync(v => v.Phase == "ended");
        Assert.Equal(["=1 100 Brave Kite, Calm River"], Steps(ended.Podium!));
        // The projector's view carries the top three only, never a player's own place.
        var seen = await projector.StaffAsync(v => v.Session.Phase == "ended");
        Assert.Equal(Steps(ended.Podium!), Steps(seen.Session.Podium!));
        Assert.DoesNotContain("standing", System.Text.Json.JsonSerializer.Serialize(seen), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithoutThePodium_NoStepIsAdded_AndTheFacilitatorCanTurnItOnDuringTheSession()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await CreateAsync(facilitator, Request(facilitator.SchoolId, SessionMode.Group, podium: false));
        var plain = Pack.Cards.Where(c => !c.Sensitive && c.Options.Count > 0 && c.Discuss is null).Take(3).ToArray();
        await _kit.DeckAsync(session.Id, plain);
        var group = await _kit.JoinAsync(session.Code, "Mango Team", members: 4);
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await using var player = await _kit.PlayerAsync(group);

        await staff.Connection.InvokeAsync("Command", session.Id, Sajag.Game.Live.SessionCommand.Start);
        await staff.Connection.InvokeAsync("Command", session.Id, Sajag.Game.Live.SessionCommand.Reveal);
        await staff.Connection.InvokeAsync("Command", session.Id, Sajag.Game.Live.SessionCommand.Next);
        var next = await player.StateAsync(v => v.Card is { Index: 1 });
        Assert.Equal("question", next.Phase);
        Assert.False(next.PodiumOn);

        await staff.Connection.InvokeAsync("Podium", session.Id, true);
        Assert.True((await player.StateAsync(v => v.PodiumOn)).PodiumOn);
        await staff.Connection.InvokeAsync("Command", session.Id, Sajag.Game.Live.SessionCommand.Reveal);
        await staff.Connection.InvokeAsync("Command", session.Id, Sajag.Game.Live.SessionCommand.Next);
        Assert.Empty((await player.StateAsync(v => v.Phase == "podium")).Podium!); // no points yet: nobody on the podium
    }

    [Fact]
    public async Task AProjectorOnlySession_HasNoPodium()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await CreateAsync(facilitator, Request(facilitator.SchoolId, SessionMode.ProjectorOnly, podium: true));
        Assert.False(session.Podium);
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);

        var refused = await Assert.ThrowsAsync<HubException>(() => staff.Connection.InvokeAsync("Podium", session.Id, true));

        Assert.EndsWith("live.podium.projector", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionName_IsKeptClean_ShownOnStaffPages_AndNeverSentToPhonesOrTheProjector()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await CreateAsync(facilitator, Request(facilitator.SchoolId, name: "  Rose Room\t Nine \n"));
        Assert.Equal("Rose Room Nine", session.Name);

        var (_, list) = await _kit.TextAsync("/facilitator?lang=en", facilitator.Cookie);
        Assert.Contains("Rose Room Nine", list, StringComparison.Ordinal);
        var (_, control) = await _kit.TextAsync($"/facilitator/sessions/{session.Id}?lang=en", facilitator.Cookie);
        Assert.Contains("Rose Room Nine", control, StringComparison.Ordinal);
        var (_, report) = await _kit.TextAsync($"/reports/sessions/{session.Id}?lang=en", facilitator.Cookie);
        Assert.Contains("Rose Room Nine", report, StringComparison.Ordinal);
        var (_, projectorPage) = await _kit.TextAsync($"/facilitator/sessions/{session.Id}/projector?lang=en", facilitator.Cookie);
        Assert.DoesNotContain("Rose Room", projectorPage, StringComparison.Ordinal);

        var joined = await _kit.JoinAsync(session.Code);
        await using var player = await _kit.PlayerAsync(joined);
        var lobby = await player.StateAsync(v => v.Phase == "lobby");
        Assert.DoesNotContain("Rose Room", System.Text.Json.JsonSerializer.Serialize(lobby), StringComparison.Ordinal);

        await Assert.ThrowsAsync<LiveException>(() => CreateAsync(facilitator, Request(facilitator.SchoolId, name: new string('x', 81))));
    }

    [Fact]
    public async Task ADeck_IsTheReadyMadeOneInItsOrder_OrTheCardsPickedInThePacksOrder_AndAnUnknownChoiceIsRefused()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var classic = await CreateAsync(facilitator, Request(facilitator.SchoolId) with { Preset = "classic" });
        Assert.Equal(string.Join(',', Pack.FindPreset("classic")!.Cards), classic.Deck);

        var picked = new[] { Pack.Cards[40].Id, Pack.Cards[3].Id };
        var chosen = await CreateAsync(facilitator, Request(facilitator.SchoolId) with { Picked = picked });
        Assert.Equal($"{Pack.Cards[3].Id},{Pack.Cards[40].Id}", chosen.Deck);

        foreach (var (request, key) in new[]
        {
            (Request(facilitator.SchoolId) with { Preset = "nope" }, "live.create.preset"),
            (Request(facilitator.SchoolId) with { Picked = [] }, "live.create.pick"),
            (Request(facilitator.SchoolId) with { Picked = [Pack.Cards[0].Id, "no-such-card"] }, "live.create.pick"),
        })
        {
            Assert.Equal(key, (await Assert.ThrowsAsync<LiveException>(() => CreateAsync(facilitator, request))).Key);
        }
    }

    [Fact]
    public async Task RunningAPastSessionAgain_KeepsItsCardsAndSettings_WithANewCodeAndNothingOfItsPlayers()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var past = await CreateAsync(facilitator, new CreateSession(facilitator.SchoolId, [], 5, SessionMode.Group, 30, true, "bn", Podium: true, Name: "Class 9"));
        await _kit.JoinAsync(past.Code, "Mango Team", members: 3);

        LiveSession again;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            again = await scope.ServiceProvider.GetRequiredService<LiveAdmission>().DuplicateAsync(facilitator.Id, past.Id);
        }

        Assert.NotEqual(past.Id, again.Id);
        Assert.NotEqual(past.Code, again.Code);
        Assert.Equal(
            (past.Name, past.SchoolId, past.Mode, past.Language, past.TimerSeconds, past.SpeedBonus, past.Deck, past.Podium),
            (again.Name, again.SchoolId, again.Mode, again.Language, again.TimerSeconds, again.SpeedBonus, again.Deck, again.Podium));
        Assert.Equal(Sajag.Game.Live.LivePhase.Lobby, again.Phase);
        Assert.Equal(0, await _kit.DbAsync(db => db.LivePlayers.CountAsync(p => p.SessionId == again.Id)));

        // Only one's own sessions can be run again.
        var other = await _kit.FacilitatorAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var refused = await Assert.ThrowsAsync<LiveException>(() => scope.ServiceProvider.GetRequiredService<LiveAdmission>().DuplicateAsync(other.Id, past.Id));
            Assert.Equal("live.session.unknown", refused.Key);
        }
    }

    // A step as the projector reads it: its place ("=" when shared), the points, the names (or how many share it).
    private static List<string> Steps(IEnumerable<PodiumPlace> podium) =>
        [.. podium.Select(p => $"{(p.Tied > 1 ? "=" : "")}{p.Place} {p.Score} {(p.Names.Count > 0 ? string.Join(", ", p.Names) : $"{p.Tied} tied")}")];

    public static TheoryData<string, int[], string[]> Ties => new()
    {
        // points of each player, best first in the order they joined => the podium
        { "three clear places", [300, 200, 100, 50], ["1 300 P1", "2 200 P2", "3 100 P3"] },
        { "a shared second place skips third, as in a race", [300, 200, 200, 100], ["1 300 P1", "=2 200 P2, P3"] },
        { "a shared third place would make four names: it says how many share it", [300, 200, 100, 100], ["1 300 P1", "2 200 P2", "=3 100 2 tied"] },
        { "three tied first: three names", [100, 100, 100, 50], ["=1 100 P1, P2, P3"] },
        { "ten tied first: no one is picked over the others", [100, 100, 100, 100, 100, 100, 100, 100, 100, 100], ["=1 100 10 tied"] },
        { "two tied first, then one third", [300, 300, 100, 50], ["=1 300 P1, P2", "3 100 P3"] },
        { "two tied first, then a tie for third", [300, 300, 100, 100], ["=1 300 P1, P2", "=3 100 2 tied"] },
        { "no ranked points, no one on the podium", [0, 0, 0], [] },
        { "one player with points", [100, 0, 0], ["1 100 P1"] },
    };

    [Theory]
    [MemberData(nameof(Ties))]
    public void ThePodium_NeverNamesMoreThanThree_AndNamesAllOfATieOrNoneOfIt(string because, int[] points, string[] expected)
    {
        var standings = new List<Standing>();
        for (var i = 0; i < points.Length; i++)
        {
            var place = i > 0 && points[i] == points[i - 1] ? standings[i - 1].Place : i + 1;
            standings.Add(new Standing(Guid.NewGuid(), $"P{i + 1}", points[i], place));
        }

        var podium = Podiums.Steps(standings);

        Assert.True(expected.SequenceEqual(Steps(podium)), $"{because}: {string.Join(" | ", Steps(podium))}");
        Assert.True(podium.Sum(p => p.Names.Count) <= 3, because);
        Assert.All(podium, p => Assert.True(p.Place <= 3, because));
    }
}
