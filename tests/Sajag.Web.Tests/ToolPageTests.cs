using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sajag.Content;
using Sajag.Safety.Posts;
using Sajag.Tests.Fixtures;

namespace Sajag.Web.Tests;

/// <summary>Before you post, the safe record and the someone-is-threatening-me path, as served.</summary>
public sealed class ToolPageTests(SajagApp app) : IClassFixture<SajagApp>
{
    private const string Draft = "I'm Rafi, call 01712-345678. I study at Motijheel Ideal School, House 12, Road 5.";

    private static readonly ContentPack Pack = PackLoader.LoadValid(TestPack.DefaultPackPath);

    public static TheoryData<string> Languages => new() { "en", "bn" };

    private static async Task<IHtmlDocument> PostDraftAsync(HttpClient client, string draft, string language = "en", bool withToken = true)
    {
        var form = await client.GetStringAsync($"/post-check?lang={language}");
        var token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["Draft"] = draft };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync("/post-check", content);
        response.EnsureSuccessStatusCode();
        Assert.True(response.Headers.CacheControl?.NoStore, "a page or answer that carries the draft must not be cached");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostCheck_WithoutJavaScript_MarksEachDetailInPlaceWithItsReasonAndGuideline()
    {
        using var client = app.CreateClient();

        var page = await PostDraftAsync(client, Draft);

        var marks = page.QuerySelectorAll(".marked mark").ToList();
        Assert.Equal(["phone", "school", "address"], marks.Select(m => m.GetAttribute("data-kind")));
        Assert.Equal(["01712-3456781", "Motijheel Ideal School2", "House 12, Road 53"], marks.Select(m => m.TextContent));
        Assert.Equal(Draft, string.Concat(page.QuerySelector(".marked")!.ChildNodes.Select(n => n is IHtmlElement { TagName: "MARK" } m ? m.FirstChild!.TextContent : n.TextContent)));
        var items = page.QuerySelectorAll("ol.findings li").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("Phone number", items[0].QuerySelector("strong")!.TextContent);
        Assert.Contains("A phone number lets a stranger call or message you directly", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Guideline: give your phone number or email only in private", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Guideline: do not post your full name, birthday, address or school.", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(Draft, page.QuerySelector("textarea#draft")!.TextContent);
        Assert.Contains("you cannot take it back", page.QuerySelector("#post-result .reminder")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCheck_InBangla_ExplainsInBangla()
    {
        using var client = app.CreateClient();

        var page = await PostDraftAsync(client, "আমার নম্বর ০১৭১২৩৪৫৬৭৮", "bn");

        Assert.Equal("০১৭১২৩৪৫৬৭৮১", page.QuerySelector(".marked mark")!.TextContent);
        var item = page.QuerySelector("ol.findings li")!;
        Assert.Equal("ফোন নম্বর", item.QuerySelector("strong")!.TextContent);
        Assert.Contains("নিয়ম: ফোন নম্বর বা ইমেইল শুধু গোপনে দাও", item.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "   ", "Type or paste your post first")]
    [InlineData("bn", "", "আগে তোমার পোস্টটা লেখো বা পেস্ট করো")]
    public async Task PostCheck_WithAnEmptyDraft_SaysWhatToDoInTheReadersLanguage(string language, string draft, string message)
    {
        using var client = app.CreateClient();

        var page = await PostDraftAsync(client, draft, language);

        Assert.Contains(message, page.QuerySelector("#post-result [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task PostCheck_WithTooLongADraft_SaysSoAndKeepsTheText()
    {
        using var client = app.CreateClient();
        var draft = "call 01712345678 " + new string('a', PostCheck.MaxLength);

        var page = await PostDraftAsync(client, draft);

        Assert.Contains("too long to check at once", page.QuerySelector("#post-result [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(draft, page.QuerySelector("textarea#draft")!.TextContent);
    }

    [Fact]
    public async Task PostCheck_ShowsTheDraftAsTextNeverAsMarkup()
    {
        using var client = app.CreateClient();

        var page = await PostDraftAsync(client, "<img src=x onerror=alert(1)> call 01712345678 <b>hi</b>");

        Assert.Empty(page.QuerySelectorAll("main img, .marked b"));
        Assert.Contains("<img src=x onerror=alert(1)>", page.QuerySelector(".marked")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCheck_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = app.CreateClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Draft"] = Draft });

        using var response = await client.PostAsync("/post-check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PhotoCheck_CannotBeSubmitted_ItsInputIsOutsideAnyFormAndHasNoName()
    {
        var page = await app.GetPageAsync("/post-check?lang=en");

        var input = page.QuerySelector("input[type=file]#photo-file")!;
        Assert.Null(input.Closest("form"));
        Assert.False(input.HasAttribute("name"));
        Assert.Single(page.QuerySelectorAll("input[type=file]"));
        Assert.False(page.QuerySelector("#post-form")!.HasAttribute("enctype"));
    }

    // The API reads the date from the app's TimeProvider: 2030 is a 15-year-old's birth year in 2045, not by the machine's clock.
    [Fact]
    public async Task Api_JudgesABirthYearByTheAppsClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2045, 6, 1, 0, 0, 0, TimeSpan.Zero));
        await using var dated = new SajagApp { ReplaceServices = s => s.AddSingleton<TimeProvider>(clock) };
        using var client = dated.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/post-check?lang=en", new { text = "Nafisa Tabassum Mou 2 January 2030" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "birth-date" && f.GetProperty("text").GetString() == "2 January 2030");
    }

    [Fact]
    public async Task Api_ReturnsTheSameJsonAsTheCommandLine()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/post-check?lang=en", new { text = Draft });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "a page or answer that carries the draft must not be cached");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["findings"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var expected = PostCheck.Run(Draft, DateOnly.FromDateTime(DateTime.UtcNow), "en").Findings;
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(expected.Count, findings.Count);
        foreach (var (finding, want) in findings.Zip(expected))
        {
            Assert.Equal(["kind", "start", "length", "text", "why"], finding.EnumerateObject().Select(p => p.Name));
            Assert.Equal(want, new PostFinding(finding.GetProperty("kind").GetString()!, finding.GetProperty("start").GetInt32(),
                finding.GetProperty("length").GetInt32(), finding.GetProperty("text").GetString()!, finding.GetProperty("why").GetString()!));
        }
    }

    [Fact]
    public async Task Api_AndPage_LeaveThePacksHelplinesUnmarked_AndMarkTheWritersNumber()
    {
        const string Text = "If someone threatens you, PCSW answers on 01320000888. Or text me on 01712345678";
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/post-check?lang=en", new { text = Text });
        var report = await response.Content.ReadFromJsonAsync<PostCheckReport>();
        var page = await PostDraftAsync(client, Text);

        Assert.Equal("01712345678", Assert.Single(report!.Findings).Text);
        Assert.Equal(["01712345678"], page.QuerySelectorAll(".marked mark").Select(m => m.FirstChild!.TextContent));
    }

    [Fact]
    public async Task Api_ExplainsInTheReadersLanguage()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/post-check?lang=bn", new { text = "amar boyosh 14" });
        var report = await response.Content.ReadFromJsonAsync<PostCheckReport>();

        Assert.StartsWith("বয়স দেখে", Assert.Single(report!.Findings).Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\":\"\"}", "text")]
    [InlineData("{}", "text")]
    public async Task Api_WithAnEmptyDraft_IsAValidationProblem(string body, string field)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/post-check?lang=en", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Type or paste your post first, then press Check my post.", json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Api_WithTooLongADraft_IsAValidationProblem()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/post-check", new { text = new string('x', PostCheck.MaxLength + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 10000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": ", "application/json")]
    [InlineData("text=hello", "application/x-www-form-urlencoded")]
    public async Task Api_WithUnreadableInput_AnswersWithProblemDetails(string body, string type)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, type);

        using var response = await client.PostAsync("/api/post-check", content);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, response.StatusCode.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostCheck_LogsNothingOfTheDraft()
    {
        var captured = new CapturedLogs();
        var logs = captured.Lines;
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(captured)));
        using var client = logged.CreateClient();
        const string secret = "01899-123456 Zebrafinch Lane 7";

        await PostDraftAsync(client, secret);
        using var response = await client.PostAsJsonAsync("/api/post-check", new { text = secret });
        response.EnsureSuccessStatusCode();

        Assert.NotEmpty(logs); // the logger did capture the requests
        Assert.DoesNotContain(logs, line => line.Contains("01899", StringComparison.Ordinal) || line.Contains("Zebrafinch", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Record_SaysNotToKeepImagesBeforeAnythingElse_AndHasNoImageField(string language)
    {
        var page = await app.GetPageAsync($"/record?lang={language}");

        var first = page.QuerySelector("main")!.FirstElementChild!;
        Assert.Equal("record-warning", first.Id);
        Assert.Contains(language == "bn" ? "প্রমাণ হিসেবেও না" : "not even as proof", first.TextContent, StringComparison.Ordinal);
        // A young person whose picture it is did nothing wrong, and is told what to do instead (issue 13).
        Assert.Contains(language == "bn" ? "তুমি কোনো অন্যায় করোনি" : "you have done nothing wrong", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("takeitdown.ncmec.org", first.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("even when they are of you", first.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form"));
        var files = page.QuerySelectorAll("input[type=file]").ToList();
        Assert.All(files, f => Assert.Equal(".json,application/json", f.GetAttribute("accept")));
        Assert.Equal(["platform", "username", "profile", "when", "words", "payment", "images", "other"],
            page.QuerySelectorAll("[data-field]").Select(f => f.GetAttribute("data-field")));
        Assert.Equal(6, page.QuerySelectorAll("input[type=checkbox][data-done]").Length);
        Assert.All(page.QuerySelectorAll("[data-field], [data-done]"), f => Assert.NotNull(page.QuerySelector($"label[for='{f.Id}']") ?? f.Closest("label")));
        Assert.NotNull(page.QuerySelector("button#record-delete"));
        Assert.Contains(language == "bn" ? "ফোনটা অন্যরাও ব্যবহার করলে" : "On a shared phone", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The helpline numbers are the pack's, filled into the words (none is written into the page's text).
        var child = Pack.FindHelpline(ContentPack.ChildHelplineId)!.Number!;
        var emergency = Pack.FindHelpline(ContentPack.EmergencyHelplineId)!.Number!;
        Assert.Contains($"{child}, {emergency}", page.QuerySelector("#r-done-helpline")!.Closest("label")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(child, page.QuerySelector("p.lead")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Threatened_ShowsThePacksStepsThenTheRecordAndTheConversationCheck(string language)
    {
        var page = await app.GetPageAsync($"/help/threatened?lang={language}");

        Assert.Equal(Pack.Help.Threatened.Title.In(language), page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Pack.Help.Threatened.Steps.Select(s => s.In(language)), page.QuerySelectorAll("ol.steps li").Select(li => li.TextContent));
        Assert.Equal(["tel:1098", "tel:999"], page.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("main a[href='/record']"));
        Assert.NotNull(page.QuerySelector("main a[href='/check']"));
        Assert.NotNull(page.QuerySelector("main a[href='/help#images']"));
    }

    [Fact]
    public async Task Threatened_IsLinkedFromHomeAndHelp()
    {
        var home = await app.GetPageAsync("/?lang=en");
        var help = await app.GetPageAsync("/help?lang=bn");

        Assert.Equal("Someone is threatening me", home.QuerySelector("main a.urgent[href='/help/threatened']")!.TextContent);
        Assert.NotNull(help.QuerySelector("#threatened a[href='/help/threatened']"));
        Assert.NotNull(home.QuerySelector("main a[href='/post-check']"));
    }
}
