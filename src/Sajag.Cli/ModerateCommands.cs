using System.CommandLine;
using System.Text.Json;
using Sajag.Safety.Moderation;

namespace Sajag.Cli;

/// <summary>`sajag moderate`: one text per line on standard input, one JSON object per line on standard output.</summary>
internal static class ModerateCommands
{
    public static Command Build(TextReader input, TextWriter output)
    {
        var command = new Command("moderate",
            "Read one text per line from standard input (UTF-8) and print, for each, one JSON object per line: "
            + "{\"flagged\": true|false, \"reasons\": [\"abuse\"|\"sexual\"|\"threat\"|\"slur\"|\"phone\"|\"email\"|\"handle\"|\"link\"|\"address\"], \"masked\": \"...\"}. Nothing is saved.");
        command.SetAction(_ => Moderate(input, output));
        return command;
    }

    // The post check's JSON options: web names, Bangla kept readable.
    private static int Moderate(TextReader input, TextWriter output)
    {
        while (input.ReadLine() is { } line)
        {
            var result = Moderator.Check(line);
            output.WriteLine(JsonSerializer.Serialize(new Line(result.Flagged, result.ReasonCodes, result.Masked), PostCommands.Json));
        }

        return 0;
    }

    private sealed record Line(bool Flagged, IReadOnlyList<string> Reasons, string Masked);
}
