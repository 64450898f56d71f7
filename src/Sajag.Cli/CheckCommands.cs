using System.CommandLine;
using System.Globalization;
using Sajag.Content;
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
        var pack = new Option<string>("--pack") { Description = "The content pack whose helpline numbers the text output names", DefaultValueFactory = _ => "content/packs/default" };
        var command = new Command("check", "Look for warning signs of grooming, sextortion and bullying in a chat, and say why each matters. Exit 0 when the chat was read, 2 when it could not be.");
        command.Arguments.Add(file);
        command.Options.Add(me);
        command.Options.Add(json);
        command.Options.Add(lang);
        command.Options.Add(pack);
        command.SetAction(parse => Run(new Request(parse.GetValue(file)!, parse.GetValue(me), parse.GetValue(json), parse.GetValue(lang) ?? "en", parse.GetValue(pack)!), output, error));
        return command;
    }

    private sealed record Request(string Path, string? Me, bool Json, string Lang, string Pack);

    private static int Run(Request request, TextWriter output, TextWriter error)
    {
        var (path, me, json, lang, packPath) = request;
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
        if (json)
        {
            output.WriteLine(CheckReport.From(result).ToJson()); // advice as codes: no number is needed
            return 0;
        }

        // The advice names the helplines; their numbers come from the content pack only.
        var loaded = PackLoader.Load(packPath);
        if (!loaded.IsValid)
        {
            error.WriteLine($"The content pack at '{packPath}' could not be read for the helpline numbers: give its folder with --pack, or run `sajag content validate {packPath}`.");
            return 2;
        }

        var pack = loaded.Pack!;
        output.WriteLine(Text(result, lang, new HelpNumbers(pack.HelplineNumber(ContentPack.ChildHelplineId), pack.HelplineNumber(ContentPack.EmergencyHelplineId))));
        return 0;
    }

    private static string Text(CheckResult result, string lang, HelpNumbers help)
    {
        string T(string key) => CheckTexts.Get(key, lang, help);
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
