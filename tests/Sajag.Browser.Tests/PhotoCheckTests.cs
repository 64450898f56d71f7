using System.Text;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class PhotoCheckTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APhotoWithGps_ShowsItsPositionDateAndDevice_AndTheCleanedCopyHasNone_AndNeverLeavesTheBrowser(bool bigEndian)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var requests = new List<(string Method, string Url, byte[]? Body)>();
        context.Request += (_, request) => requests.Add((request.Method, request.Url, request.PostDataBuffer));
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/post-check?lang=en");
        var photo = TestJpeg.WithGps(bigEndian);
        var loadedBefore = requests.Count;

        await page.GetByLabel("Choose a photo").SetInputFilesAsync(new FilePayload { Name = "holiday.jpg", MimeType = "image/jpeg", Buffer = photo });

        var result = page.Locator("#photo-result");
        await Assertions.Expect(result.Locator("[data-detail=gps]")).ToContainTextAsync("23.81030, 90.41250");
        await Assertions.Expect(result.Locator("[data-detail=gps]")).ToContainTextAsync("find this place on a map");
        await Assertions.Expect(result.Locator("[data-detail=date]")).ToHaveTextAsync("2024-05-10 14:30:00");
        await Assertions.Expect(result.Locator("[data-detail=device]")).ToHaveTextAsync($"{TestJpeg.Make} {TestJpeg.Model}");
        await Assertions.Expect(result).ToContainTextAsync("The cleaned copy has no location, date or phone details.");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Save the cleaned copy" }).ClickAsync());
        var cleaned = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("photo-cleaned.jpg", download.SuggestedFilename);
        Assert.Empty(TestJpeg.MetadataSegments(cleaned));
        Assert.Equal(-1, cleaned.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestJpeg.Model)));
        Assert.Equal(-1, cleaned.AsSpan().IndexOf("Exif\0"u8));

        // The page's own reader finds nothing in the cleaned copy either.
        await page.GetByLabel("Choose a photo").SetInputFilesAsync(new FilePayload { Name = "cleaned.jpg", MimeType = "image/jpeg", Buffer = cleaned });
        await Assertions.Expect(result.Locator("p").First).ToHaveTextAsync("This photo carries no location, date or phone details.");
        await Assertions.Expect(result.Locator("[data-detail]")).ToHaveCountAsync(0);

        // The network log: nothing after the page loaded carried the photo; nothing was posted at all.
        var after = requests.Skip(loadedBefore).ToList();
        Assert.Contains(requests, r => r.Url.Contains("/js/exif.js", StringComparison.Ordinal)); // the log did record the page's own requests
        Assert.All(requests, r => Assert.Equal("GET", r.Method));
        Assert.All(requests, r => Assert.True(r.Body is null || r.Body.Length == 0, $"{r.Method} {r.Url} carried a body"));
        Assert.All(after, r => Assert.False(r.Url.StartsWith("http", StringComparison.Ordinal) && !r.Url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal), $"{r.Url} left the machine"));
        Assert.DoesNotContain(requests, r => r.Url.Contains(TestJpeg.Model, StringComparison.Ordinal) || r.Url.Contains("holiday", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APhotoWithoutMetadata_SaysItCarriesNone()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/post-check?lang=bn");

        await page.GetByLabel("একটা ছবি বেছে নাও").SetInputFilesAsync(new FilePayload { Name = "plain.jpg", MimeType = "image/jpeg", Buffer = TestJpeg.Build(exif: null) });

        await Assertions.Expect(page.Locator("#photo-result p").First).ToHaveTextAsync("এই ছবিতে কোনো লোকেশন, তারিখ বা ফোনের তথ্য নেই।");
    }

    [Fact]
    public async Task AFileThatIsNoPhoto_GetsAClearMessage()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/post-check?lang=en");

        await page.GetByLabel("Choose a photo").SetInputFilesAsync(new FilePayload { Name = "notes.jpg", MimeType = "image/jpeg", Buffer = "not a photo at all"u8.ToArray() });

        await Assertions.Expect(page.Locator("#photo-result .error")).ToHaveTextAsync("This file could not be read as a photo. Try a JPEG or PNG photo.");
        await Assertions.Expect(page.Locator("#photo-download")).ToHaveCountAsync(0);
    }
}
