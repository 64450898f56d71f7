using System.CommandLine;
using System.Globalization;
using Sajag.Safety.Check;

namespace Sajag.Cli;

/// <summary>`sajag check FILE`: the conversation check from the command line.</summary>
internal static class CheckCommands
{
    /// <summary>Larger than the web page's 10 MB: an operator may check a long export on their own machine.</summary>
    private const long MaxFileBytes = 200L * 1024 * 1024;

    public static Command Check(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The chat export: WhatsApp .txt or .zip, Messenger/Instagram message_1.json, Telegram result.json, or plain text" };
        var me = new Option<string?>("--me") { Description = "Your name as it appears in the chat" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text" };
        var lang = new Option<string>("--lang") { Description = "Language of the text output: en or bn", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "bn");
        var command = new Command("check", "Look for warning signs of grooming, sextortion and bullying in a chat, and say why each matters. Exit 0 when the chat was read, 2 when it could not be.");
        command.Arguments.Add(file);
        command.Options.Add(me);
        command.Options.Add(json);
        command.Options.Add(lang);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(me), parse.GetValue(json), parse.GetValue(lang) ?? "en", output, error));
        return command;
    }

    private static int Run(string path, string? me, bool json, string lang, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"No file '{path}'.");
            return 2;
        }

        // The file is read as a stream, from the disk, as often as the check needs: memory does not grow with its size.
        // A pipe or a device (/dev/zero) is read once, at most one byte past the limit.
        ChatCheck.Outcome outcome;
        try
        {
            var limits = Safety.Chats.ChatLimits.Default with { MaxBytes = MaxFileBytes, MaxChatTextBytes = MaxFileBytes };
            outcome = ChatCheck.RunFile(path, me, limits);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine($"Could not open '{path}': {ex.Message}");
            return 2;
        }

        if (outcome.ReadError is { } read)
        {
            error.WriteLine(read.Code == Safety.Chats.ChatErrors.TooLarge
                ? $"'{path}' is larger than {MaxFileBytes / (1024 * 1024)} MB, the largest chat this command reads."
                : $"Could not read '{path}': {read.Message}");
            return 2;
        }

        if (outcome.MeError is { } who)
        {
            error.WriteLine(who);
            error.WriteLine("Say which one you are with --me NAME.");
            return 2;
        }

        var result = outcome.Result!;
        output.WriteLine(json ? CheckReport.From(result).ToJson() : Text(result, lang));
        return 0;
    }

    private static string Text(CheckResult result, string lang)
    {
        string T(string key) => CheckTexts.Get(key, lang);
        var c = CultureInfo.InvariantCulture;
        var w = new StringWriter(c);
        var level = CheckTexts.Name(result.Level);
        w.WriteLine($"{T("level." + level)} ({level})");
        w.WriteLine(T("level." + level + ".text"));
        w.WriteLine();
        foreach (var sign in result.Signs)
        {
            w.WriteLine($"#{sign.Message} {sign.Author ?? "?"}: {sign.Text.ReplaceLineEndings(" ")}");
            w.WriteLine($"  {T("sign." + sign.Code + ".name")} [{sign.Code}] \"{sign.Cue}\"");
            w.WriteLine($"  {T(sign.Explanation)}");
        }

        if (result.SignsFound > result.Signs.Count)
        {
            w.WriteLine($"(+{result.SignsFound - result.Signs.Count} more signs)");
        }

        if (result.Stages.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(string.Join(" → ", result.Stages.Select(s => T("stage." + s))));
        }

        w.WriteLine();
        foreach (var advice in result.Advice)
        {
            w.WriteLine($"- {T("advice." + advice)}");
        }

        return w.ToString().TrimEnd();
    }
}
