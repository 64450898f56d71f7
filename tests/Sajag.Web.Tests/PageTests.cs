using System.Net;
using AngleSharp.Html.Dom;
using Sajag.Content;
using Sajag.Tests.Fixtures;

namespace Sajag.Web.Tests;

public sealed class PageTests(SajagApp app) : IClassFixture<SajagApp>
{
    private static readonly ContentPack Pack = PackLoader.LoadValid(TestPack.DefaultPackPath);

    public static TheoryData<string> Languages => new() { "en", "bn" };

    public static TheoryData<string, string> YoungPersonPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "bn" })
        {
            foreach (var path in new[] { "/", "/learn", "/learn/grooming", "/help", "/help/quick-exit", "/learn/no-such-topic", "/post-check", "/record", "/help/threatened", "/play", "/join", "/live", "/adults", "/adults/disclosure", "/learn/glossary" })
            {
                data.Add(path, language);
            }
        }

        return data;
    }

    [Fact]
    public async Task Home_InEnglish_SaysWhatSajagIsAndLinksToLearnAndHelp()
    {
        var page = await app.GetPageAsync("/?lang=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sajag: stay alert online", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/learn']"));
        Assert.NotNull(page.QuerySelector("main a[href='/help']"));
        Assert.NotNull(page.QuerySelector("main a[href='/help/threatened']"));
        Assert.Contains("Panoramic View", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LangQuery_SwitchesToBanglaAndRemembersItInACookie()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/?lang=bn");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"bn\">", html, StringComparison.Ordinal);
        Assert.Contains("সজাগ: অনলাইনে সজাগ থাকো", html, StringComparison.Ordinal);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("sajag-lang=bn;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LanguageCookie_IsUsedOnLaterPages()
    {
        var page = await app.GetPageAsync("/learn", cookieLanguage: "bn");

        Assert.Equal("bn", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("শেখো", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task LangQuery_OverridesTheCookie()
    {
        var page = await app.GetPageAsync("/learn?lang=en", cookieLanguage: "bn");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task BrowserAskingForBangla_GetsBanglaWithoutACookie()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5");

        var html = await client.GetStringAsync("/help");

        Assert.Contains("<html lang=\"bn\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsupportedLanguage_FallsBackToEnglish()
    {
        var page = await app.GetPageAsync("/?lang=fr");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Learn_ListsTheEightTopicsInOrder(string language)
    {
        var page = await app.GetPageAsync($"/learn?lang={language}");

        var links = page.QuerySelectorAll("ol.topics li a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(Pack.Topics.Select(t => $"/learn/{t.Id}"), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(Pack.Topics.Select(t => t.Title.In(language)), links.Select(a => a.TextContent));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryTopicPage_ShowsLessonFactsWithSourcesDiscussAndRedAlert(string language)
    {
        foreach (var topic in Pack.Topics)
        {
            var page = await app.GetPageAsync($"/learn/{topic.Id}?lang={language}");

            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(topic.Title.In(language), page.QuerySelector("h1")!.TextContent);
            Assert.True(page.QuerySelector(".prose")!.TextContent.Length > 500, $"{topic.Id} lesson is short");
            Assert.Equal(topic.Facts.Count, page.QuerySelectorAll(".facts li").Length);
            Assert.Equal(topic.Facts.Select(f => f.Source), page.QuerySelectorAll(".facts cite").Select(c => c.TextContent));
            Assert.Equal(topic.Discuss.Select(q => q.In(language)), page.QuerySelectorAll(".discuss li").Select(li => li.TextContent));
            Assert.Equal(topic.RedAlert.In(language), page.QuerySelector(".alert p")!.TextContent);
            Assert.NotNull(page.QuerySelector("a.urgent[href='/help']"));
        }
    }

    [Fact]
    public async Task TopicPage_LinksToThePreviousAndNextTopics()
    {
        var page = await app.GetPageAsync("/learn/online-risks?lang=en");

        Assert.Equal("/learn/what-abuse-looks-like", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/learn/who-is-vulnerable", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "Page not found")]
    [InlineData("bn", "পাতাটি পাওয়া যায়নি")]
    public async Task UnknownTopic_IsA404PageInTheReadersLanguage(string language, string heading)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/learn/no-such-topic?lang={language}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"quick-exit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_IsA404Page()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Help_HasTapToCallLinksForEveryHelplineAndWhoItIsFor(string language)
    {
        var page = await app.GetPageAsync($"/help?lang={language}");

        var calls = page.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["tel:1098", "tel:999", "tel:109", "tel:01320000888"], calls);
        Assert.NotNull(page.QuerySelector("a[href='https://takeitdown.ncmec.org']"));
        Assert.NotNull(page.QuerySelector("a[href='mailto:cybersupport.women@police.gov.bd']"));
        foreach (var line in Pack.Helplines)
        {
            var item = page.QuerySelector($"#{line.Id}")!;
            Assert.Equal(line.Name.In(language), item.QuerySelector("h3")!.TextContent);
            Assert.Contains(line.For.In(language), item.TextContent, StringComparison.Ordinal);
            Assert.Contains(line.Source, item.TextContent, StringComparison.Ordinal);
        }

        // PCSW's Facebook page is how to reach them, not when they are open.
        var pcsw = page.QuerySelector("#pcsw dl")!.Children.ToList();
        var when = pcsw.FindIndex(e => e.TextContent == (language == "bn" ? "কখন" : "When"));
        var how = pcsw.FindIndex(e => e.TextContent == (language == "bn" ? "কীভাবে যোগাযোগ করবে" : "How to reach them"));
        Assert.Contains("facebook.com/PCSW.PHQ", pcsw[how + 1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("facebook", pcsw[when + 1].TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Help_SaysWhatToDoIfSomeoneIsThreateningYou(string language)
    {
        var page = await app.GetPageAsync($"/help?lang={language}");

        var threatened = page.QuerySelector("#threatened")!;
        Assert.Equal(Pack.Help.Threatened.Title.In(language), threatened.QuerySelector("h2")!.TextContent);
        Assert.Equal(Pack.Help.Threatened.Steps.Select(s => s.In(language)), threatened.QuerySelectorAll("ol li").Select(li => li.TextContent));
        Assert.Equal(Pack.Help.TrustedAdult.Steps.Count, page.QuerySelectorAll("#trusted-adult ol li").Length);
        Assert.Equal(Pack.Help.Images.Title.In(language), page.QuerySelector("#images h2")!.TextContent);
    }

    [Theory]
    [InlineData("en", "It does not erase your browser history")]
    [InlineData("bn", "এটা তোমার ব্রাউজারের হিস্টরি মুছে দেয় না")]
    public async Task QuickExitPage_ExplainsWhatItCannotHide(string language, string text)
    {
        var page = await app.GetPageAsync($"/help/quick-exit?lang={language}");

        Assert.Contains(text, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(YoungPersonPages))]
    public async Task EveryYoungPersonPage_HasTheQuickExitButtonAndScriptAndNoInlineScript(string path, string language)
    {
        var page = await app.GetPageAsync($"{path}?lang={language}");

        var exit = page.QuerySelector("a#quick-exit")!;
        Assert.Equal(SajagApp.NeutralSite, exit.GetAttribute("href"));
        Assert.Equal(UiTextOf(language), exit.TextContent);
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.Contains(scripts, s => s.GetAttribute("src")?.Contains("quick-exit", StringComparison.Ordinal) == true);
        // The only inline <script> allowed is a JSON data block, which a browser never runs.
        Assert.All(scripts, s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json", "inline script found"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.NotNull(page.QuerySelector("a[href='/help/quick-exit']"));
    }

    private static string UiTextOf(string language) => language == "bn" ? "দ্রুত বের হও" : "Quick exit";

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("font-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/pack/topics.css")]
    [InlineData("/js/quick-exit.js")]
    public async Task PageSubresources_SendNosniff_ButNotTheDocumentHeaders(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Content-Security-Policy"), $"{path} carries a page's policy");
        Assert.False(response.Headers.Contains("X-Frame-Options"), $"{path} carries a page's frame policy");
    }

    [Fact]
    public async Task ServiceWorker_KeepsItsOwnPolicy()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/play-sw.js");

        response.EnsureSuccessStatusCode();
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ReportsHealthy()
    {
        using var client = app.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task TopicStyles_CarryThePacksColours()
    {
        using var client = app.CreateClient();

        var css = await client.GetStringAsync("/pack/topics.css");

        Assert.All(Pack.Topics, t => Assert.Contains($".topic-{t.Id}{{--topic:{t.Colour}}}", css, StringComparison.Ordinal));
    }
}
