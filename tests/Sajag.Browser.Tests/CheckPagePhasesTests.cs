using System.IO.Compression;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

/// <summary>
/// Every phase of the conversation check at 360 px and 1280x720, in English and Bangla, with and without the script: the
/// empty form, a pasted chat, a chosen file, "which one is you?", each result level, and each refusal (too big, not a
/// chat, Bijoy, a zip without one chat). Each phase fits the width, says what it should in the page's language, and at
/// 360 px with the script is axe-clean; with SAJAG_SCREENSHOTS set, each is saved for people to look at.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class CheckPagePhasesTests(BrowserFixture fixture)
{
    private const string GroupChat =
        "Sakib: ei je nerd ashche 🤓\nRafi: stop kor\nSakib: kal chutir pore ashis, tor hat pa venge dibo\nTonmoy: amra 4 jon thakbo\nNahian: bro enough";

    private const string QuietChat = "Rafi: kal school e dekha hobe\nMina: thik ache, math khata ta niye asish";

    private const string GroomingChat =
        "Ghost: tumi onek sundor\nMe: thanks\nGhost: tumi kon school e poro?\nMe: keno\nGhost: kauke bolba na kintu\nGhost: send me a pic of you";

    private static readonly Dictionary<string, Dictionary<string, string>> Says = new()
    {
        ["en"] = new()
        {
            ["paste"] = "Paste the chat here", ["file"] = "Or choose a chat file", ["me"] = "Your name in the chat", ["submit"] = "Check this chat",
            ["choose"] = "Check as this person", ["none"] = "Nothing found", ["warning"] = "Warning: this looks like a pattern",
            ["danger"] = "Danger: get help now", ["too-large"] = "10 MB", ["binary"] = "not a chat", ["bijoy"] = "Avwg", ["zip"] = ".zip",
        },
        ["bn"] = new()
        {
            ["paste"] = "চ্যাটটা এখানে পেস্ট করো", ["file"] = "অথবা চ্যাটের ফাইল বেছে নাও", ["me"] = "চ্যাটে তোমার নাম", ["submit"] = "চ্যাটটা যাচাই করো",
            ["choose"] = "এই নামে যাচাই করো", ["none"] = "কিছু পাওয়া যায়নি", ["warning"] = "সাবধান: এটা একটা চেনা ধরনের মতো লাগছে",
            ["danger"] = "বিপদ: এখনই সাহায্য নাও", ["too-large"] = "১০ MB", ["binary"] = "চ্যাটের লেখা না", ["bijoy"] = "Avwg", ["zip"] = ".zip",
        },
    };

    public static TheoryData<string, bool, int, int> Viewports => new()
    {
        { "en", true, 360, 740 }, { "bn", true, 360, 740 }, { "en", false, 360, 740 }, { "bn", false, 360, 740 },
        { "en", true, 1280, 720 }, { "bn", true, 1280, 720 }, { "en", false, 1280, 720 }, { "bn", false, 1280, 720 },
    };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task EveryPhase_FitsTheScreen_SpeaksTheLanguage_AndIsAxeClean(string language, bool javaScript, int width, int height)
    {
        var says = Says[language];
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 600,
            HasTouch = width < 600,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        var prefix = $"check-{language}-{(javaScript ? "js" : "nojs")}-{width}";

        async Task Phase(string name, bool fullPage = false)
        {
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{name}: the page is {scrollWidth}px wide at {width}px");
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            if (javaScript && width == 360)
            {
                await Axe.AssertCleanAsync(page);
            }

            await Screens.SaveAsync(page, $"{prefix}-{name}", fullPage);
        }

        async Task Open()
        {
            await page.GotoAsync($"{fixture.BaseUrl}/check?lang={language}");
            await Assertions.Expect(page.GetByLabel(says["paste"])).ToBeVisibleAsync();
        }

        async Task Refused(string name, string what)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = says[what] })).ToBeVisibleAsync();
            await Phase(name, fullPage: true);
        }

        // The empty form, a pasted group chat, and "which one is you?".
        await Open();
        await Phase("01-empty", fullPage: true);
        await page.GetByLabel(says["paste"]).FillAsync(GroupChat);
        await Phase("02-pasted");
        await page.GetByRole(AriaRole.Button, new() { Name = says["submit"] }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Rafi" })).ToBeVisibleAsync();
        await Phase("03-choose", fullPage: true);

        // The result, warning.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Rafi" }).CheckAsync();
        if (!javaScript)
        {
            await page.GetByLabel(says["paste"]).FillAsync(GroupChat);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = says["choose"] }).ClickAsync();
        await Assertions.Expect(page.Locator("#level")).ToHaveTextAsync(says["warning"]);
        await Phase("04-result-warning", fullPage: true);

        // Nothing found, the name typed in.
        await Open();
        await page.GetByLabel(says["paste"]).FillAsync(QuietChat);
        await page.GetByLabel(says["me"]).FillAsync("Rafi");
        await page.GetByRole(AriaRole.Button, new() { Name = says["submit"] }).ClickAsync();
        await Assertions.Expect(page.Locator("#level")).ToHaveTextAsync(says["none"]);
        await Phase("05-result-none", fullPage: true);

        // An uploaded export, danger.
        await Open();
        await page.GetByLabel(says["file"]).SetInputFilesAsync(new FilePayload
        {
            Name = "WhatsApp Chat with Ghost.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(GroomingChat),
        });
        await page.GetByLabel(says["me"]).FillAsync("Me");
        await Phase("06-file-chosen");
        await page.GetByRole(AriaRole.Button, new() { Name = says["submit"] }).ClickAsync();
        await Assertions.Expect(page.Locator("#level")).ToHaveTextAsync(says["danger"]);
        await Phase("07-result-danger", fullPage: true);

        // Refusals: too big (stopped in the browser with the script, by the server without), not a chat, Bijoy, a zip of two chats.
        await Open();
        await page.GetByLabel(says["file"]).SetInputFilesAsync(new FilePayload
        {
            Name = "WhatsApp Chat with Ghost.txt", MimeType = "text/plain", Buffer = new byte[(10 * 1024 * 1024) + 1],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = says["submit"] }).ClickAsync();
        await Refused("08-error-too-big", "too-large");

        await Open();
        await page.GetByLabel(says["file"]).SetInputFilesAsync(new FilePayload
        {
            Name = "chat.txt", MimeType = "application/octet-stream", Buffer = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 32)).ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = says["submit"] }).ClickAsync();
        await Refused("09-error-not-a-chat", "binary");

        await Open();
        await page.GetByLabel(says["paste"]).FillAsync("Rahim: Avwg †Zvgv‡K fvjevwm\nRahim: Zzwg wK GKv?");
        await page.GetByRole(AriaRole.Button, new() { Name = says["submit"] }).ClickAsync();
        await Refused("10-error-bijoy", "bijoy");

        await Open();
        await page.GetByLabel(says["file"]).SetInputFilesAsync(new FilePayload
        {
            Name = "WhatsApp Chat with Ghost.zip", MimeType = "application/zip", Buffer = TwoChats(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = says["submit"] }).ClickAsync();
        await Refused("11-error-zip", "zip");
    }

    private static byte[] TwoChats()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "WhatsApp Chat with Ghost.txt", "WhatsApp Chat with Mina.txt" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("12/03/2024, 21:05 - Ghost: hi\n12/03/2024, 21:06 - Rafi: hello\n");
            }
        }

        return memory.ToArray();
    }
}
