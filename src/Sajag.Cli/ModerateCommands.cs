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
            + "{\"flagged\": true|false, \"reasons\": [\"abuse\"|\"sexual\"|\"threat\"|\"slur\"|\"phone\"|\"email\"|\"handle\"|\"link\"|\"address\"], \"masked\": \"...\"}. Nothing is saved.");
        command.Options.Add(pack);
        command.SetAction(parse =>
        {
            SafeContacts? safe = null;
            if (parse.GetValue(pack) is { } path)
            {
                var loaded = PackLoader.Load(path);
                if (!loaded.IsValid)
                {
                    error.WriteLine($"The pack at '{path}' is not valid: run `sajag content validate {path}`.");
                    return 2;
                }

                safe = new SafeContacts(loaded.Pack!.HelpContactTexts());
            }

            return Moderate(input, output, safe);
        });
        return command;
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
