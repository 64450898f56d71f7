using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Sajag.Content;
using Sajag.Tests.Fixtures;

namespace Sajag.Web.Tests;

public sealed class PlayTests(SajagApp app) : IClassFixture<SajagApp>
{
    private static readonly ContentPack Pack = PackLoader.LoadValid(TestPack.DefaultPackPath);

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public async Task Cards_InALanguage_CarryEveryCardWithItsAnswersAndFeedback(string language)
    {
        using var client = app.CreateClient();

        var cards = await client.GetFromJsonAsync<JsonElement>($"/api/packs/default/cards?lang={language}");

        Assert.Equal(language, cards.GetProperty("language").GetString());
        Assert.Equal(Pack.Info.Version, cards.GetProperty("version").GetString());
        Assert.Equal(Pack.Topics.Select(t => t.RedAlert.In(language)), cards.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("guideline").GetString()));
        var all = cards.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(Pack.Cards.Select(c => c.Id), all.Select(c => c.GetProperty("id").GetString()));
        var first = Pack.Cards[0];
        Assert.Equal(first.Prompt.In(language), all[0].GetProperty("prompt").GetString());
        Assert.Equal(first.Options.Select(o => o.Correct), all[0].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("correct").GetBoolean()));
        Assert.Equal(first.Options[0].Feedback!.In(language), all[0].GetProperty("options")[0].GetProperty("feedback").GetString());
    }

    [Fact]
    public async Task Cards_AtTheCurrentVersion_AreCachedForAYear_AndRevalidateWithTheirETag()
    {
        using var client = app.CreateClient();

        using var versioned = await client.GetAsync($"/api/packs/default/cards?lang=bn&v={Pack.Info.Version}");
        using var unversioned = await client.GetAsync("/api/packs/default/cards?lang=bn");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/packs/default/cards?lang=bn");
        request.Headers.TryAddWithoutValidation("If-None-Match", versioned.Headers.ETag!.Tag);
        using var again = await client.SendAsync(request);

        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        Assert.Equal("public, max-age=300", unversioned.Headers.CacheControl!.ToString());
        Assert.Equal(versioned.Headers.ETag, unversioned.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Cards_InEachLanguage_HaveTheirOwnETag()
    {
        using var client = app.CreateClient();

        using var en = await client.GetAsync("/api/packs/default/cards?lang=en");
        using var bn = await client.GetAsync("/api/packs/default/cards?lang=bn");

        Assert.NotEqual(en.Headers.ETag, bn.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/packs/nope/cards?lang=bn", "Unknown content pack.")]
    [InlineData("/api/packs/default/cards?lang=fr", "Unknown language.")]
    public async Task Cards_OfAnUnknownPackOrLanguage_AreA404ProblemDetails(string path, string title)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task CardsJson_ForOneLanguage_IsAtMost40KBCompressed(string encoding)
    {
        using var client = app.CreateDefaultClient();
        foreach (var language in Pack.Info.Languages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/packs/default/cards?lang={language}&v={Pack.Info.Version}");
            request.Headers.Add("Accept-Encoding", encoding);
            using var response = await client.SendAsync(request);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            Assert.True(bytes is > 1000 and <= 40 * 1024, $"{language} cards are {bytes} bytes with {encoding}");
        }
    }

    [Theory]
    [InlineData("en", "Quick 10")]
    [InlineData("bn", "ঝটপট ১০")]
    public async Task PlayPage_OffersQuickTenAndEveryTopic_AndPointsAtItsLanguagesCards(string language, string quick)
    {
        var page = await app.GetPageAsync($"/play?lang={language}");

        Assert.Equal(quick, page.QuerySelector("#quick")!.TextContent);
        Assert.Equal(Pack.Topics.Select(t => t.Id), page.QuerySelectorAll("input[name=topic]").Select(i => i.GetAttribute("value")));
        var play = page.QuerySelector("#play")!;
        Assert.Equal($"/api/packs/default/cards?lang={language}&v={Pack.Info.Version}", play.GetAttribute("data-cards"));
        Assert.StartsWith("/play-sw.js?v=", play.GetAttribute("data-sw"), StringComparison.Ordinal);
        var words = JsonDocument.Parse(page.QuerySelector("#play-text")!.TextContent).RootElement;
        Assert.Equal(language == "bn" ? "আমার অগ্রগতি মুছে দাও" : "Forget my progress", words.GetProperty("forget").GetString());
        Assert.NotNull(page.QuerySelector("noscript"));
    }

    [Fact]
    public async Task ServiceWorker_IsServedFromTheRootAsJavaScript()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/play-sw.js?v=1.0.0");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("sajag-play-", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeckPrint_InBangla_HasAFrontAndABackForEveryCard()
    {
        using var client = app.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/deck/print?lang=bn"));

        Assert.Equal("bn", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Pack.Cards.Count, document.QuerySelectorAll("article.card.front").Length);
        Assert.Equal(Pack.Cards.Count, document.QuerySelectorAll("article.card.back").Length);
        Assert.Equal((Pack.Cards.Count + 8) / 9 * 2, document.QuerySelectorAll("section.sheet").Length);
        var card = Pack.Cards[0];
        var front = document.QuerySelector($"article.front[data-card='{card.Id}']")!;
        Assert.Equal(card.Prompt.In("bn"), front.QuerySelector(".prompt")!.TextContent);
        Assert.Equal(card.Options.Select(o => o.Text.In("bn")), front.QuerySelectorAll(".options li").Select(li => li.TextContent));
        Assert.Contains(card.Explanation.In("bn"), document.QuerySelector($"article.back[data-card='{card.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("style, [style], script"));
    }

    [Fact]
    public async Task DeckPrint_OfChosenTopics_HasOnlyTheirCards()
    {
        using var client = app.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/deck/print?lang=en&topics=grooming,staying-safe"));

        var ids = document.QuerySelectorAll("article.front").Select(a => a.GetAttribute("data-card")!).ToList();
        Assert.Equal(Pack.Cards.Where(c => c.TopicId is "grooming" or "staying-safe").Select(c => c.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task DeckPrint_OfAnUnknownTopic_IsNotFound()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/deck/print?topics=nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DeckStylesheet_IsServedAsCss()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/deck/deck.css");

        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("@page { size: A4", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
