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
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"No file '{path}'.");
                return 2;
            }

            // Read at most one byte past the limit: a pipe or a device (/dev/zero) has no length to check first.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            if (ReadAtMost(stream, MaxFileBytes) is not { } all)
            {
                error.WriteLine($"'{path}' is larger than {MaxFileBytes / (1024 * 1024)} MB, the largest chat this command reads.");
                return 2;
            }

            bytes = all;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine($"Could not open '{path}': {ex.Message}");
            return 2;
        }

        var limits = Safety.Chats.ChatLimits.Default with { MaxBytes = MaxFileBytes };
        var outcome = ChatCheck.Run(bytes, Path.GetFileName(path), me, limits);
        if (outcome.ReadError is { } read)
        {
            error.WriteLine($"Could not read '{path}': {read.Message}");
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

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="max"/>.</summary>
    private static byte[]? ReadAtMost(Stream stream, long max)
    {
        using var memory = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (memory.Length + read > max)
            {
                return null;
            }

            memory.Write(chunk, 0, read);
        }

        return memory.ToArray();
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
