using System.CommandLine;
using Sajag.Safety.Check;
using Sajag.Safety.Evaluation;
using Sajag.Safety.Moderation;
using Sajag.Safety.Moderation.Learned;

namespace Sajag.Cli;

/// <summary>
/// `sajag eval DIR`, `sajag eval-moderation PATH` and `sajag eval-post PATH`: the three detectors measured on labelled data,
/// each part (tuning, blind) separately. Only figures over a whole part are printed unless --details is given, so a blind
/// part can be scored without anyone reading its rows; a part whose name says blind (blind, blind2, …) never lists its rows,
/// even with --details.
/// </summary>
internal static class EvalCommands
{
    public static Command Conversations(TextWriter output, TextWriter error)
    {
        var dir = new Argument<string>("dir") { Description = "A folder with labels.tsv (file, me, level, signs, note) and its chats, or a folder of such folders (tuning/, blind/)" };
        var details = Details();
        var command = new Command("eval",
            "Measure the conversation check on labelled chats: per-sign precision, recall and F1, exact level, risky-chat recall and false alarms on benign chats; each labelled sub-folder separately.");
        command.Arguments.Add(dir);
        command.Options.Add(details);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            var parts = EvaluationReport.Parts(folder);
            if (parts.Count == 0)
            {
                error.WriteLine($"No labels.tsv in '{folder}' or in its sub-folders.");
                return 2;
            }

            return Guard(error, () =>
            {
                foreach (var (name, path) in parts)
                {
                    Heading(output, parts.Count, name);
                    output.Write(EvaluationReport.Run(path).Format(Listed(output, name, parse.GetValue(details))));
                }
            });
        });
        return command;
    }

    public static Command Moderation(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "A labelled TSV (id lang label category pii text note) or a folder of them (tuning.tsv, blind.tsv)" };
        var details = Details();
        var command = new Command("eval-moderation",
            "Measure the moderation filter on labelled answers: flag recall per category, false flags per kind of clean answer, personal details left unmasked; each TSV separately.");
        var model = new Option<string?>("--model") { Description = "Without it: the live filter (the rules, and the embedded model at its live threshold). With it: the rules and a learned model at its own threshold where they find no harm, a file as `sajag train-moderation` writes it or \"default\" for the embedded one; or \"none\" for the rules alone" };
        command.Arguments.Add(path);
        command.Options.Add(details);
        command.Options.Add(model);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model);
            LinearModel? learned;
            try
            {
                learned = file switch
                {
                    null or "none" => null,
                    "default" => LinearModel.Default,
                    _ => LinearModel.Parse(new StringReader(File.ReadAllText(file))),
                };
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                error.WriteLine(ex.Message);
                return 2;
            }

            Func<string, ModerationResult> filter = file is null ? Moderator.Check : t => Moderator.Check(t, null, learned);
            return Files(parse.GetValue(path)!, output, error, f => ModerationEvaluation.Run(f, filter).Format(Listed(output, Path.GetFileNameWithoutExtension(f), parse.GetValue(details))));
        });
        return command;
    }

    public static Command Posts(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var path = new Argument<string>("path") { Description = "A labelled TSV (id lang details text note) or a folder of them (tuning.tsv, blind.tsv)" };
        var details = Details();
        var command = new Command("eval-post",
            "Measure the post check on labelled drafts: recall per kind of personal detail and marks on nothing labelled; each TSV separately.");
        command.Arguments.Add(path);
        command.Options.Add(details);
        command.SetAction(parse => Files(parse.GetValue(path)!, output, error, f => PostEvaluation.Run(f, PostCommands.Today(clock)).Format(Listed(output, Path.GetFileNameWithoutExtension(f), parse.GetValue(details)))));
        return command;
    }

    private static Option<bool> Details() => new("--details") { Description = "Also list every case that differs from its label (tuning data only: never on a blind part)" };

    private static int Files(string path, TextWriter output, TextWriter error, Func<string, string> report)
    {
        var files = LabelledRows.Files(path);
        if (files.Count == 0)
        {
            error.WriteLine($"No labelled TSV at '{path}'.");
            return 2;
        }

        return Guard(error, () =>
        {
            foreach (var file in files)
            {
                Heading(output, files.Count, Path.GetFileNameWithoutExtension(file));
                output.Write(report(file));
            }
        });
    }

    /// <summary>Whether a part's differing rows are listed: only when asked for, and never for a blind part.</summary>
    private static bool Listed(TextWriter output, string part, bool details)
    {
        if (details && part.Contains("blind", StringComparison.OrdinalIgnoreCase))
        {
            output.WriteLine($"({part} is a blind part: its figures only, no rows, even with --details)");
            return false;
        }

        return details;
    }

    private static void Heading(TextWriter output, int parts, string name)
    {
        if (parts > 1)
        {
            output.WriteLine($"== {name} ==");
        }
    }

    private static int Guard(TextWriter error, Action run)
    {
        try
        {
            run();
            return 0;
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            error.WriteLine(ex.Message);
            return 2;
        }
    }
}
