using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;

namespace Sajag.Web.Tests;

public sealed class CheckPageTests(SajagApp app) : IClassFixture<SajagApp>
{
    private const string GroupChat = "Sakib: ei je nerd ashche 🤓\nRafi: stop kor\nSakib: kal chutir pore ashis, tor hat pa venge dibo\nNahian: bro enough";

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Opens /check, then posts the form with its antiforgery token and the cookie that goes with it.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string language, params (string Name, string Value)[] fields)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/check?lang={language}"));
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return await client.PostAsync("/check", form);
    }

    [Theory]
    [InlineData("en", "Check a chat", "Paste the chat here")]
    [InlineData("bn", "একটা চ্যাট যাচাই করো", "চ্যাটটা এখানে পেস্ট করো")]
    public async Task Page_OffersPasteAndFile_WithAnAntiforgeryToken(string language, string title, string paste)
    {
        var page = await app.GetPageAsync($"/check?lang={language}");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        var form = page.QuerySelector("form.check-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(paste, page.QuerySelector("label[for=text]")!.TextContent);
        Assert.Contains(".zip", form.QuerySelector("input[type=file]")!.GetAttribute("accept"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([src]), [style]"));
    }

    [Fact]
    public async Task HomeAndHelp_LinkToTheCheck()
    {
        Assert.NotNull((await app.GetPageAsync("/")).QuerySelector("main a[href='/check']"));
        Assert.NotNull((await app.GetPageAsync("/help")).QuerySelector("main a[href='/check']"));
    }

    [Fact]
    public async Task PastedGroupChat_AsksWhoIsMe_ThenShowsTheSigns()
    {
        using var client = app.CreateClient();

        using var first = await PostAsync(client, "en", ("text", GroupChat), ("lang", "en"));
        var chooser = await ParseAsync(first);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.NoStore, "a shared phone must not keep the chat in its cache");
        Assert.Equal(["Sakib", "Rafi", "Nahian"], chooser.QuerySelectorAll("form.who input[type=radio]").Select(r => r.GetAttribute("value")));
        var who = chooser.QuerySelector("form.who")!;

        // The chat is never written back into the page (it may be 10 MB, and a shared phone keeps pages): the form asks for it again.
        Assert.DoesNotContain("venge dibo", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(chooser.QuerySelectorAll("input[name=source], input[name=sourceName]"));
        Assert.NotNull(who.QuerySelector("textarea[name=text]"));
        Assert.NotNull(who.QuerySelector("input[type=file][name=file]"));
        var fields = who.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).Append(("me", "Rafi")).Append(("text", GroupChat)).ToArray();

        using var second = await client.PostAsync("/check", new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))));
        var result = await ParseAsync(second);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Warning: this looks like a pattern", result.QuerySelector("#level")!.TextContent);
        var signs = result.QuerySelectorAll(".sign");
        Assert.Contains(signs, s => s.QuerySelector("h3")!.TextContent == "Threats to hurt or expose you" && s.QuerySelector("blockquote")!.TextContent.Contains("venge dibo", StringComparison.Ordinal));
        Assert.All(signs, s => Assert.NotNull(s.QuerySelector("a[href^='/learn/']")));
        Assert.Contains(result.QuerySelectorAll(".now li"), li => li.TextContent.Contains("1098", StringComparison.Ordinal));
        Assert.NotNull(result.QuerySelector("a[href^='tel:1098']"));
    }

    [Fact]
    public async Task ResultInBangla_UsesBanglaWords()
    {
        using var client = app.CreateClient();

        using var response = await PostAsync(client, "en", ("text", "Stranger: send me a pic of you right now\nMe: na"), ("me", "Me"), ("lang", "bn"));
        var page = await ParseAsync(response);

        Assert.Equal("bn", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("বিপদ: এখনই সাহায্য নাও", page.QuerySelector("#level")!.TextContent);
        Assert.Equal("ছবি, ভিডিও বা ভিডিও কল চাওয়া", page.QuerySelector(".sign h3")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='https://takeitdown.ncmec.org']"));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = app.CreateClient();
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("text", "Stranger: tumi ki eka?\nMe: na"), KeyValuePair.Create("me", "Me")]);

        using var response = await client.PostAsync("/check", form);
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form was too old", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".result"));
    }

    [Theory]
    [InlineData("", "Paste a chat or choose a file first.")]
    [InlineData("Rahim: Avwg †Zvgv‡K fvjevwm\nRahim: Zzwg wK GKv?", "old Bijoy keyboard")]
    public async Task BadInput_IsExplainedOnThePage(string text, string says)
    {
        using var client = app.CreateClient();

        using var response = await PostAsync(client, "en", ("text", text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(says, (await ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOverTenMegabytes_IsRefusedWithAClearMessage()
    {
        using var client = app.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/check"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(new byte[(10 * 1024 * 1024) + 10]), "file", "big.txt");

        using var response = await client.PostAsync("/check", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The file is too big. The largest chat Sajag can check is 10 MB", (await ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAChecksNothingOfTheChatIsInTheDatabaseTheDataFolderOrTheLogs()
    {
        const string phrase = "purple-elephant-7731 কমলা হাতি";
        await using var quiet = new SajagApp();
        quiet.Settings["Logging:LogLevel:Default"] = "Trace";
        using var client = quiet.CreateClient();
        var chat = $"Stranger: tumi ki eka? {phrase}\nMe: {phrase} na";

        using var page = await PostAsync(client, "en", ("text", chat), ("me", "Me"));
        using var file = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(chat)), "file", "chat.txt" }, { new StringContent("Me"), "me" } };
        using var api = await client.PostAsync("/api/check", file);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains(phrase, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.NotEmpty(quiet.Logs.Lines);
        Assert.DoesNotContain(quiet.Logs.Lines, line => line.Contains("purple-elephant", StringComparison.Ordinal) || line.Contains("কমলা", StringComparison.Ordinal));
        SqliteConnection.ClearAllPools();
        var needle = System.Text.Encoding.UTF8.GetBytes("purple-elephant");
        foreach (var path in Directory.EnumerateFiles(quiet.DataFolder, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"{path} holds chat text");
        }

        await using var db = new SqliteConnection($"Data Source={Path.Join(quiet.DataFolder, "sajag.db")};Mode=ReadOnly");
        await db.OpenAsync();
        var tables = new List<string>();
        await using (var list = db.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            await using var select = db.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (var c = 0; c < rows.FieldCount; c++)
                {
                    Assert.DoesNotContain("purple-elephant", rows.GetValue(c)?.ToString() ?? "", StringComparison.Ordinal);
                }
            }
        }
    }
}
