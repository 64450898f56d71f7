using System.Diagnostics;
using Sajag.Content;
using Sajag.Game.Print;
using Sajag.Tests.Fixtures;

namespace Sajag.Cli.Tests;

public sealed class DeckPrintTests : IDisposable
{
    private static readonly ContentPack Pack = PackLoader.LoadValid(TestPack.DefaultPackPath);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sajag-deck-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SajagCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Chromium => Environment.GetEnvironmentVariable("SAJAG_CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    public async Task DeckPrint_InBangla_WritesAPdfWithAFrontAndBackPageForEverySheet()
    {
        var pdf = Path.Join(_folder.FullName, "deck.pdf");

        var (exit, output, error) = Run("deck", "print", "--lang", "bn", "--out", pdf, "--pack", TestPack.DefaultPackPath, "--chromium", Chromium);

        Assert.True(exit == 0, error);
        Assert.Equal(PrintLayout.PageCount(Pack.Cards.Count), await PdfPagesAsync(pdf));
        Assert.Contains($"Wrote {Pack.Cards.Count} cards on {PrintLayout.PageCount(Pack.Cards.Count)} pages", output, StringComparison.Ordinal);

        // The Bengali font is embedded and the shaped text maps back to the same words, conjuncts included.
        Assert.Contains("NotoSansBengali", await ToolAsync("pdffonts", pdf), StringComparison.Ordinal);
        var text = await ToolAsync("pdftotext", "-layout", pdf, "-");
        Assert.Contains(Pack.FindTopic("what-abuse-looks-like")!.Title.In("bn"), text, StringComparison.Ordinal);
        Assert.Contains("নির্যাতন", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeckPrint_OfChosenTopics_PrintsOnlyTheirCards()
    {
        var pdf = Path.Join(_folder.FullName, "two.pdf");
        var cards = Pack.Cards.Count(c => c.TopicId is "grooming" or "cyberbullying");

        var (exit, _, error) = Run("deck", "print", "--lang", "en", "--topics", "grooming,cyberbullying", "--out", pdf, "--pack", TestPack.DefaultPackPath, "--chromium", Chromium);

        Assert.True(exit == 0, error);
        Assert.Equal(PrintLayout.PageCount(cards), await PdfPagesAsync(pdf));
        var text = await ToolAsync("pdftotext", pdf, "-");
        Assert.Contains("Grooming", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Pack.FindTopic("online-risks")!.Title.In("en"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeckPrint_WithoutChromium_WritesHtmlAndSaysSo()
    {
        var pdf = Path.Join(_folder.FullName, "deck.pdf");

        var (exit, output, _) = Run("deck", "print", "--lang", "bn", "--out", pdf, "--pack", TestPack.DefaultPackPath, "--chromium", "/nowhere/chromium");

        Assert.Equal(0, exit);
        Assert.Contains("Chromium is not installed", output, StringComparison.Ordinal);
        Assert.False(File.Exists(pdf));
        var html = File.ReadAllText(Path.ChangeExtension(pdf, ".html"));
        Assert.Contains("<html lang=\"bn\">", html, StringComparison.Ordinal);
        Assert.Equal(Pack.Cards.Count * 2, html.Split("<article class=\"card ").Length - 1);
    }

    [Fact]
    public void DeckPrint_WithAnUnknownTopic_SaysWhichTopicsExist()
    {
        var (exit, _, error) = Run("deck", "print", "--topics", "nope", "--out", Path.Join(_folder.FullName, "x.pdf"), "--pack", TestPack.DefaultPackPath);

        Assert.Equal(1, exit);
        Assert.Contains("The pack has no topic 'nope'. Topics: what-abuse-looks-like,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DeckPrint_WithALanguageThePackLacks_IsRefused()
    {
        var (exit, _, error) = Run("deck", "print", "--lang", "fr", "--out", Path.Join(_folder.FullName, "x.pdf"), "--pack", TestPack.DefaultPackPath);

        Assert.Equal(1, exit);
        Assert.Contains("no 'fr' text", error, StringComparison.Ordinal);
    }

    private static async Task<int> PdfPagesAsync(string pdf)
    {
        var info = await ToolAsync("pdfinfo", pdf);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> ToolAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: run ./test.sh, which installs poppler-utils");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
