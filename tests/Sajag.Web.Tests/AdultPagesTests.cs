using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Sajag.Content;
using Microsoft.AspNetCore.SignalR.Client;
using Sajag.Tests.Fixtures;
using Sajag.Game.Live;

namespace Sajag.Web.Tests;

/// <summary>The guides for adults, the glossary, and the rule that notes for staff never reach a student.</summary>
public sealed class AdultPagesTests(SajagApp app) : IClassFixture<SajagApp>
{
    private static readonly ContentPack Pack = PackLoader.LoadValid(TestPack.DefaultPackPath);

    public static TheoryData<string> Languages => new() { "en", "bn" };

    /// <summary>The opening words of every staff-only note, in every language: enough to recognise one anywhere.</summary>
    private static IEnumerable<string> NoteOpenings() =>
        Pack.Cards.Select(c => c.FacilitatorNote).OfType<LocalizedText>().SelectMany(n => n.Values.Values).Select(n => n[..40]);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ParentsAndTeachersPage_ShowsEverySectionWithTheHelplines(string language)
    {
        var page = await app.GetPageAsync($"/adults?lang={language}");

        var guide = Pack.Guide("adults");
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(guide.Title.In(language), page.QuerySelector("h1")!.TextContent);
        Assert.Equal(guide.Sections.Select(s => s.Title.In(language)), page.QuerySelectorAll("main section h2").Select(h => h.TextContent));
        var text = page.QuerySelector("main")!.TextContent;
        foreach (var fact in new[] { "1098", "999", "109", "01320000888", "takeitdown.ncmec.org" })
        {
            Assert.Contains(fact, text, StringComparison.Ordinal);
        }

        Assert.NotNull(page.QuerySelector("main a[href='/adults/disclosure']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/adults']"));
    }

    [Theory]
    [InlineData("en", "do not promise secrecy", "Never ask to see")]
    [InlineData("bn", "গোপন রাখার কথাও দেবেন না", "কখনো দেখতে চাইবেন না")]
    public async Task DisclosureProtocol_SaysListenDoNotInvestigateNeverAskToSeeAndRefer(string language, string secrecy, string image)
    {
        var page = await app.GetPageAsync($"/adults/disclosure?lang={language}");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(secrecy, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(image, text, StringComparison.Ordinal);
        Assert.Equal(["listen", "do-not", "images", "write-down", "refer", "after"], page.QuerySelectorAll("main section").Select(s => s.Id));
        var refer = page.QuerySelector("#refer")!.TextContent;
        Assert.Contains("999", refer, StringComparison.Ordinal);
        Assert.Contains("1098", refer, StringComparison.Ordinal);
        Assert.Contains("01320000888", refer, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Glossary_ListsEveryTermWithItsDefinitionAndAnchor(string language)
    {
        var page = await app.GetPageAsync($"/learn/glossary?lang={language}");

        foreach (var term in Pack.Glossary.Terms)
        {
            var dt = page.QuerySelector($"#term-{term.Id}")!;
            Assert.Equal(term.Term.In(language), dt.TextContent);
            Assert.Equal(term.Definition.In(language), dt.NextElementSibling!.TextContent);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Lessons_LinkEachTermOnce_FromTheFirstLessonWhereItAppears(string language)
    {
        var lessons = new List<(string Topic, AngleSharp.Html.Dom.IHtmlDocument Page)>();
        foreach (var topic in Pack.Topics)
        {
            lessons.Add((topic.Id, await app.GetPageAsync($"/learn/{topic.Id}?lang={language}")));
        }

        var comparison = language == "en" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var linked = 0;
        foreach (var term in Pack.Glossary.Terms)
        {
            var links = lessons.SelectMany(l => l.Page.QuerySelectorAll($".prose a[href='/learn/glossary#term-{term.Id}']").Select(a => (l.Topic, a.TextContent))).ToList();
            // White space folded: a lesson's Markdown may wrap a term onto the next line.
            var first = lessons.FirstOrDefault(l => term.Spellings(language).Any(s => Regex.Replace(l.Page.QuerySelector(".prose")!.TextContent, @"\s+", " ").Contains(s, comparison)));
            if (first.Topic is null)
            {
                Assert.Empty(links);
                continue;
            }

            var link = Assert.Single(links);
            Assert.Equal(first.Topic, link.Topic);
            Assert.Contains(Regex.Replace(link.TextContent, @"\s+", " "), term.Spellings(language), StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: language == "en"));
            linked++;
        }

        // Every term is taught somewhere, so every term is linked from a lesson.
        Assert.True(linked == Pack.Glossary.Terms.Count, $"only {linked} of {Pack.Glossary.Terms.Count} terms are linked from the {language} lessons");
    }

    [Fact]
    public async Task FacilitatorsGuide_AsksAnonymousVisitorsToSignIn()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/staff/guide");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task FacilitatorsGuide_ForStaff_HasTheGroundRulesTimingAndEveryNote(string language)
    {
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();

        var (status, html) = await kit.TextAsync($"/staff/guide?lang={language}", facilitator.Cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(Pack.Guide("facilitator").Sections.Select(s => s.Id).Append("notes"), page.QuerySelectorAll("main section").Select(s => s.Id));
        var notes = page.QuerySelectorAll(".staff-note").Select(n => n.TextContent).ToList();
        Assert.Equal(Pack.Cards.Select(c => c.FacilitatorNote).OfType<LocalizedText>().Select(n => n.In(language)), notes);
    }

    [Fact]
    public async Task EveryStaffPage_LinksTheDisclosureProtocol_AndTheProjectorDoesNot()
    {
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();
        var admin = await kit.AdminAsync(facilitator);
        var session = await kit.SessionAsync(facilitator);
        (string Path, string? Cookie)[] pages =
        [
            ("/facilitator", facilitator.Cookie), ($"/facilitator/sessions/{session.Id}", facilitator.Cookie),
            ($"/reports/sessions/{session.Id}", facilitator.Cookie), ("/staff/guide", facilitator.Cookie),
            ("/admin", admin), ("/reports", admin), ("/ideas", admin), ("/account/login", null),
        ];

        foreach (var (path, cookie) in pages)
        {
            var (status, html) = await kit.TextAsync(path, cookie);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status}");
            Assert.NotNull(new HtmlParser().ParseDocument(html).QuerySelector("nav a[href='/adults/disclosure']"));
        }

        // The session control page has it beside its controls, too.
        var control = new HtmlParser().ParseDocument((await kit.TextAsync($"/facilitator/sessions/{session.Id}", facilitator.Cookie)).Text);
        Assert.NotNull(control.QuerySelector("#staff a[href='/adults/disclosure']"));
        var projector = new HtmlParser().ParseDocument((await kit.TextAsync($"/facilitator/sessions/{session.Id}/projector", facilitator.Cookie)).Text);
        Assert.Null(projector.QuerySelector("a[href='/adults/disclosure']"));
        Assert.Null(projector.QuerySelector("a[href='/staff/guide']"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task StaffOnlyNotes_NeverReachTheSoloGameOrThePrintedDeck(string language)
    {
        using var client = app.CreateClient();

        var cards = await client.GetStringAsync($"/api/packs/default/cards?lang={language}");
        var deck = await client.GetStringAsync($"/deck/print?lang={language}");

        foreach (var opening in NoteOpenings())
        {
            Assert.DoesNotContain(opening, cards, StringComparison.Ordinal);
            Assert.DoesNotContain(opening, WebUtility.HtmlDecode(deck), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaffOnlyNotes_NeverReachAPlayerOrTheProjector_InALiveDiscussion()
    {
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator, cards: 1);
        var discussCard = Pack.Cards.First(c => c.Kind == CardKind.Discuss);
        await kit.DeckAsync(session.Id, discussCard);
        var joined = await kit.JoinAsync(session.Code);
        await using var player = await kit.PlayerAsync(joined);
        await using var staff = await kit.StaffAsync(facilitator, session.Id);

        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
        var seen = await player.StateAsync(v => v.Phase == "discuss");
        var wall = await staff.StaffAsync(v => v.Session.Phase == "discuss");

        var note = discussCard.FacilitatorNote!.In("en");
        var json = System.Text.Json.JsonSerializer.Serialize(new object[] { seen, wall });
        Assert.DoesNotContain(note[..40], json, StringComparison.Ordinal);
        Assert.Equal(discussCard.Explanation.In("en"), seen.Reveal!.Explanation);
        Assert.Equal(discussCard.Discuss!.In("en"), seen.Discuss);

        // The control page carries the note for the facilitator; the projector's page does not, not even hidden.
        var (_, control) = await kit.TextAsync($"/facilitator/sessions/{session.Id}?lang=en", facilitator.Cookie);
        var (_, projector) = await kit.TextAsync($"/facilitator/sessions/{session.Id}/projector?lang=en", facilitator.Cookie);
        Assert.Equal(note, new HtmlParser().ParseDocument(control).QuerySelector("#notes .staff-note[data-index='0']")?.TextContent);
        Assert.DoesNotContain(note[..40], projector, StringComparison.Ordinal);
    }
}
