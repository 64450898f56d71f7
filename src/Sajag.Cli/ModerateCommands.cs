using System.CommandLine;
using System.Text.Json;
using Sajag.Content;
using Sajag.Safety.Moderation;
using Sajag.Safety.Posts;

namespace Sajag.Cli;

/// <summary>`sajag moderate`: one text per line on standard input, one JSON object per line on standard output.</summary>
internal static class ModerateCommands
{
    public static Command Build(TextReader input, TextWriter output, TextWriter error)
    {
        var pack = new Option<string?>("--pack") { Description = "A content pack whose helplines (numbers, emails, links) stay readable; without it every contact detail is masked" };
        var command = new Command("moderate",
            "Read one text per line from standard input (UTF-8) and print, for each, one JSON object per line: "
            + "{\"flagged\": true|false, \"reasons\": [\"abuse\"|\"sexual\"|\"threat\"|\"slur\"|\"phone\"|\"email\"|\"handle\"|\"link\"|\"address\"|\"identity\"], \"masked\": \"...\"}. Nothing is saved.");
        command.Options.Add(pack);
        command.SetAction(parse => TryLoadSafeContacts(parse.GetValue(pack), error, out var safe) ? Moderate(input, output, safe) : 2);
        return command;
    }

    /// <summary>The helplines of the pack at <paramref name="path"/> as safe contacts (none without a path); false, with the reason
    /// written, when the pack is not valid.</summary>
    internal static bool TryLoadSafeContacts(string? path, TextWriter error, out SafeContacts? safe)
    {
        safe = null;
        if (path is null)
        {
            return true;
        }

        var loaded = PackLoader.Load(path);
        if (!loaded.IsValid)
        {
            error.WriteLine($"The pack at '{path}' is not valid: run `sajag content validate {path}`.");
            return false;
        }

        safe = new SafeContacts(loaded.Pack!.HelpContactTexts());
        return true;
    }

    // The post check's JSON options: web names, Bangla kept readable.
    private static int Moderate(TextReader input, TextWriter output, SafeContacts? safe)
    {
        while (input.ReadLine() is { } line)
        {
            var result = Moderator.Check(line, safe);
            output.WriteLine(JsonSerializer.Serialize(new Line(result.Flagged, result.ReasonCodes, result.Masked), PostCommands.Json));
        }

        return 0;
    }

    private sealed record Line(bool Flagged, IReadOnlyList<string> Reasons, string Masked);
}
