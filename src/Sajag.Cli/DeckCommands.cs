using System.CommandLine;
using System.Diagnostics;
using Sajag.Content;
using Sajag.Game.Print;

namespace Sajag.Cli;

/// <summary>`sajag deck print`: the card deck as a PDF for classrooms without phones.</summary>
internal static class DeckCommands
{
    private static readonly string[] ChromiumNames = ["chromium", "chromium-browser", "google-chrome", "chrome"];

    public static Command Build(TextWriter output, TextWriter error)
    {
        var language = new Option<string>("--lang") { Description = "en or bn", DefaultValueFactory = _ => "en" };
        var outPath = new Option<string>("--out") { Description = "The file to write: .pdf (through headless Chromium) or .html", Required = true };
        var topics = new Option<string?>("--topics") { Description = "Comma-separated topic ids (default: every topic)" };
        var packPath = new Option<string>("--pack") { Description = "The content pack folder", DefaultValueFactory = _ => "content/packs/default" };
        var chromiumPath = new Option<string?>("--chromium") { Description = "Chromium to print with (default: $SAJAG_CHROMIUM, else chromium on PATH)" };
        var print = new Command("print", "Write the printable deck (fronts and backs aligned for double-sided A4) as a PDF, or as HTML when Chromium is not installed.");
        print.Options.Add(language);
        print.Options.Add(outPath);
        print.Options.Add(topics);
        print.Options.Add(packPath);
        print.Options.Add(chromiumPath);
        print.SetAction((parse, cancel) => PrintAsync(
            new PrintRequest(parse.GetValue(packPath)!, parse.GetValue(language)!, parse.GetValue(topics), parse.GetValue(outPath)!, parse.GetValue(chromiumPath)),
            output, error, cancel));

        var deck = new Command("deck", "Work with the card deck.");
        deck.Subcommands.Add(print);
        return deck;
    }

    private sealed record PrintRequest(string PackPath, string Language, string? Topics, string OutPath, string? Chromium);

    private static async Task<int> PrintAsync(PrintRequest request, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var (packPath, language, topicList, outPath, _) = request;
        var result = PackLoader.Load(packPath);
        if (!result.IsValid)
        {
            await error.WriteLineAsync($"The pack at '{packPath}' is not valid; run `sajag content validate {packPath}` to see why.");
            return 1;
        }

        var pack = result.Pack!;
        if (!pack.Info.Languages.Contains(language))
        {
            await error.WriteLineAsync($"The pack has no '{language}' text. Use one of: {string.Join(", ", pack.Info.Languages)}.");
            return 1;
        }

        var topics = (topicList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (topics.FirstOrDefault(t => pack.FindTopic(t) is null) is { } unknown)
        {
            await error.WriteLineAsync($"The pack has no topic '{unknown}'. Topics: {string.Join(", ", pack.Topics.Select(t => t.Id))}.");
            return 1;
        }

        var cards = PrintLayout.CardsOf(pack, topics);
        var html = DeckHtml.Render(pack, cards, language, new DeckStyles([], Inline: true));
        var full = Path.GetFullPath(outPath);
        if (Path.GetExtension(full).Equals(".html", StringComparison.OrdinalIgnoreCase))
        {
            await File.WriteAllTextAsync(full, html, cancel);
            await output.WriteLineAsync($"Wrote {cards.Count} cards on {PrintLayout.PageCount(cards.Count)} pages to {full}.");
            return 0;
        }

        var chromium = FindChromium(request.Chromium);
        if (chromium is null)
        {
            var fallback = Path.ChangeExtension(full, ".html");
            await File.WriteAllTextAsync(fallback, html, cancel);
            await output.WriteLineAsync($"Chromium is not installed, so no PDF was made: wrote the deck as HTML to {fallback} instead. Open it in a browser and print it (A4, both sides, flip on the long edge).");
            return 0;
        }

        return await PrintPdfAsync(chromium, html, full, cards.Count, output, error, cancel);
    }

    private static async Task<int> PrintPdfAsync(string chromium, string html, string pdf, int cards, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var work = Directory.CreateTempSubdirectory("sajag-deck-");
        try
        {
            var page = Path.Join(work.FullName, "deck.html");
            await File.WriteAllTextAsync(page, html, cancel);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={Path.Join(work.FullName, "profile")}",
                $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            var log = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                await error.WriteLineAsync($"Chromium could not print the deck (exit {process.ExitCode}): {(await log).Trim()}");
                return 1;
            }

            await output.WriteLineAsync($"Wrote {cards} cards on {PrintLayout.PageCount(cards)} pages to {pdf}.");
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string? FindChromium(string? given)
    {
        if ((given ?? Environment.GetEnvironmentVariable("SAJAG_CHROMIUM")) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return ChromiumNames
            .SelectMany(name => path.Select(dir => Path.Join(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
