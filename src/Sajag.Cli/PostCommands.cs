using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sajag.Safety.Posts;

namespace Sajag.Cli;

/// <summary>`sajag post-check`: the personal details in a draft post, read from standard input, as one JSON object.</summary>
internal static class PostCommands
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Bangla stays readable in the output; this is a terminal, not an HTML page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Build(TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var language = new Option<string>("--lang") { Description = "Language of the explanations: en or bn.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "bn");
        var command = new Command("post-check",
            "Read a draft post from standard input and print the personal details in it as one JSON object: "
            + "{\"findings\": [{\"kind\", \"start\", \"length\", \"text\", \"why\"}]} (offsets in UTF-16 code units). Nothing is saved.");
        var pack = new Option<string?>("--pack") { Description = "A content pack whose helplines (numbers, emails, links) are not reported; without it every contact detail is" };
        command.Options.Add(language);
        command.Options.Add(pack);
        command.SetAction(parse => ModerateCommands.TryLoadSafeContacts(parse.GetValue(pack), error, out var safe)
            ? Check(input.ReadToEnd(), Today(clock), parse.GetValue(language)!, safe, output, error)
            : 2);
        return command;
    }

    /// <summary>Today's date by <paramref name="clock"/>, in UTC (a birth year is judged by the year).</summary>
    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static int Check(string text, DateOnly today, string language, SafeContacts? safe, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            error.WriteLine("The draft is empty: pipe or type the text of a post on standard input, e.g. echo \"my text\" | sajag post-check");
            return 1;
        }

        if (text.Length > PostCheck.MaxLength)
        {
            error.WriteLine($"The draft is {text.Length} characters long; the post check reads at most {PostCheck.MaxLength}. Check it in parts.");
            return 1;
        }

        output.WriteLine(JsonSerializer.Serialize(PostCheck.Run(text, today, language, safe), Json));
        return 0;
    }
}
