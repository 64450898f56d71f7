using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class RecordTests(BrowserFixture fixture)
{
    private const string Key = "sajag-record";

    private static readonly string[] Fields = ["platform", "username", "profile", "when", "words", "payment", "images", "done", "other"];

    [Fact]
    public async Task ASafeRecord_SurvivesAReload_Exports_ItsHashVerifies_AndDeleteRemovesIt()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        // Printing is the browser's own dialog: note that it was asked for, instead of opening it.
        await context.AddInitScriptAsync("window.print = () => { window.__printed = true; };");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/record?lang=en");

        await page.GetByLabel("Which app or website").FillAsync("Instagram");
        await page.GetByLabel("Their username or name on that app").FillAsync("@cool_friend_2009");
        await page.GetByLabel("Link to their profile").FillAsync("https://instagram.com/cool_friend_2009");
        await page.GetByLabel("The words of their threats or demands").FillAsync("Send 5000 taka or I will post it. টাকা না দিলে সবাইকে পাঠাবো");
        await page.GetByLabel("Payment numbers or accounts they asked you to use").FillAsync("bKash 01812345678");
        await page.GetByLabel("Blocked them").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the date and time now" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Dates and times")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved on this phone only.");

        await page.ReloadAsync();

        await Assertions.Expect(page.GetByLabel("Their username or name on that app")).ToHaveValueAsync("@cool_friend_2009");
        await Assertions.Expect(page.GetByLabel("The words of their threats or demands")).ToHaveValueAsync("Send 5000 taka or I will post it. টাকা না দিলে সবাইকে পাঠাবো");
        await Assertions.Expect(page.GetByLabel("Blocked them")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Paid them money")).Not.ToBeCheckedAsync();
        Assert.Contains("Instagram", await page.EvaluateAsync<string>($"localStorage.getItem('{Key}')"), StringComparison.Ordinal);

        // Printable page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" }).ClickAsync();
        var printable = page.Locator("#printable");
        await Assertions.Expect(printable).ToBeVisibleAsync();
        await Assertions.Expect(printable.Locator("[data-print=words]")).ToHaveTextAsync("Send 5000 taka or I will post it. টাকা না দিলে সবাইকে পাঠাবো");
        await Assertions.Expect(printable.Locator("[data-print=done]")).ToHaveTextAsync("Blocked them");
        await Assertions.Expect(printable.Locator("#p-sha")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        Assert.True(await page.EvaluateAsync<bool>("window.__printed === true"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#record")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#quick-exit")).ToBeHiddenAsync();
        await Assertions.Expect(printable).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // JSON file with a SHA-256 of its contents and the time it was made.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save as a file" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var file = JsonNode.Parse(bytes)!.AsObject();
        Assert.Equal("sajag-record/1", (string?)file["format"]);
        var made = DateTimeOffset.Parse((string)file["made"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(made, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("@cool_friend_2009", (string?)file["record"]!["username"]);
        Assert.Equal(["blocked"], file["record"]!["done"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(Fields, file["record"]!.AsObject().Select(p => p.Key));
        Assert.Equal(Sha256OfContents(file), (string?)file["sha256"]);
        Assert.Matches(@"^sajag-record-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.json$", download.SuggestedFilename);

        // Verifying: the file as made, then changed, then not a record at all.
        var verify = page.GetByLabel("Choose a record file");
        var result = page.Locator("#verify-result");
        await verify.SetInputFilesAsync(new FilePayload { Name = "record.json", MimeType = "application/json", Buffer = bytes });
        await Assertions.Expect(result).ToHaveTextAsync($"The fingerprint matches: this file has not been changed since it was made on {(string)file["made"]!}.");
        file["record"]!["words"] = "Nothing happened";
        await verify.SetInputFilesAsync(new FilePayload { Name = "changed.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(file.ToJsonString()) });
        await Assertions.Expect(result).ToHaveTextAsync("The fingerprint does not match: this file was changed after it was made.");
        await verify.SetInputFilesAsync(new FilePayload { Name = "other.json", MimeType = "application/json", Buffer = "{\"hello\": 1}"u8.ToArray() });
        await Assertions.Expect(result).ToHaveTextAsync("This is not a record file made by Sajag.");

        // Delete: gone from storage, from the form, and after a reload.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete this record" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The record has been deleted from this phone.")).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>($"localStorage.getItem('{Key}')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await Assertions.Expect(page.GetByLabel("Their username or name on that app")).ToHaveValueAsync("");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Which app or website")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("Blocked them")).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task Delete_WhenTheYoungPersonSaysNo_KeepsTheRecord()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/record?lang=bn");
        await page.GetByLabel("কোন অ্যাপ বা ওয়েবসাইট").FillAsync("ইমো");

        page.Dialog += async (_, dialog) => await dialog.DismissAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "এই রেকর্ড মুছে দাও" }).ClickAsync();

        Assert.Contains("ইমো", await page.EvaluateAsync<string>($"localStorage.getItem('{Key}')"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportingAnEmptyRecord_SaysToWriteSomethingFirst()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/record?lang=en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a file" }).ClickAsync();

        await Assertions.Expect(page.Locator("#record-export-status")).ToHaveTextAsync("The record is empty. Write down what happened first.");
    }

    [Fact]
    public async Task TheRecord_IsNeverSentToTheServer()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add($"{r.Method} {r.Url} {r.PostData}");
        await page.GotoAsync($"{fixture.BaseUrl}/record?lang=en");

        await page.GetByLabel("The words of their threats or demands").FillAsync("Zebrafinch says pay now");
        await page.GetByLabel("The words of their threats or demands").PressAsync("Enter");
        await page.GetByLabel("Which app or website").FillAsync("Zebrafinch app");
        await page.GetByLabel("Which app or website").PressAsync("Enter");
        await page.ReloadAsync();

        Assert.NotEmpty(requests);
        Assert.DoesNotContain(requests, r => r.Contains("Zebrafinch", StringComparison.Ordinal) || r.StartsWith("POST", StringComparison.Ordinal));
    }

    // The fingerprint, computed here independently: SHA-256 of the file's JSON without "sha256", keys in the file's order.
    private static string Sha256OfContents(JsonObject file)
    {
        var contents = new JsonObject
        {
            ["format"] = file["format"]!.DeepClone(),
            ["made"] = file["made"]!.DeepClone(),
            ["record"] = file["record"]!.DeepClone(),
        };
        var text = contents.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
